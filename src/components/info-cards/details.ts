/**
 * A card's details, loaded on first need (a lazy chunk, `import('./details.js')`):
 * everything below the title and summary — the "not yet translated" notice,
 * the sanitized body, recordings with transcripts, contact, links, source and
 * review date, the copy-link button — and their styles.
 *
 * The collection's first render shows closed cards (title and summary), so it
 * does not need any of this: the chunk is fetched when a card is opened,
 * printed, or shown alone by `<samverkan-info-card>`, and at idle time after
 * the first render (so that printing, which cannot wait for a download, finds
 * it in hand).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, languagesOf, type PickedText } from '../../internal/format.js';
import { directionOf, nativeName, primary } from '../../internal/language.js';
import { uiLocaleFor, withLocale } from '../../internal/localize.js';
import { orderLanguages, type CardView } from './prepare.js';
import { prepareDetails, type CardDetails } from './prepare-details.js';
import { richText } from './rich-text-directive.js';

/** What the details need from the element that shows them (InfoCardElement). */
export interface DetailsHost {
  /** Level of the card's title heading. */
  readonly level: number;
  readonly contentLang: string;
  readonly direction: string;
  /** A heading `down` levels below the title. */
  heading(down: number, content: unknown, id?: string, text?: PickedText, cls?: string): TemplateResult;
  renderPicker(languages: string[]): TemplateResult;
  renderDetails(card: CardView): TemplateResult | typeof nothing;
  renderExampleBadge(example: boolean | undefined): unknown;
  /** The outcome of the last "Copy link". */
  copied: { id: string; ok: boolean; url: string } | null;
  copiedTimer?: ReturnType<typeof setTimeout>;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** `<samverkan-info-card>`: one card, open, with the language picker; or why there is none. */
export function renderCard(host: DetailsHost, card: CardView | null, id: string | null): TemplateResult {
  if (!card) {
    return html`<p class="empty" part="status" lang=${host.contentLang} dir=${host.direction}>
      ${id ? msg(str`Informationen "${id}" finns inte i flödet.`) : msg('Inget informationskort har valts.')}
    </p>`;
  }
  return html`<article part="base" lang=${host.contentLang} dir=${host.direction} aria-labelledby="title" data-topic=${card.topic}>
    ${host.renderPicker(orderLanguages(languagesOf(card.card.body)))}
    ${host.heading(0, card.title.text, 'title', card.title, 'title')}
    ${card.example ? host.renderExampleBadge(true) : nothing}
    ${card.summary?.text ? html`<p class="summary" part="summary" lang=${card.summary.lang} dir=${directionOf(card.summary.lang)}>${card.summary.text}</p>` : nothing}
    ${host.renderDetails(card)}
  </article>`;
}

/** Everything below the title and summary: notice, body, recordings, contact, links, source and date, sharing. */
export function renderDetails(host: DetailsHost, view: CardView): TemplateResult {
  const card = { ...view, ...prepareDetails(view) };
  const { contact } = card;
  const date = html`<time datetime=${card.reviewed}>${formatDate(card.reviewed, host.contentLang)}</time>`;
  const copied = host.copied?.id === card.id ? host.copied : null;
  return html`${card.fallback ? renderNotice(card) : nothing}
    <div class="body" part="body" lang=${card.body.lang} dir=${directionOf(card.body.lang)}>${richText(card.body.text, host.level)}</div>
    ${card.media.map((m) => {
      const id = `t-${card.id}-${m.lang}-${m.kind}`;
      const track = m.captions ? html`<track kind="captions" src=${m.captions} srclang=${m.lang} label=${nativeName(m.lang)} ?default=${m.kind === 'video'} />` : nothing;
      return html`<figure class="media" part="media">
        <figcaption lang=${m.title ? m.lang : nothing} dir=${m.title ? directionOf(m.lang) : nothing}>
          ${m.title ?? (m.kind === 'audio' ? msg('Inspelning') : msg('Film'))} <span class="media-lang" lang=${m.lang} dir=${directionOf(m.lang)}>(${nativeName(m.lang)})</span>
        </figcaption>
        ${m.kind === 'audio'
          ? html`<audio controls preload="none" src=${m.url} aria-describedby=${m.transcript ? id : nothing}>${track}</audio>`
          : html`<video controls preload="none" playsinline src=${m.url} crossorigin=${m.captions && !sameOrigin(m.captions) ? 'anonymous' : nothing}>${track}</video>`}
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
          ${host.heading(1, msg('Kontakt'), `contact-${card.id}`)}
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
          ${host.heading(1, msg('Läs mer'), `links-${card.id}`)}
          <ul>
            ${card.links.map((l) => html`<li><a href=${l.url} rel="noreferrer" lang=${l.title.lang} dir=${directionOf(l.title.lang)}>${l.title.text}</a></li>`)}
          </ul>
        </section>`
      : nothing}
    <footer class="meta" part="meta">
      ${card.source?.text ? html`<span>${msg('Källa:')} <span lang=${card.source.lang} dir=${directionOf(card.source.lang)}>${card.source.text}</span></span>` : nothing}
      <span>${msg(html`Senast granskad ${date}`)}</span>
      <span class="share">
        <button class="button copy" type="button" @click=${() => copyLink(host, card)}>${msg('Kopiera länk')}</button>
        <span class="copy-status" role="status">${copied?.ok ? msg('Länken är kopierad.') : nothing}</span>
        ${copied && !copied.ok
          ? html`<label class="copy-fallback">${msg('Kopiera länken här:')} <input type="text" readonly .value=${copied.url} dir="ltr" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
          : nothing}
      </span>
    </footer>`;
}

/** "Not yet translated": in the wanted language when our interface has it, with the fallback's language named. */
function renderNotice(card: CardView & CardDetails): TemplateResult {
  const locale = uiLocaleFor(card.want);
  const noticeLang = primary(card.want) === locale || locale === 'prs' ? card.want : locale;
  const wanted = nativeName(card.want);
  const shown = languageName(card.body.lang, locale);
  const text = withLocale(locale, () => msg(str`Den här texten är inte översatt till ${wanted} ännu. Den visas på ${shown}.`));
  return html`<p class="notice" part="notice" lang=${noticeLang} dir=${directionOf(noticeLang)}>${text}</p>`;
}

/** A link to `card` in `lang` on the current page: `#samverkan-card=<id>&lang=<tag>`. */
export function cardLink(card: string, lang: string, href = location.href): string {
  const url = new URL(href);
  url.hash = `samverkan-card=${encodeURIComponent(card)}&lang=${encodeURIComponent(lang)}`;
  return url.href;
}

/** Copies a link that opens this card in the language shown; confirms visibly (and to screen readers). */
async function copyLink(host: DetailsHost, card: CardView & CardDetails): Promise<void> {
  const url = cardLink(card.id, card.fallback ? card.body.lang : card.want);
  clearTimeout(host.copiedTimer);
  try {
    await navigator.clipboard.writeText(url);
    host.copied = { id: card.id, ok: true, url };
    host.copiedTimer = setTimeout(() => (host.copied = null), 8000);
  } catch {
    host.copied = { id: card.id, ok: false, url };
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
  }
}

/** The parsed URL, or undefined (the contract's http(s) pattern still lets an unparsable host through). */
const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};
const sameOrigin = (url: string): boolean => parse(url)?.origin === location.origin;
const hostOf = (url: string): string => parse(url)?.hostname.replace(/^www\./, '') ?? url;

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

/** The details' styles, adopted by an element when it first shows details. */
export const styles = css`
  /* <samverkan-info-card>'s title */
  .title {
    font-size: 1.35em;
    max-inline-size: var(--_measure);
  }
  @container (min-width: 48rem) {
    .title {
      font-size: 1.5em;
    }
  }
  .body,
  .notice,
  .transcript,
  .contact,
  .links {
    max-inline-size: var(--_measure);
  }
  .body {
    font-family: var(--_content-font);
    font-size: 1.0625em;
    overflow-wrap: break-word;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body :is(h3, h4, h5, h6) {
    margin-block: 1.25em 0.4em;
    font-size: 1.1em;
  }
  .body :is(ul, ol),
  .links ul {
    padding-inline-start: 1.5em;
  }
  /* "1177.se" in an Arabic paragraph must not read "se.1177": a link takes the direction of its own first letter. */
  .body a {
    unicode-bidi: plaintext;
  }
  .body li + li {
    margin-block-start: 0.25em;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .media {
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  figcaption {
    font-weight: 600;
  }
  audio,
  video {
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  summary {
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.6em;
    color: var(--_accent);
    cursor: pointer;
  }
  .plain {
    display: grid;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .contact ul,
  .links ul {
    margin: 0.4rem 0 0;
  }
  section > :first-child {
    font-size: 1.05em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .share {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .copy-status {
    color: var(--_success);
    font-weight: 600;
  }
  .copy-status:empty {
    display: none;
  }
  .copy-fallback input {
    min-block-size: 44px;
    inline-size: min(100%, 28rem);
    padding: 0.3em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Printing (every card opened, so these are adopted by then): no controls, no players, cards whole on a page, links with their addresses. */
  @media print {
    .controls,
    .picker,
    .disclosure::before,
    .share,
    audio,
    video {
      display: none !important;
    }
    article {
      break-inside: avoid-page;
      border: 0;
      padding: 0;
    }
    .cards > li {
      content-visibility: visible;
    }
    .cards > li + li {
      border-block-start: 1px solid #000;
      padding-block-start: 1rem;
    }
    .disclosure {
      color: inherit;
      padding: 0;
    }
    .body a[href]::after,
    .links a[href]::after,
    .contact a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .transcript > :not(summary) {
      display: block;
    }
  }
`;
