import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { directionOf } from '../../internal/language.js';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/feed.js';
import { hostStyles } from '../../internal/styles.js';
import { InfoCardElement } from './base.js';
import type { DetailsHost } from './details.js';
import { organizationNames, prepareCard, type CardView } from './prepare.js';
import styles from './info-cards.styles.js';

/**
 * One info card from the feed's `infoCards`, in the reader's language: title,
 * summary, body (sanitized rich text), recordings with transcripts, contact,
 * links, source and review date, and a link to share it.
 *
 * The content follows the reader's choice of language, shared by every card on
 * the page (`samverkan-language-change` on window); the interface strings
 * follow the element's own language (its `lang`, or the page's).
 *
 * @summary One card of civic or health information, in the reader's language.
 *
 * @attr card - Id of the card in the feed's `infoCards`.
 * @attr heading-level - Level of the card's title heading (default 2); headings inside the card follow below it.
 * @fires samverkan-load - The feed loaded (from FeedElement).
 * @fires samverkan-error - The feed failed (from FeedElement).
 * @csspart base - The card (an <article>).
 * @csspart language-picker - The content-language picker.
 * @csspart summary - The summary.
 * @csspart body - The body text.
 * @csspart notice - The "not yet translated" notice.
 * @csspart media - A recording with its transcript.
 * @csspart contact - Contact details.
 * @csspart links - Further links.
 * @csspart meta - Source, review date and the copy-link button.
 * @csspart status - Loading and error messages.
 * @cssprop --samverkan-content-font - Font of the card text (default: the page's).
 * @cssprop --samverkan-arabic-font - Font stack for Arabic script (Arabic, Persian, Dari, Pashto, Sorani, Urdu).
 * @cssprop --samverkan-ethiopic-font - Font stack for Ethiopic script (Tigrinya, Amharic).
 * @cssprop --samverkan-measure - Longest line of text (default 65ch).
 */
export class SamverkanInfoCard extends InfoCardElement {
  static override styles = [hostStyles, styles];

  /** Id of the card in the feed's `infoCards`. */
  @property({ reflect: true }) card: string | null = null;

  private view?: { key: string; value: CardView | null };

  /** The prepared card, rebuilt only when the feed, the card or the language changes. */
  private cardView(feed: Feed): CardView | null {
    const key = `${this.card}|${this.want}`;
    if (this.view?.key === key && this.lastFeed === feed) return this.view.value;
    this.lastFeed = feed;
    const found = feed.infoCards?.find((c) => c.id === this.card);
    this.view = { key, value: found ? prepareCard(found, this.want, organizationNames(feed)) : null };
    return this.view.value;
  }
  private lastFeed?: Feed;

  override render(): TemplateResult {
    // The card is rendered by the details chunk, loaded before the first update with data (see scheduleUpdate).
    return this.renderFeed((feed) => {
      const view = this.cardView(feed);
      const loaded = this.detailsNow();
      if (loaded) return loaded.renderCard(this as unknown as DetailsHost, view, this.card);
      const failure = this.renderDetailsFailure('#title');
      // The chunk could not be fetched: the title and summary (they are here), then the message with a retry.
      return view && failure !== nothing
        ? html`<article part="base" lang=${this.contentLang} dir=${this.direction} aria-labelledby="title">
            ${this.heading(0, view.title.text, 'title', view.title, 'title')}
            <p class="summary" part="summary" lang=${view.summary?.lang ?? nothing} dir=${view.summary ? directionOf(view.summary.lang) : nothing} ?hidden=${!view.summary?.text}>${view.summary?.text}</p>
            ${failure}
          </article>`
        : failure;
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.target === this.card) this.revealTarget(() => this.renderRoot.querySelector<HTMLElement>('#title'));
    else if (this.target) this.target = null; // another element's card
  }
}
