/**
 * Waits until `predicate` holds, polling with timers. Not requestAnimationFrame
 * (as test/helpers.ts `until` does): the runner runs two test files at once,
 * and a page in a background tab gets no animation frames, so a frame-based
 * wait never returns there.
 */
export async function waitFor(predicate: () => unknown, what = 'condition', timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
