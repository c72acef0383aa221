/**
 * What an opened goal shows, per indicator: status, direction, the plan's
 * expected value, the chart, its text summary, the data table behind a
 * toggle, and the source. A chunk of its own (dynamic `import()`): the first
 * render shows goal cards only, so the entry does not carry it; the tracker
 * fetches it when the page is idle after its first render, so opening a goal
 * stays instant (docs/components/goal-tracker.md, "Size").
 */
import { css, html, nothing, render, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Indicator } from '../../feed/sections/agreement.js';
import type { LocalizedText } from '../../feed/sections/common.js';
import { chartGeometry } from './chart.js';
import { indicatorModel, type IndicatorModel, type IndicatorStatus, type Status } from './status.js';

/** What the chunk needs of the element (its `@internal` methods). */
export interface DetailHost {
  tables: Set<string>;
  heading(level: number, content: unknown): TemplateResult;
  text(value: LocalizedText | undefined): TemplateResult | string;
  formatValue(value: number, indicator: Pick<Indicator, 'unit' | 'unitLabel'>, compact?: boolean): string;
  value(value: number, indicator: Pick<Indicator, 'unit' | 'unitLabel'>): TemplateResult | string;
  year(date: string): string;
  date(date: string): string;
  badge(status: Status): TemplateResult;
  exampleBadge(example: boolean): unknown;
  toggleTable(key: string): void;
}

/** The model of an indicator of the tracker's goals (with its example marks), or one made for an indicator from elsewhere. */
export function modelOf(goals: readonly { indicators: readonly IndicatorModel[] }[], indicator: Indicator): IndicatorModel {
  for (const g of goals) for (const i of g.indicators) if (i.indicator === indicator) return i;
  return indicatorModel(indicator);
}

/**
 * The text summary of a chart: "Upp från 34 % år 2019 till 41 % år 2023; mål 50 % år 2025.", after "Exempeldata:" for example figures.
 * A unit label in another language than the page's is isolated in its own `<bdi lang>` (see `plainText` for the sentence as a string).
 */
export function summary(h: DetailHost, { indicator, status, example }: Pick<IndicatorModel, 'indicator' | 'status' | 'example'>): TemplateResult {
  const b = h.value(indicator.baseline.value, indicator);
  const by = h.year(indicator.baseline.date);
  const g = h.value(indicator.target.value, indicator);
  const gy = h.year(indicator.target.date);
  const latest = status.latest;
  const v = latest ? h.value(latest.value, indicator) : '';
  const vy = latest ? h.year(latest.date) : '';
  const sentence = !latest
    ? msg(html`Utgångsvärde ${b} år ${by}, inga mätvärden sedan dess; mål ${g} år ${gy}.`)
    : latest.value > indicator.baseline.value
      ? msg(html`Upp från ${b} år ${by} till ${v} år ${vy}; mål ${g} år ${gy}.`)
      : latest.value < indicator.baseline.value
        ? msg(html`Ner från ${b} år ${by} till ${v} år ${vy}; mål ${g} år ${gy}.`)
        : msg(html`Oförändrat ${v} från år ${by} till år ${vy}; mål ${g} år ${gy}.`);
  return example ? html`${msg('Exempeldata')}: ${sentence}` : sentence;
}

/** The text of a template (the chart summary as a string, for `summary()` of the element). */
export function plainText(t: TemplateResult): string {
  const div = document.createElement('div');
  render(t, div);
  return div.textContent!;
}

export function renderIndicator(h: DetailHost, model: IndicatorModel, goalId: string, level: number): TemplateResult {
  const { indicator: i, status: s } = model;
  const key = `${goalId}/${i.id}`;
  const showTable = h.tables.has(key);
  const tid = `t-${goalId}-${i.id}`;
  const expected = s.latest && s.expected !== null && s.latest.date < i.target.date ? h.value(s.expected, i) : '';
  return html`<section class="indicator">
    <div class="goal-head">${h.heading(level, h.text(i.title))} ${h.badge(s.status)} ${h.exampleBadge(model.example)}</div>
    ${i.description ? html`<p>${h.text(i.description)}</p>` : nothing}
    <p class="muted">
      ${i.direction === 'decrease' ? msg('Lägre är bättre.') : msg('Högre är bättre.')}
      ${expected ? msg(html`Enligt planen (en rak linje från utgångsvärdet till målet) borde värdet ha varit ${expected} vid senaste mätningen.`) : nothing}
    </p>
    <figure>
      ${renderChart(h, i, s)}
      <figcaption>${summary(h, model)}</figcaption>
    </figure>
    <button type="button" class="button" aria-expanded=${showTable ? 'true' : 'false'} aria-controls=${tid} @click=${() => h.toggleTable(key)}>
      ${showTable ? msg('Dölj tabellen') : msg('Visa som tabell')}
    </button>
    <div id=${tid} class="table-wrap" ?hidden=${!showTable}>${showTable ? renderTable(h, model) : nothing}</div>
    <p class="muted source">${sourceParts(h, i).map((part, n) => html`${n ? ' · ' : ''}${part}`)}</p>
  </section>`;
}

/** Source and date line: "Källa: Kolada, nyckeltal N00914 · SCB, tabell … · Senast uppdaterad …". */
function sourceParts(h: DetailHost, i: Indicator): (TemplateResult | string)[] {
  const src = i.source;
  const parts: (TemplateResult | string)[] = [];
  if (src) {
    const kpi = src.kolada ?? '';
    const table = src.scb ?? '';
    // A Kolada id says more than a link to kolada.se's front page: show only the KPI link then.
    const nameOnly = kpi && (!src.url || /\/\/(www\.)?kolada\.se\b/.test(src.url));
    const label = html`<span class="label">${msg('Källa')}:</span> `;
    const first = nameOnly ? '' : src.url ? html`<a href=${src.url}>${h.text(src.name)}</a>` : h.text(src.name);
    if (first) parts.push(html`${label}${first}`);
    if (kpi) {
      const link = html`<a href=${`https://www.kolada.se/verktyg/fri-sokning/?kpis=${encodeURIComponent(kpi)}`}>${msg(str`Kolada, nyckeltal ${kpi}`)}</a>`;
      parts.push(first ? link : html`${label}${link}`);
    }
    if (table) parts.push(msg(str`SCB, tabell ${table}`));
  }
  if (i.updated) {
    const updated = h.date(i.updated);
    parts.push(msg(str`Senast uppdaterad ${updated}`));
  }
  return parts;
}

function renderChart(h: DetailHost, i: Indicator, s: IndicatorStatus): TemplateResult {
  const g = chartGeometry(i, s.projected, { width: 400, height: 180, percent: i.unit === 'percent' });
  const { left, right, bottom } = g.plot;
  return html`<svg class="chart" part="chart" viewBox="0 0 ${g.width} ${g.height}" dir="ltr" aria-hidden="true" focusable="false">
      ${g.yTicks.map((t) => svg`<line class="grid" x1=${left} x2=${right} y1=${t.y} y2=${t.y} /><text class="tick" x=${left - 4} y=${t.y + 5} text-anchor="end">${h.formatValue(t.value, i, true)}</text>`)}
      ${g.xTicks.map((t) => svg`<text class="tick" x=${t.x} y=${bottom + 18} text-anchor="middle">${t.year}</text>`)}
      <line class="target-line" x1=${left} x2=${right} y1=${g.target.y} y2=${g.target.y} />
      <path class="plan" d=${g.plan} />
      ${g.projection ? svg`<path class="projection" d=${g.projection} />` : nothing}
      <path class="line" d=${g.line} />
      <rect class="baseline" x=${g.baseline.x - 3.5} y=${g.baseline.y - 3.5} width="7" height="7" />
      ${g.points.map((p) => svg`<circle class="point" cx=${p.x} cy=${p.y} r="3.5" />`)}
      <path class="target" d="M${g.target.x} ${g.target.y - 6}l6 6-6 6-6-6z" />
    </svg>
    <ul class="legend" aria-hidden="true">
      <li><span class="key line"></span>${msg('Mätvärden')}</li>
      <li><span class="key plan"></span>${msg('Plan')}</li>
      ${g.projection ? html`<li><span class="key projection"></span>${msg('Prognos i nuvarande takt')}</li>` : nothing}
      <li><span class="key target"></span>${msg('Mål')}</li>
    </ul>`;
}

function renderTable(h: DetailHost, { indicator: i, all }: IndicatorModel): TemplateResult {
  const ex = msg('Exempeldata');
  const kind = (label: unknown, example: boolean | undefined) => (all || example ? html`${label} (${ex})` : label);
  const rows: [string, number, unknown][] = [
    [i.baseline.date, i.baseline.value, kind(msg('Utgångsvärde'), false)],
    // A measurement that repeats the baseline (same date and value) is listed once, as the baseline.
    ...(i.measurements ?? [])
      .filter((m) => m.date !== i.baseline.date || m.value !== i.baseline.value)
      .map((m): [string, number, unknown] => [m.date, m.value, kind(m.note ? html`${msg('Mätvärde')}: ${h.text(m.note)}` : msg('Mätvärde'), m.example)]),
    [i.target.date, i.target.value, kind(msg('Mål'), false)],
  ];
  return html`<table>
    <caption>${h.text(i.title)}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Datum')}</th>
        <th scope="col">${msg('Värde')}</th>
        <th scope="col">${msg('Typ')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(([d, v, k]) => html`<tr><th scope="row">${h.date(d)}</th><td>${h.value(v, i)}</td><td>${k}</td></tr>`)}
    </tbody>
  </table>`;
}

/** The chunk's styles, adopted into the element's shadow root when the chunk arrives. */
export const detailStyles = css`
  .indicator {
    margin-block: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  figure {
    margin: 0.5em 0;
  }
  .chart {
    /* Time runs left to right in Arabic, Persian and Dari charts too; the dir attribute means nothing to SVG, the property does (else text-anchor="end" flips). */
    direction: ltr;
    display: block;
    inline-size: 100%;
    max-inline-size: 28rem;
    block-size: auto;
    font-size: 14px;
  }
  @container (max-width: 30rem) {
    /* SVG text scales with the chart: larger units keep it readable on a phone. */
    .chart {
      font-size: 17px;
    }
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .tick {
    fill: var(--_muted);
  }
  .chart path {
    fill: none;
    stroke-width: 2;
  }
  .line,
  .point,
  .projection {
    stroke: var(--_accent);
  }
  .point {
    fill: var(--_surface);
    stroke-width: 2;
  }
  .chart .plan {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }
  .projection {
    stroke-dasharray: 5 4;
  }
  .target-line {
    stroke: var(--_success);
    stroke-dasharray: 6 3;
  }
  .chart .target {
    fill: var(--_success);
    stroke: none;
  }
  .baseline {
    fill: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    margin: 0.25em 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .key {
    display: inline-block;
    inline-size: 1.5em;
    margin-inline-end: 0.35em;
    vertical-align: middle;
    border-block-start: 2px solid var(--_accent);
  }
  .key.plan {
    border-block-start: 2px dotted var(--_muted);
  }
  .key.projection {
    border-block-start-style: dashed;
  }
  .key.target {
    inline-size: 0.7em;
    block-size: 0.7em;
    border: 0;
    background: var(--_success);
    transform: rotate(45deg);
  }
  figcaption {
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.25em 0.75em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  tbody th {
    white-space: nowrap;
  }
  td:nth-child(2) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .chart,
    .key {
      forced-color-adjust: none;
    }
    .chart .target,
    .baseline,
    .key.target {
      fill: CanvasText;
      background: CanvasText;
    }
    .line,
    .projection,
    .point,
    .key {
      stroke: Highlight;
      border-color: Highlight;
    }
    .point {
      fill: Canvas;
    }
    .chart .plan,
    .target-line,
    .grid {
      stroke: CanvasText;
    }
    .tick {
      fill: CanvasText;
    }
  }
`;
