/**
 * What both info-card elements share: the reader's content language (shared
 * across cards, see content-language.ts), shared links (`#samverkan-card=…`),
 * the language picker and the rendering of one card's content.
 */
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { InfoCards, type Topic } from '../../feed/sections/info-cards.js';
import { Organizations } from '../../feed/sections/organizations.js';
import type { PickedText } from '../../internal/format.js';
import { directionOf, nativeName } from '../../internal/language.js';
import { isLocaleLoaded, loadLocale, uiLocaleFor } from '../../internal/localize.js';
import { FeedElement } from '../../internal/feed-element.js';
import { chooseLanguage, chosenLanguage, isRemembered, onLanguageChange, readCardFragment, type LanguageChangeDetail } from './content-language.js';
import type { CardView } from './prepare.js';
import type { DetailsHost } from './details.js';
import { hx } from './heading-html.js';
import { lazyLoader, quietly, whenIdle } from '../../internal/lazy.js';

declare module '../../internal/samverkan-element.js' {
  interface SamverkanEventMap {
    'samverkan-topic-change': CustomEvent<{ topic: string }>;
  }
}

export class InfoCardElement extends FeedElement {
  /** The cards, and the organisations that are their sources. */
  static override feedSections = { infoCards: InfoCards, organizations: Organizations };

  /** Level of each card's heading (1–6); headings inside a card follow below it. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 2;

  /** The reader's choice of content language (shared by all cards on the page), or null. */
  @state() protected chosen: string | null = chosenLanguage();
  @state() protected remember = isRemembered();
  /** The outcome of the last "Copy link": which card, and the link when it could not be copied. */
  @state() protected copied: { id: string; ok: boolean; url: string } | null = null;
  /** A card asked for by the page address, to show and scroll to once rendered. */
  protected target: string | null = null;

  protected copiedTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;
  /** True when the details chunk could not be fetched: its place shows renderChunkFailure with a retry. */
  @state() protected chunkFailed = false;
  /** After a retry that brought the chunk: where focus goes (the retry button is gone). */
  private refocus?: string;
  private detailStyles = false;
  private prefetch = false;
  private readonly onHash = () => this.applyFragment();

  /** The language the reader wants: their choice, else this element's language. */
  protected get want(): string {
    return this.chosen ?? this.contentLang;
  }

  /** The clamped heading level. */
  protected get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onLanguageChange((d: LanguageChangeDetail) => {
      this.chosen = d.lang;
      this.remember = d.remember;
    });
    this.chosen = chosenLanguage();
    this.remember = isRemembered();
    window.addEventListener('hashchange', this.onHash);
    this.applyFragment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    window.removeEventListener('hashchange', this.onHash);
    clearTimeout(this.copiedTimer);
  }

  /**
   * Before an update: the interface strings of the wanted language (the "not
   * yet translated" notice speaks it; loaded before any card is opened, so
   * printing need not wait), and the details chunk when a card's details are
   * shown (a closed collection does not wait for it).
   */
  protected override async scheduleUpdate(): Promise<void> {
    const noticeLocale = uiLocaleFor(this.want);
    if (!isLocaleLoaded(noticeLocale)) await loadLocale(noticeLocale);
    // `.feed` set from script is validated during the update, so feedState has no data yet: it will.
    if (!details && !this.chunkFailed && (this.feedState.data || this.feed) && this.needsDetails()) {
      try {
        await loadDetails();
      } catch {
        // Offline and not cached: the details' place says so, with a retry (renderDetailsFailure).
        this.chunkFailed = true;
      }
    }
    return super.scheduleUpdate();
  }

  /** Reads `#samverkan-card=<id>&lang=<tag>`: the language applies to every card; the card is shown by the element that has it. */
  protected applyFragment(): void {
    const { card, lang } = readCardFragment(location.hash);
    if (lang) chooseLanguage(lang);
    if (card) {
      this.target = card;
      this.requestUpdate();
    }
  }

  /** Scrolls to and focuses `el` once, for a card named in the address. */
  protected revealTarget(find: (id: string) => HTMLElement | null | undefined): void {
    if (!this.target || !this.feedState.data) return;
    const el = find(this.target);
    if (!el) return;
    this.target = null;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }

  /** The details chunk, when loaded. */
  protected get details(): Details | undefined {
    return details;
  }

  /** True when the next render shows a card's details (an open or printed card, or a single card). */
  protected needsDetails(): boolean {
    return true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.dataset.contentLang = this.want;
    // After a retry: the chunk came (focus to the card's heading, the button is gone) or failed again (focus stays on the button).
    if (this.refocus && (details || this.chunkFailed)) {
      if (details) this.renderRoot.querySelector<HTMLElement>(this.refocus)?.focus();
      this.refocus = undefined;
    }
    // Printing cannot wait for a download: once the cards are on screen, fetch the details when the page is idle.
    if (!this.prefetch && this.feedState.data) {
      this.prefetch = true;
      whenIdle(() => quietly(loadDetails()));
    }
  }

  // ---- rendering ---------------------------------------------------------

  /** The content-language picker: a native, labelled <select> (every option named in itself) and "Remember my choice". */
  protected renderPicker(languages: string[]): TemplateResult {
    const want = this.want;
    const options = languages.some((l) => l === want) ? languages : [...languages, want];
    return html`<div class="picker" part="language-picker">
      <label class="picker-label" for="content-lang">
        <svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c3 3 3 16 0 19M12 2.5c-3 3-3 16 0 19"/></svg>
        ${msg('Språk för texten')}
      </label>
      <select id="content-lang" @change=${(e: Event) => chooseLanguage((e.target as HTMLSelectElement).value, this.remember)}>
        ${options.map((l) => html`<option value=${l} lang=${l} dir=${directionOf(l)} .selected=${l === want}>${nativeName(l)}</option>`)}
      </select>
      <label class="remember">
        <input type="checkbox" .checked=${this.remember} @change=${(e: Event) => chooseLanguage(this.want, (e.target as HTMLInputElement).checked)} />
        ${msg('Kom ihåg mitt val')}
      </label>
    </div>`;
  }

  /** A heading of the element's level (+ `down`), with `lang`/`dir` of its text. */
  protected heading(down: number, content: unknown, id?: string, text?: PickedText, cls = ''): TemplateResult {
    return hx(
      this.level + down,
    )`<hx id=${id ?? nothing} class=${cls || nothing} lang=${text ? text.lang : nothing} dir=${text ? directionOf(text.lang) : nothing} tabindex=${cls ? '-1' : nothing}>${content}</hx>`;
  }

  /** Everything below the title and summary, from the details chunk (loaded before an update that needs it, see scheduleUpdate). */
  protected renderDetails(card: CardView): TemplateResult | typeof nothing {
    const loaded = this.detailsNow();
    if (!loaded) return this.renderDetailsFailure(`#h-${CSS.escape(card.id)}`);
    if (!this.detailStyles) {
      this.detailStyles = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof FeedElement).elementStyles, loaded.styles]);
    }
    return loaded.renderDetails(this as unknown as DetailsHost, card);
  }

  /**
   * The details chunk if it is here; if not (needed sooner than scheduleUpdate
   * could tell, e.g. a card opened during this update), it is fetched and the
   * element renders again when it arrives.
   */
  protected detailsNow(): Details | undefined {
    if (!details && !this.chunkFailed) loadDetails().then(() => this.requestUpdate(), () => (this.chunkFailed = true));
    return details;
  }

  /**
   * In place of details whose chunk could not be fetched: the shared message
   * and retry (nothing while it is on its way). The retry asks again before
   * the next render (scheduleUpdate); when the chunk comes, focus goes to
   * `focus` (a selector), since the button it was on is gone.
   */
  protected renderDetailsFailure(focus: string): TemplateResult | typeof nothing {
    return this.chunkFailed
      ? this.renderChunkFailure(() => {
          this.refocus = focus;
          this.chunkFailed = false;
        })
      : nothing;
  }

  /** A topic's name in the interface language. */
  protected topicName(topic: Topic): string {
    switch (topic) {
      case 'health':
        return msg('Hälsa och vård');
      case 'housing':
        return msg('Boende');
      case 'work':
        return msg('Arbete');
      case 'school':
        return msg('Skola och förskola');
      case 'rights':
        return msg('Rättigheter');
      case 'society':
        return msg('Samhälle');
      case 'family':
        return msg('Familj');
      case 'language':
        return msg('Svenska språket');
      case 'money':
        return msg('Pengar och ekonomi');
    }
  }
}

type Details = typeof import('./details.js');
let details: Details | undefined;
const loader = (load: () => Promise<Details>) => lazyLoader(() => load().then((m) => (details = m)));
/** Loads the details chunk once per page; a failed load (offline) is tried again next time. */
let loadDetails = loader(() => import('./details.js'));

/** For tests: forgets the details chunk and fetches it with `load` from now on (e.g. one that fails, as offline). */
export function setDetailsLoader(load: () => Promise<Details>): void {
  details = undefined;
  loadDetails = loader(load);
}
