/**
 * A reactive controller that gives an element its feed: from the `feed`
 * property (an object, for npm apps) or the `src` attribute (a URL), with the
 * states loading → ready, or → stale (last good copy, with its date) or
 * → error (no copy), and a retry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateFeed, type Feed, type FeedProblem } from '../feed/feed.js';
import { DEFAULT_TIMEOUT_MS, FeedLoadError, forgetFeed, readCopy, requestFeed, type FeedFailure, type FeedLoadResult } from './feed-loader.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  feed: Feed | object | null;
  timeout: number;
}

export interface FeedLoadDetail {
  feed: Feed;
  problems: FeedProblem[];
  /** True when this is the stored last good copy, not a fresh answer. */
  fromCache: boolean;
  fetchedAt?: string;
}

export interface FeedErrorDetail {
  kind: FeedFailure;
  message: string;
  status?: number;
  problems: FeedProblem[];
  /** True when the last good copy is shown instead. */
  stale: boolean;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  /** The usable feed; during a reload or when stale, the last good copy. */
  data: Feed | null = null;
  problems: FeedProblem[] = [];
  failure: FeedErrorDetail | null = null;
  /** When the shown data was fetched; for a stale copy, its age. */
  fetchedAt: string | null = null;

  private lastSrc: string | null = null;
  private lastFeed: unknown = null;
  private release?: () => void;
  private url: string | null = null;
  /** Each load gets a token; an answer for an older token is dropped (latest wins). */
  private token = 0;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected (moved in the DOM) while a request was abandoned: ask again.
    if (this.status === 'loading' && !this.release && this.url) this.load();
  }

  hostDisconnected(): void {
    this.release?.();
    this.release = undefined;
  }

  hostUpdate(): void {
    const { src, feed } = this.host;
    if (src !== this.lastSrc || feed !== this.lastFeed) {
      this.lastSrc = src;
      this.lastFeed = feed;
      this.load();
    }
  }

  /** Asks the network again, past the page's shared answer (the retry button). */
  retry(): void {
    if (this.url) forgetFeed(this.url);
    this.load();
    this.host.requestUpdate();
  }

  private load(): void {
    const token = ++this.token;
    this.release?.();
    this.release = undefined;
    this.failure = null;
    const { src, feed } = this.host;

    if (feed) {
      const { feed: usable, problems } = validateFeed(feed);
      this.url = null;
      this.problems = problems;
      if (usable) this.succeed({ feed: usable, problems, fetchedAt: new Date().toISOString() }, false);
      else this.fail(new FeedLoadError(problems.some((p) => p.code === 'version') ? 'version' : 'invalid', problems[0]?.message ?? 'Invalid feed.', undefined, { feed: null, problems }));
      return;
    }
    if (!src) {
      this.url = null;
      this.status = 'idle';
      this.data = null;
      return;
    }

    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      this.url = null;
      this.fail(new FeedLoadError('network', `"${src}" is not a valid address.`));
      return;
    }
    if (url !== this.url) {
      this.data = null;
      this.fetchedAt = null;
    }
    this.url = url;
    // Show the last good copy at once while the fresh one loads (stale-while-revalidate).
    if (!this.data) {
      const copy = readCopy(url);
      if (copy) {
        this.data = copy.feed;
        this.problems = copy.problems;
        this.fetchedAt = copy.fetchedAt;
      }
    }
    this.status = 'loading';
    const request = requestFeed(url, this.host.timeout > 0 ? this.host.timeout : DEFAULT_TIMEOUT_MS);
    this.release = request.release;
    request.promise.then(
      (result) => token === this.token && this.succeed(result, false),
      (error: unknown) => {
        if (token !== this.token) return;
        if (error instanceof FeedLoadError) this.fail(error);
        // Anything else is our abort on disconnect: nobody is waiting.
        else if ((error as Error)?.name !== 'AbortError') this.fail(new FeedLoadError('network', String(error)));
      },
    );
  }

  private succeed(result: FeedLoadResult, fromCache: boolean): void {
    this.release = undefined;
    this.status = 'ready';
    this.data = result.feed;
    this.problems = result.problems;
    this.fetchedAt = result.fetchedAt;
    this.host.requestUpdate();
    this.emit<FeedLoadDetail>('samverkan-load', { feed: result.feed!, problems: result.problems, fromCache, fetchedAt: result.fetchedAt });
  }

  private fail(error: FeedLoadError): void {
    this.release = undefined;
    const problems = error.result?.problems ?? [];
    const stale = this.data !== null;
    this.status = stale ? 'stale' : 'error';
    if (!stale) this.problems = problems;
    this.failure = { kind: error.kind, message: error.message, status: error.status, problems, stale };
    this.host.requestUpdate();
    this.emit<FeedErrorDetail>('samverkan-error', this.failure);
  }

  private emit<T>(name: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}
