/**
 * Baseline: a plain Lit list of the agreement's goals as cards. Each card:
 * title, description and, per indicator, its latest value (Intl), a
 * <progress> from baseline to target and a 20-point SVG polyline. No status
 * rule, no tables, no filters: the limit for <samverkan-goal-tracker>.
 */
import { LitElement, css, html, svg } from 'lit';

const text = (t: unknown): string => (typeof t === 'string' ? t : ((t as Record<string, string>)?.sv ?? ''));
interface Indicator { id: string; title: unknown; baseline: { value: number }; target: { value: number }; measurements?: { date: string; value: number }[] }
interface Goal { id: string; title: unknown; description?: unknown; indicators?: Indicator[] }

export class LitGoalCards extends LitElement {
  static override properties = { goals: { attribute: false } };
  goals: Goal[] = [];
  static override styles = css`:host { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; font: 14px system-ui, sans-serif; } article { border: 1px solid #ccc; padding: 0.5rem; } svg { inline-size: 100%; block-size: 40px; } polyline { fill: none; stroke: #1565c0; }`;

  override render() {
    const nf = new Intl.NumberFormat('sv', { maximumFractionDigits: 1 });
    return this.goals.map(
      (g) => html`<article>
        <h3>${text(g.title)}</h3>
        <p>${text(g.description)}</p>
        <ul>
          ${(g.indicators ?? []).map((ind) => {
            const ms = ind.measurements ?? [];
            const last = ms.at(-1)?.value ?? ind.baseline.value;
            const span = ind.target.value - ind.baseline.value || 1;
            const values = ms.map((m) => m.value);
            const lo = Math.min(...values, ind.target.value);
            const hi = Math.max(...values, ind.target.value);
            const pts = values.map((v, i) => `${(i / Math.max(values.length - 1, 1)) * 100},${40 - ((v - lo) / (hi - lo || 1)) * 40}`).join(' ');
            return html`<li>
              <span>${text(ind.title)}</span> <strong>${nf.format(last)} %</strong>
              <progress max="100" value=${Math.max(0, Math.min(100, ((last - ind.baseline.value) / span) * 100))}></progress>
              <svg viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true">${svg`<polyline points=${pts}></polyline>`}</svg>
            </li>`;
          })}
        </ul>
      </article>`,
    );
  }
}
// Registered by the bench page that uses it (package.json "sideEffects" lets bundlers drop a side-effect-only import of this file).
