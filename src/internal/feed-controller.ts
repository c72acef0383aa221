/**
 * A reactive controller that gives an element its feed: from the `feed`
 * property (an object, for npm apps) or the `src` attribute (a URL), with the
 * states loading → ready, or → stale (last good copy, with its date) or
 * → error (no copy), and a retry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, FeedProblem } from '../feed/feed.js';
import { validateSections, type SectionSchemas, type ValidationResult } from '../feed/validate.js';
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
  /** When the feed was fetched (ISO 8601). */
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
  /**
   * The feed `data` was validated from, as it came (unvalidated). For a lazy
   * part that shows a section the first render does not need: it validates
   * that section itself, when needed (`validateSections(input, { events })`),
   * so the element's bundle and first render carry neither the schema nor the
   * check. Validation is remembered per section value, so a section another
   * widget on the page already checked costs nothing.
   */
  input: unknown = null;

  private lastSrc: string | null = null;
  private lastFeed: unknown = null;
  private release?: () => void;
  private url: string | null = null;
  /** Each load gets a token; an answer for an older token is dropped (latest wins). */
  protected token = 0;

  /**
   * @param sections the feed sections the host shows: only they are
   *   validated, and only their schemas are in the host's bundle.
   */
  constructor(
    protected readonly host: FeedHost,
    protected readonly sections: SectionSchemas,
  ) {
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

  /** Before a load replaces or keeps `data`: a subclass completes what it left for later. */
  protected finish(): void {}

  private load(): void {
    this.finish();
    const token = ++this.token;
    this.release?.();
    this.release = undefined;
    this.failure = null;
    const { src, feed } = this.host;

    if (feed) {
      this.url = null;
      this.accept({ json: feed, fetchedAt: new Date().toISOString() });
      return;
    }
    if (!src) {
      this.url = null;
      this.status = 'idle';
      this.data = null;
      this.input = null;
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
      this.input = null;
      this.fetchedAt = null;
    }
    this.url = url;
    // Show the last good copy at once while the fresh one loads (stale-while-revalidate).
    if (!this.data) {
      const copy = readCopy(url);
      const checked = copy && validateSections(copy.json, this.sections);
      if (copy && checked?.feed) {
        this.input = copy.json;
        this.data = checked.feed;
        this.problems = checked.problems;
        this.fetchedAt = copy.fetchedAt;
      }
    }
    this.status = 'loading';
    const request = requestFeed(url, this.host.timeout > 0 ? this.host.timeout : DEFAULT_TIMEOUT_MS);
    this.release = request.release;
    request.promise.then(
      (result) => token === this.token && this.accept(result),
      (error: unknown) => {
        if (token !== this.token) return;
        if (error instanceof FeedLoadError) this.fail(error);
        // Anything else is our abort on disconnect: nobody is waiting.
        else if ((error as Error)?.name !== 'AbortError') this.fail(new FeedLoadError('network', String(error)));
      },
    );
  }

  /** Validates a loaded feed against the host's sections: ready, or failed when nothing is usable. */
  private accept(loaded: FeedLoadResult): void {
    const sections = this.sectionsNow(loaded.json);
    const result: ValidationResult = validateSections(loaded.json, sections);
    if (!result.feed) {
      const kind = result.problems.some((p) => p.code === 'version') ? 'version' : 'invalid';
      this.fail(new FeedLoadError(kind, result.problems[0]?.message ?? 'The feed could not be read.'), result.problems);
      return;
    }
    this.release = undefined;
    this.status = 'ready';
    this.input = loaded.json;
    this.data = result.feed;
    this.problems = result.problems;
    this.fetchedAt = loaded.fetchedAt;
    this.host.requestUpdate();
    this.checked(result, loaded, sections);
  }

  /** The sections to check when a feed comes: all the host's (a subclass may leave some for later). */
  protected sectionsNow(_json: unknown): SectionSchemas {
    return this.sections;
  }

  /** `loaded` was accepted, checked in `sections`: when those are all the host's, it is loaded. */
  protected checked(result: ValidationResult, loaded: FeedLoadResult, _sections: SectionSchemas): void {
    this.emit<FeedLoadDetail>('samverkan-load', { feed: result.feed!, problems: result.problems, fetchedAt: loaded.fetchedAt });
  }

  private fail(error: FeedLoadError, problems: FeedProblem[] = []): void {
    this.release = undefined;
    // A feed that arrives in a newer version or unreadable keeps the last good copy on screen too.
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
