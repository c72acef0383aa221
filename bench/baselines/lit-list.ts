/**
 * Baseline: a plain Lit agenda. Every event, sorted by start, under a
 * heading per day (Intl date in Stockholm time). It renders all of them:
 * the cost of N list items, whatever builds them.
 */
import { LitElement, css, html } from 'lit';

interface FeedEvent { id: string; title: unknown; start: string }
const title = (t: unknown): string => (typeof t === 'string' ? t : ((t as Record<string, string>)?.sv ?? ''));

export class LitList extends LitElement {
  static override properties = { events: { attribute: false } };
  events: FeedEvent[] = [];
  static override styles = css`:host { display: block; font: 14px system-ui, sans-serif; } h3 { font-size: 1em; margin: 1em 0 0; } ul { margin: 0; }`;

  override render() {
    const dayFormat = new Intl.DateTimeFormat('sv', { dateStyle: 'full', timeZone: 'UTC' });
    const sorted = [...this.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const days: { day: string; items: FeedEvent[] }[] = [];
    for (const e of sorted) {
      const day = e.start.slice(0, 10);
      if (days.at(-1)?.day !== day) days.push({ day, items: [] });
      days.at(-1)!.items.push(e);
    }
    return html`${days.map(
      (d) => html`<h3>${dayFormat.format(new Date(`${d.day}T00:00:00Z`))}</h3>
        <ul>${d.items.map((e) => html`<li><time datetime=${e.start}>${e.start.slice(11, 16)}</time> ${title(e.title)}</li>`)}</ul>`,
    )}`;
  }
}
// Registered by the bench page that uses it (package.json "sideEffects" lets bundlers drop a side-effect-only import of this file).
