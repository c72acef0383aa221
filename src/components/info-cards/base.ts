/**
 * What both info-card elements share: the reader's content language (shared
 * across cards, see content-language.ts), shared links (`#samverkan-card=…`),
 * the language picker and the rendering of one card's content.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { InfoCards, type Topic } from '../../feed/sections/info-cards.js';
import { Organizations } from '../../feed/sections/organizations.js';
import type { PickedText } from '../../internal/format.js';
import { formatDate } from '../../internal/format.js';
import { directionOf, nativeName, primary } from '../../internal/language.js';
import { isLocaleLoaded, loadLocale, uiLocaleFor, withLocale } from '../../internal/localize.js';
import { FeedElement } from '../../internal/feed-element.js';
import { cardLink, chooseLanguage, chosenLanguage, isRemembered, onLanguageChange, readCardFragment, type LanguageChangeDetail } from './content-language.js';
import type { CardView } from './prepare.js';
import { richText } from './rich-text-directive.js';

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

  private unsubscribe?: () => void;
  private copiedTimer?: ReturnType<typeof setTimeout>;
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

  /** Loads the interface strings of the wanted language too: the "not yet translated" notice speaks it. */
  protected override async scheduleUpdate(): Promise<void> {
    const noticeLocale = uiLocaleFor(this.want);
    if (!isLocaleLoaded(noticeLocale)) await loadLocale(noticeLocale);
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.dataset.contentLang = this.want;
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
    const level = Math.min(6, this.level + down);
    const lang = text ? text.lang : nothing;
    const dir = text ? directionOf(text.lang) : nothing;
    const i = id ?? nothing;
    const c = cls || nothing;
    const t = cls ? '-1' : nothing;
    switch (level) {
      case 1:
        return html`<h1 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h1>`;
      case 2:
        return html`<h2 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h2>`;
      case 3:
        return html`<h3 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h3>`;
      case 4:
        return html`<h4 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h4>`;
      case 5:
        return html`<h5 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h5>`;
      default:
        return html`<h6 id=${i} class=${c} lang=${lang} dir=${dir} tabindex=${t}>${content}</h6>`;
    }
  }

  protected renderSummary(card: CardView): TemplateResult | typeof nothing {
    return card.summary?.text ? html`<p class="summary" part="summary" lang=${card.summary.lang} dir=${directionOf(card.summary.lang)}>${card.summary.text}</p>` : nothing;
  }

  /** Everything below the title and summary: notice, body, recordings, contact, links, source and date, sharing. */
  protected renderDetails(card: CardView): TemplateResult {
    const { contact } = card;
    const date = html`<time datetime=${card.reviewed}>${formatDate(card.reviewed, this.contentLang)}</time>`;
    return html`${card.fallback ? this.renderNotice(card) : nothing}
      <div class="body" part="body" lang=${card.body.lang} dir=${directionOf(card.body.lang)}>${richText(card.body.text, this.level)}</div>
      ${card.media.map((m) => {
        const id = `t-${card.id}-${m.lang}-${m.kind}`;
        const label = m.title ?? (m.kind === 'audio' ? msg('Inspelning') : msg('Film'));
        return html`<figure class="media" part="media">
          <figcaption lang=${m.title ? m.lang : nothing} dir=${m.title ? directionOf(m.lang) : nothing}>
            ${label} <span class="media-lang" lang=${m.lang} dir=${directionOf(m.lang)}>(${nativeName(m.lang)})</span>
          </figcaption>
          ${m.kind === 'audio'
            ? html`<audio controls preload="none" src=${m.url} aria-describedby=${m.transcript ? id : nothing}>${m.captions ? html`<track kind="captions" src=${m.captions} srclang=${m.lang} label=${nativeName(m.lang)} />` : nothing}</audio>`
            : html`<video controls preload="none" playsinline src=${m.url} crossorigin=${m.captions && !sameOrigin(m.captions) ? 'anonymous' : nothing}>${m.captions ? html`<track kind="captions" src=${m.captions} srclang=${m.lang} label=${nativeName(m.lang)} default />` : nothing}</video>`}
          ${m.transcript
            ? html`<details class="transcript">
                <summary>${msg('Läs texten till inspelningen')}</summary>
                <div id=${id} lang=${m.lang} dir=${directionOf(m.lang)}>${m.transcript.split(/\n\s*\n|\n/).map((p) => html`<p>${p}</p>`)}</div>
              </details>`
            : nothing}
        </figure>`;
      })}
      ${contact && (contact.phone || contact.email || contact.url || contact.interpreter || contact.hours)
        ? html`<section class="contact" part="contact" aria-labelledby="contact-${card.id}">
            ${this.heading(1, msg('Kontakt'), `contact-${card.id}`)}
            <ul class="plain">
              ${contact.phone ? html`<li>${msg('Telefon')}: <a href=${contact.tel!} dir="ltr">${contact.phone}</a></li>` : nothing}
              ${contact.interpreter ? html`<li class="interpreter"><strong>${msg('Du kan få tolk. Säg vilket språk du talar när du ringer eller kommer.')}</strong></li>` : nothing}
              ${contact.hours?.text ? html`<li>${msg('Öppettider')}: <span lang=${contact.hours.lang} dir=${directionOf(contact.hours.lang)}>${contact.hours.text}</span></li>` : nothing}
              ${contact.email ? html`<li>${msg('E-post')}: <a href=${`mailto:${contact.email}`} dir="ltr">${contact.email}</a></li>` : nothing}
              ${contact.url ? html`<li>${msg('Webbplats')}: <a href=${contact.url} rel="noreferrer" dir="ltr">${hostOf(contact.url)}</a></li>` : nothing}
            </ul>
          </section>`
        : nothing}
      ${card.links.length
        ? html`<section class="links" part="links" aria-labelledby="links-${card.id}">
            ${this.heading(1, msg('Läs mer'), `links-${card.id}`)}
            <ul>
              ${card.links.map((l) => html`<li><a href=${l.url} rel="noreferrer" lang=${l.title.lang} dir=${directionOf(l.title.lang)}>${l.title.text}</a></li>`)}
            </ul>
          </section>`
        : nothing}
      <footer class="meta" part="meta">
        ${card.source?.text ? html`<span>${msg('Källa:')} <span lang=${card.source.lang} dir=${directionOf(card.source.lang)}>${card.source.text}</span></span>` : nothing}
        <span>${msg(html`Senast granskad ${date}`)}</span>
        ${this.renderCopy(card)}
      </footer>`;
  }

  /** "Not yet translated": in the wanted language when our interface has it, with the fallback's language named. */
  protected renderNotice(card: CardView): TemplateResult {
    const locale = uiLocaleFor(card.want);
    const noticeLang = primary(card.want) === locale || locale === 'prs' ? card.want : locale;
    const wanted = nativeName(card.want);
    const shown = languageName(card.body.lang, locale);
    const text = withLocale(locale, () => msg(str`Den här texten är inte översatt till ${wanted} ännu. Den visas på ${shown}.`));
    return html`<p class="notice" part="notice" lang=${noticeLang} dir=${directionOf(noticeLang)}>${text}</p>`;
  }

  protected renderCopy(card: CardView): TemplateResult {
    const state = this.copied?.id === card.id ? this.copied : null;
    return html`<span class="share">
      <button class="button copy" type="button" @click=${() => this.copyLink(card)}>${msg('Kopiera länk')}</button>
      <span class="copy-status" role="status">${state?.ok ? msg('Länken är kopierad.') : nothing}</span>
      ${state && !state.ok
        ? html`<label class="copy-fallback">${msg('Kopiera länken här:')} <input type="text" readonly .value=${state.url} dir="ltr" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
        : nothing}
    </span>`;
  }

  /** Copies a link that opens this card in the language shown; confirms visibly (and to screen readers). */
  protected async copyLink(card: CardView): Promise<void> {
    const url = cardLink(card.id, card.fallback ? card.body.lang : card.want);
    clearTimeout(this.copiedTimer);
    try {
      await navigator.clipboard.writeText(url);
      this.copied = { id: card.id, ok: true, url };
      this.copiedTimer = setTimeout(() => (this.copied = null), 8000);
    } catch {
      this.copied = { id: card.id, ok: false, url };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
    }
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

const sameOrigin = (url: string): boolean => {
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
};

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** A language's name in `locale` (Dari through fa-AF, which browsers know); its own name when Intl does not know it. */
function languageName(tag: string, locale: string): string {
  const intl = locale === 'prs' ? 'fa-AF' : locale;
  try {
    // A locale the browser has no names for (Tigrinya in Chromium) would answer in English: use the language's own name.
    const name = Intl.DisplayNames.supportedLocalesOf([intl]).length ? new Intl.DisplayNames([intl], { type: 'language', fallback: 'none' }).of(tag === 'prs' ? 'fa-AF' : tag) : undefined;
    if (name) return name;
  } catch {
    // unknown tag
  }
  return nativeName(tag);
}
