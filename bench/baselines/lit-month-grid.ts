/**
 * Baseline: the least a Lit month grid can do. A 6×7 table of the month
 * (Monday first) with the first three event titles in their start day's
 * cell and "+N" for the rest (as our calendar's max-per-day and
 * FullCalendar's dayMaxEvents: 3). No
 * recurrence, no time zones, no keyboard model, no filters: the limit that
 * <samverkan-event-calendar>'s month view is compared with.
 */
import { LitElement, css, html } from 'lit';

interface FeedEvent { id: string; title: unknown; start: string }
const DAY = 864e5;
const title = (t: unknown): string => (typeof t === 'string' ? t : ((t as Record<string, string>)?.sv ?? ''));

export class LitMonthGrid extends LitElement {
  static override properties = { events: { attribute: false }, month: {} };
  events: FeedEvent[] = [];
  month = '2027-03';

  static override styles = css`
    table { border-collapse: collapse; inline-size: 100%; table-layout: fixed; font: 12px system-ui, sans-serif; }
    th, td { border: 1px solid #ccc; vertical-align: top; padding: 2px; }
    td { block-size: 6em; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  `;

  override render() {
    const [y, m] = this.month.split('-').map(Number);
    const first = Date.UTC(y, m - 1, 1);
    const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY;
    const byDay = new Map<string, string[]>();
    for (const e of this.events) {
      const day = e.start.slice(0, 10);
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(title(e.title));
    }
    const weeks = [0, 1, 2, 3, 4, 5].map((w) =>
      [0, 1, 2, 3, 4, 5, 6].map((d) => {
        const date = new Date(start + (w * 7 + d) * DAY);
        return { key: date.toISOString().slice(0, 10), n: date.getUTCDate() };
      }),
    );
    return html`<table>
      <thead><tr>${['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'].map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map(
              (cell) => html`<td>
                <span>${cell.n}</span>
                <ul>${(byDay.get(cell.key) ?? []).slice(0, 3).map((t) => html`<li>${t}</li>`)}</ul>
                ${(byDay.get(cell.key)?.length ?? 0) > 3 ? html`<span>+${byDay.get(cell.key)!.length - 3}</span>` : ''}
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
// Registered by the bench page that uses it (package.json "sideEffects" lets bundlers drop a side-effect-only import of this file).
