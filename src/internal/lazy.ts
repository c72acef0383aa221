/**
 * Loading a lazy chunk (a dynamic `import()`) on first need, once per page.
 *
 * Calls while the request is under way share it; a module that came is kept;
 * a request that failed (offline, or a deploy replaced the files the page was
 * loaded with) is forgotten, so the next need tries again instead of
 * repeating the same rejection for the rest of the visit.
 */
export function lazyLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * Runs `fn` when the page is next idle, after the frame being drawn (at the
 * latest after `timeout` ms, when given), or after a short timer where there
 * is no requestIdleCallback. For what no first render waits for: prefetching
 * chunks, warming Intl data, the rest of a list, the rest of a feed's checks.
 */
export function whenIdle(fn: () => void, timeout?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), timeout === undefined ? undefined : { timeout });
  else setTimeout(fn, 50);
}

/** For a prefetch nobody waits on: a failure is retried by the next real need, so it is not an error here. */
export const quietly = (promise: Promise<unknown>): void => {
  promise.catch(() => undefined);
};
