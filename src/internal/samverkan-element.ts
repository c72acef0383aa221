/**
 * The base of every samverkan element: its language (and the direction that
 * follows from it), interface strings in that language, and typed events.
 */
import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { directionOf, onLangChange, resolveLang } from './language.js';
import { isLocaleLoaded, loadLocale, uiLocaleFor, withLocale, type UiLocale } from './localize.js';

export class SamverkanElement extends LitElement {
  /** The resolved content language (BCP 47): own `lang`, nearest ancestor's, the document's, else `sv`. */
  @state() protected contentLang = 'sv';
  /** The interface language: the closest one we have strings for (see `uiLocaleFor`). */
  @state() protected uiLocale: UiLocale = 'sv';

  private stopWatchingLang?: () => void;

  static override get observedAttributes(): string[] {
    // `lang` is a native attribute, not a Lit property: observe it ourselves,
    // because the page-wide observer cannot see inside other shadow roots.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLang();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLang();
    this.stopWatchingLang = onLangChange(() => this.refreshLang());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }

  /** The text direction of the content language. */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.contentLang);
  }

  private refreshLang(): void {
    if (!this.isConnected) return;
    const lang = resolveLang(this);
    if (lang === this.contentLang) return;
    this.contentLang = lang;
    this.uiLocale = uiLocaleFor(lang);
  }

  /** Waits for the interface strings of a new language before rendering, so no Swedish flashes first. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.uiLocale)) await loadLocale(this.uiLocale);
    super.scheduleUpdate();
  }

  /** Renders with `msg()` answering in this element's language. */
  protected override update(changed: PropertyValues): void {
    withLocale(this.uiLocale, () => super.update(changed));
  }

  /** Runs `fn` with `msg()` in this element's language: for strings made outside `render()` (announcements, downloads). */
  protected localize<T>(fn: () => T): T {
    return withLocale(this.uiLocale, fn);
  }

  /** Dispatches a `samverkan-*` event: bubbles, crosses shadow roots, detail always an object. */
  protected emit<K extends keyof SamverkanEventMap>(name: K, detail: SamverkanEventMap[K]['detail'], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }));
  }
}

/**
 * `samverkan-select`: the reader chose something in one widget that another
 * may show (a partner on the map, a goal in the tracker, an event in the
 * calendar). Exactly one of the fields is set.
 */
export interface SamverkanSelectDetail {
  organization?: import('../feed/sections/organizations.js').Organization;
  goal?: import('../feed/sections/agreement.js').Goal;
  event?: import('../feed/sections/events.js').CalendarEvent;
}

/** Events of all samverkan elements; components add theirs through declaration merging. */
export interface SamverkanEventMap {
  'samverkan-select': CustomEvent<SamverkanSelectDetail>;
}
