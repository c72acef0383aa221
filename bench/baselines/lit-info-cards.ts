/**
 * Baseline: a plain Lit list of info cards in one language: title, summary
 * and body as text (the body's rich text is not parsed or sanitized), with
 * lang and dir set. Switching `language` re-renders every card. The limit
 * for <samverkan-info-cards>.
 */
import { LitElement, css, html } from 'lit';

type Texts = string | Record<string, string>;
interface Card { id: string; title: Texts; summary?: Texts; body: Texts }
const pick = (t: Texts | undefined, lang: string): string => (typeof t === 'string' ? t : (t?.[lang] ?? t?.sv ?? ''));
const RTL = new Set(['ar', 'fa', 'prs', 'ckb', 'ps']);

export class LitInfoCards extends LitElement {
  static override properties = { cards: { attribute: false }, language: {} };
  cards: Card[] = [];
  language = 'sv';
  static override styles = css`:host { display: block; font: 14px system-ui, sans-serif; } article { border: 1px solid #ccc; padding: 0.5rem; margin-block: 0.5rem; max-inline-size: 40rem; }`;

  override render() {
    const dir = RTL.has(this.language) ? 'rtl' : 'ltr';
    return this.cards.map(
      (c) => html`<article lang=${this.language} dir=${dir}>
        <h3>${pick(c.title, this.language)}</h3>
        <p>${pick(c.summary, this.language)}</p>
        <div>${pick(c.body, this.language)}</div>
      </article>`,
    );
  }
}
// Registered by the bench page that uses it (package.json "sideEffects" lets bundlers drop a side-effect-only import of this file).
