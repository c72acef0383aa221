/**
 * Loads feeds: one request per URL per page, however many widgets show it.
 *
 * Requests are kept in a page-wide map keyed by absolute URL. Each widget
 * subscribes; when the last subscriber leaves before the answer arrives, the
 * request is aborted. A good answer is remembered in localStorage (keyed by
 * URL, with the time it was fetched) so that a widget can show the last good
 * copy, and say how old it is, when the network or the feed host fails.
 */

export type FeedFailure = 'timeout' | 'network' | 'http' | 'json' | 'invalid' | 'version';

/**
 * A fetched feed, parsed but not validated: each widget validates the
 * sections it shows (see src/feed/validate.ts), so one page-wide answer
 * serves widgets of every kind.
 */
export interface FeedLoadResult {
  json: unknown;
  /** When the feed text was fetched (ISO 8601). For a cached copy, when that copy was fetched. */
  fetchedAt: string;
}

export class FeedLoadError extends Error {
  constructor(
    readonly kind: FeedFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedLoadError';
  }
}

interface Entry {
  promise: Promise<FeedLoadResult>;
  controller: AbortController;
  subscribers: number;
  settled: boolean;
}

const requests = new Map<string, Entry>();
const STORAGE_PREFIX = 'samverkan:feed:v1:';

export const DEFAULT_TIMEOUT_MS = 15000;

/**
 * Subscribes to the feed at `url`. The returned `release` must be called
 * when the subscriber no longer needs the answer (disconnect, new URL).
 */
export function requestFeed(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): { promise: Promise<FeedLoadResult>; release: () => void } {
  let entry = requests.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, subscribers: 0, settled: false, promise: undefined as never };
    created.promise = fetchFeed(url, controller.signal, timeoutMs).finally(() => {
      created.settled = true;
    });
    // A failed request is not kept: the next subscriber (or a retry) asks again.
    created.promise.catch(() => {
      if (requests.get(url) === created) requests.delete(url);
    });
    requests.set(url, created);
    entry = created;
  }
  const current = entry;
  current.subscribers++;
  let released = false;
  return {
    promise: current.promise,
    release: () => {
      if (released) return;
      released = true;
      current.subscribers--;
      if (current.subscribers === 0 && !current.settled) {
        current.controller.abort(new DOMException('No widget needs this feed any more.', 'AbortError'));
        if (requests.get(url) === current) requests.delete(url);
      }
    },
  };
}

/** Forgets the page's answer for `url`, so the next request goes to the network (the retry button). */
export function forgetFeed(url: string): void {
  const entry = requests.get(url);
  if (entry?.settled) requests.delete(url);
}

async function fetchFeed(url: string, signal: AbortSignal, timeoutMs: number): Promise<FeedLoadResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // `no-cache` revalidates with the browser's stored ETag; a custom header
    // would force a CORS preflight on every feed host.
    response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      cache: 'no-cache',
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if (timeout.aborted) throw new FeedLoadError('timeout', `The feed did not answer within ${timeoutMs / 1000} s.`);
    throw new FeedLoadError('network', `The feed could not be reached (${(error as Error).message}).`);
  }
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed answered HTTP ${response.status}.`, response.status);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError(timeout.aborted ? 'timeout' : 'network', `The feed stopped halfway (${(error as Error).message}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedLoadError('json', `The feed is not valid JSON: ${(error as Error).message}`);
  }
  const fetchedAt = new Date().toISOString();
  // Only a feed this library can read is worth keeping as the last good copy.
  if ((json as { version?: unknown } | null)?.version === 1) saveCopy(url, text, fetchedAt);
  return { json, fetchedAt };
}

// ---- the last good copy -----------------------------------------------------

/**
 * localStorage is shared with the whole host site (about 5 MB), synchronous,
 * and may be full, disabled or evicted: every access is guarded, and a feed
 * that does not fit is simply not kept.
 */
function saveCopy(url: string, text: string, fetchedAt: string): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ fetchedAt, text }));
  } catch {
    // Quota exceeded or storage disabled: the widget works, only without an offline copy.
  }
}

/** The last good copy of `url` (validated again by its reader: the contract may have changed since it was stored). */
export function readCopy(url: string): FeedLoadResult | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + url);
    if (!stored) return undefined;
    const { fetchedAt, text } = JSON.parse(stored) as { fetchedAt: string; text: string };
    return { json: JSON.parse(text), fetchedAt };
  } catch {
    return undefined;
  }
}

/** Removes stored copies (all, or one URL's). For tests and for a "forget" button in an app. */
export function clearCopies(url?: string): void {
  try {
    if (url) localStorage.removeItem(STORAGE_PREFIX + url);
    else
      Object.keys(localStorage)
        .filter((k) => k.startsWith(STORAGE_PREFIX))
        .forEach((k) => localStorage.removeItem(k));
  } catch {
    // Storage disabled: nothing stored either.
  }
}
