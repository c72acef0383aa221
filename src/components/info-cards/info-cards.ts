import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { TOPICS } from '../../feed/sections/info-cards.js';
import { directionOf } from '../../internal/language.js';
import { hostStyles } from '../../internal/styles.js';
import { InfoCardElement } from './base.js';
import { hx } from './heading-html.js';
import { prepareCollection, type CollectionView } from './prepare.js';
import styles from './info-cards.styles.js';

/**
 * Civic and health information cards in the reader's language, filterable by
 * topic. Each card shows its title and summary; its heading is a button that
 * opens the rest (the APG disclosure pattern), so a page of 200 cards stays
 * short and quick.
 *
 * The content language is the reader's choice (a picker naming every language
 * in itself), shared with every other card on the page and remembered only if
 * the reader asks; the interface strings follow the element's own language.
 * `#samverkan-card=<id>&lang=<tag>` in the address opens a card in a language.
 *
 * @summary Info cards, filterable by topic, in the reader's language.
 *
 * @attr topic - Show only this topic (health, housing, work, school, rights, society, family, language, money); empty for all. Reflects the reader's filter.
 * @attr no-filter - Hides the topic filter (e.g. on a page about one topic).
 * @attr heading-level - Level of each card's heading (default 2).
 * @fires samverkan-topic-change - The reader changed the topic filter; detail `{topic}` ("" for all).
 * @fires samverkan-load - The feed loaded (from FeedElement).
 * @fires samverkan-error - The feed failed (from FeedElement).
 * @csspart base - The whole collection.
 * @csspart controls - The topic filter and the language picker.
 * @csspart language-picker - The content-language picker.
 * @csspart card - One card (an <article>).
 * @csspart summary - A card's summary.
 * @csspart body - A card's body text.
 * @csspart notice - The "not yet translated" notice.
 * @csspart media - A recording with its transcript.
 * @csspart contact - Contact details.
 * @csspart links - Further links.
 * @csspart meta - Source, review date and the copy-link button.
 * @csspart status - Loading and error messages.
 * @cssprop --samverkan-content-font - Font of the card text (default: the page's).
 * @cssprop --samverkan-arabic-font - Font stack for Arabic script.
 * @cssprop --samverkan-ethiopic-font - Font stack for Ethiopic script.
 * @cssprop --samverkan-measure - Longest line of text (default 65ch).
 */
export class SamverkanInfoCards extends InfoCardElement {
  static override styles = [hostStyles, styles];

  /** The topic shown; empty for all. */
  @property({ reflect: true }) topic = '';

  /** Hides the topic filter. */
  @property({ type: Boolean, reflect: true, attribute: 'no-filter' }) noFilter = false;

  /** Ids of the opened cards. */
  @state() private open = new Set<string>();
  /** True while the page is printed: every card is opened. */
  @state() private printing = false;

  private cache?: { feed: Feed; key: string; value: CollectionView };
  private readonly beforePrint = () => (this.printing = true);
  private readonly afterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  protected override needsDetails(): boolean {
    return this.printing || this.open.size > 0;
  }

  private get topicFilter(): string {
    return (TOPICS as readonly string[]).includes(this.topic) ? this.topic : '';
  }

  /** The prepared view, rebuilt only when the feed, the language or the topic changes. */
  private collection(feed: Feed): CollectionView {
    const key = `${this.want}|${this.topicFilter}`;
    if (this.cache?.feed !== feed || this.cache.key !== key) this.cache = { feed, key, value: prepareCollection(feed, this.want, this.topicFilter) };
    return this.cache.value;
  }

  override render(): TemplateResult {
    return this.renderFeed((feed) => {
      const view = this.collection(feed);
      const level = this.level;
      return html`<div part="base" class="collection" lang=${this.contentLang} dir=${this.direction}>
        <div class="controls" part="controls">
          ${view.languages.length ? this.renderPicker(view.languages) : nothing}
          ${this.noFilter || view.topics.length < 2 ? nothing : this.renderTopics(feed, view)}
        </div>
        <p class="visually-hidden" role="status">${this.filtered ? this.countText(view) : ''}</p>
        ${view.cards.length === 0
          ? html`<p class="empty" part="status">${msg('Det finns ingen information att visa här ännu.')}</p>`
          : html`<ul class="cards" role="list">
              ${view.cards.map((card) => {
                const open = this.printing || this.open.has(card.id);
                const { title, summary } = card;
                // One template per card, heading and summary included (a nested template per part costs more than its DOM).
                return hx(level)`<li><article part="card" aria-labelledby="h-${card.id}" data-card=${card.id} data-topic=${card.topic}><hx><button class="disclosure" type="button" id="h-${card.id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="c-${card.id}" lang=${title.lang} dir=${directionOf(title.lang)} @click=${() => this.toggle(card.id)}><span>${title.text}</span></button></hx>${card.example ? this.renderExampleBadge(true) : nothing}<p class="summary" part="summary" lang=${summary?.lang ?? nothing} dir=${summary ? directionOf(summary.lang) : nothing} ?hidden=${!summary?.text}>${summary?.text}</p><div class="details" id="c-${card.id}" ?hidden=${!open}>${open ? this.renderDetails(card) : nothing}</div></article></li>`;
              })}
            </ul>`}
      </div>`;
    });
  }

  /** Set after the reader filters, so the count is announced then and not on load. */
  private filtered = false;

  private countText(view: CollectionView): string {
    const shown = view.cards.length;
    const total = view.total;
    return msg(str`${shown} av ${total} kort visas.`);
  }

  private renderTopics(feed: Feed, view: CollectionView): TemplateResult {
    const counts = new Map<string, number>();
    for (const c of feed.infoCards ?? []) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
    const choice = (value: string, label: string, count: number) =>
      html`<label class="chip"
        ><input type="radio" name="topic" value=${value} .checked=${this.topicFilter === value} @change=${() => this.chooseTopic(value)} />
        ${label} <span class="count">(${count})</span></label
      >`;
    return html`<fieldset class="topics">
      <legend>${msg('Ämne')}</legend>
      <div class="topic-list">
        ${choice('', msg('Alla ämnen'), view.total)} ${view.topics.map((t) => choice(t, this.topicName(t), counts.get(t) ?? 0))}
      </div>
    </fieldset>`;
  }

  private chooseTopic(topic: string): void {
    this.topic = topic;
    this.filtered = true;
    this.emit('samverkan-topic-change', { topic });
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else {
      open.add(id);
      this.chunkFailed = false; // opening is a request: the chunk is asked for again
    }
    this.open = open;
  }

  /** A card named in the address: show its topic (or all) and open it before rendering. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.showTarget();
  }

  private showTarget(): void {
    const id = this.target;
    const card = id ? this.feedState.data?.infoCards?.find((c) => c.id === id) : undefined;
    if (!id || !this.feedState.data) return;
    if (!card) {
      this.target = null;
      return;
    }
    if (this.topicFilter && this.topicFilter !== card.topic) this.topic = '';
    if (!this.open.has(id)) this.open = new Set([...this.open, id]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // On the first render with data (the feed arrives after willUpdate), open it now and reveal it next time.
    if (this.target && !this.open.has(this.target)) return this.showTarget();
    this.revealTarget((id) => this.renderRoot.querySelector<HTMLElement>(`#h-${CSS.escape(id)}`));
  }
}
