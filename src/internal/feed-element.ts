/**
 * The base of every element that shows a feed: `src`/`feed`, `timeout`,
 * `debug`, the shared FeedController, and the rendering of its states.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../feed/feed.js';
import type { SectionSchemas } from '../feed/validate.js';
import { FeedController, type FeedErrorDetail, type FeedLoadDetail } from './feed-controller.js';
import { DEFAULT_TIMEOUT_MS } from './feed-loader.js';
import { dateFormat } from './format.js';
import { lazyLoader, quietly } from './lazy.js';
import { SamverkanElement } from './samverkan-element.js';

declare module './samverkan-element.js' {
  interface SamverkanEventMap {
    'samverkan-load': CustomEvent<FeedLoadDetail>;
    'samverkan-error': CustomEvent<FeedErrorDetail>;
  }
}

export class FeedElement extends SamverkanElement {
  /** URL of the region's JSON feed (absolute, or relative to the page). */
  @property({ reflect: true }) src: string | null = null;

  /** The feed as an object, for apps that have it already; wins over `src`. */
  @property({ attribute: false }) feed: Feed | object | null = null;

  /** How long to wait for the feed, in milliseconds. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Lists the feed's problems (with their JSON paths) above the widget: for web editors checking a feed. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * The feed sections this element shows, with their schemas: only they are
   * validated, and only their schemas are bundled with the element (the whole
   * contract would cost every component about 4 kB min+gzip). Subclasses set
   * it, e.g. `{ events: Events, organizations: Organizations }`; sections not
   * named here are not in `feedState.data`.
   */
  static feedSections: SectionSchemas = {};

  /** The controller class: a subclass may take one that leaves sections for later (DeferredFeedController). */
  static Controller = FeedController;

  protected readonly feedState = new (this.constructor as typeof FeedElement).Controller(this, (this.constructor as typeof FeedElement).feedSections);

  /**
   * Renders the element: the loading and error states, or `content(feed)`
   * with a note above it when the copy is stale.
   */
  protected renderFeed(content: (feed: Feed) => TemplateResult | typeof nothing): TemplateResult {
    const { status, data } = this.feedState;
    if (!data) {
      if (status === 'error') return html`${this.renderFailure()}${this.renderProblems()}`;
      if (status === 'idle') return html`<p class="feed-status" part="status">${msg('Ingen källa har angetts för informationen.')}</p>`;
      return html`<div class="loading" role="status" part="status">
        <span>${msg('Laddar information…')}</span>
      </div>`;
    }
    return html`${status === 'stale' ? this.renderStale() : nothing}${this.renderProblems()}${content(data)}`;
  }

  private renderFailure(): TemplateResult {
    const failure = this.feedState.failure!;
    return html`<div class="feed-status" data-kind="error" role="alert" part="status">
      <p>${this.failureSentence(failure)}</p>
      ${failure.kind === 'invalid' || failure.kind === 'version' || failure.kind === 'json'
        ? nothing
        : html`<button class="button" type="button" @click=${() => this.feedState.retry()}>${msg('Försök igen')}</button>`}
    </div>`;
  }

  private failureSentence(failure: FeedErrorDetail): string {
    switch (failure.kind) {
      case 'timeout':
        return msg('Informationen tog för lång tid att hämta. Kontrollera din uppkoppling och försök igen.');
      case 'network':
        return msg('Informationen kunde inte hämtas just nu. Kontrollera din uppkoppling och försök igen.');
      case 'http':
        return failure.status === 404
          ? msg('Informationen finns inte på den angivna adressen. Meddela den som ansvarar för sidan.')
          : msg('Servern som har informationen svarar inte som den ska just nu. Försök igen om en stund.');
      case 'version':
        return msg('Informationen är i ett nyare format än den här sidan kan visa. Meddela den som ansvarar för sidan.');
      default:
        return msg('Informationen kunde inte läsas eftersom den är felaktigt formaterad. Meddela den som ansvarar för sidan.');
    }
  }

  private renderStale(): TemplateResult {
    const { fetchedAt } = this.feedState;
    const when = fetchedAt ? dateFormat(this.contentLang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(fetchedAt)) : '';
    return html`<div class="feed-status" data-kind="stale" role="status" part="status">
      <p>${msg(str`Informationen kunde inte uppdateras. Du ser en sparad kopia från ${when}.`)}</p>
      <button class="button" type="button" @click=${() => this.feedState.retry()}>${msg('Försök igen')}</button>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The editors' problem list is a chunk of its own (readers never need it):
    // fetched as soon as `debug` is set, while the feed itself is on its way.
    if (changed.has('debug') && this.debug && !problemsPanel) quietly(loadProblemsPanel().then(() => this.requestUpdate()));
  }

  /** With `debug`, the feed's problems for the editor, each with its JSON path. */
  private renderProblems(): TemplateResult | typeof nothing {
    return this.debug && problemsPanel ? problemsPanel.renderProblems(this.feedState.problems) : nothing;
  }

  /**
   * In place of a part whose code is a lazy chunk that could not be fetched
   * (the reader went offline after the page loaded, or a deploy replaced the
   * files the page came with): a plain message and a retry, never a control
   * that silently does nothing. `retry` asks for the chunk again (lazyLoader
   * forgets a failed request).
   */
  protected renderChunkFailure(retry: () => void): TemplateResult {
    return html`<div class="feed-status" data-kind="error" role="alert" part="status">
      <p>${msg('Den här delen kunde inte laddas. Kontrollera din uppkoppling och försök igen.')}</p>
      <button class="button" type="button" @click=${retry}>${msg('Försök igen')}</button>
    </div>`;
  }

  /** Label for example data, shown next to anything the feed marks `"example": true`. */
  protected renderExampleBadge(example: boolean | undefined): TemplateResult | typeof nothing {
    return example ? html`<span class="example-badge" part="example-badge">${msg('Exempeldata')}</span>` : nothing;
  }
}

let problemsPanel: typeof import('./feed-problems.js') | undefined;
const loadProblemsPanel = lazyLoader(() => import('./feed-problems.js').then((module) => (problemsPanel = module)));
