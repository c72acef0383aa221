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

/** For a prefetch nobody waits on: a failure is retried by the next real need, so it is not an error here. */
export const quietly = (promise: Promise<unknown>): void => {
  promise.catch(() => undefined);
};
