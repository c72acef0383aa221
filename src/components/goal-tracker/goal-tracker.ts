import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { Agreement, type Area, type CollaborationArea, type Goal, type Indicator, type Report } from '../../feed/sections/agreement.js';
import type { LocalizedText } from '../../feed/sections/common.js';
import { Organizations, type Organization } from '../../feed/sections/organizations.js';
import { Region } from '../../feed/sections/region.js';
import { FeedElement } from '../../internal/feed-element.js';
import { dateFormat, joinList, numberFormat, pickText } from '../../internal/format.js';
import { directionOf, primary } from '../../internal/language.js';
import { hostStyles } from '../../internal/styles.js';
import type { CsvRow } from './csv.js';
import { countStatuses, dayNumber, goalStatus, indicatorModel, periodElapsed, stockholmToday, STATUSES, type IndicatorModel, type Status } from './status.js';
import styles from './goal-tracker.styles.js';
import { lazyLoader, quietly, whenIdle } from '../../internal/lazy.js';

export type { IndicatorModel };

/**
 * The opened goal's indicators (chart, table, source): a chunk of its own,
 * fetched when the page is idle after the first render (so opening stays instant) or at once when
 * the first render shows an opened goal (`goal`, `#samverkan-goal=`).
 */
let details: typeof import('./details.js') | undefined;
/** @internal The chunks' imports, replaceable by tests (a failing import). */
export const chunks = { details: () => import('./details.js'), csv: () => import('./csv.js') };
const loadDetails = lazyLoader(() => chunks.details().then((m) => (details = m)));
const loadCsv = lazyLoader(() => chunks.csv());

/** One goal with everything derived from its figures. */
export interface GoalModel {
  goal: Goal;
  indicators: IndicatorModel[];
  /** Computed from the indicators; null for a goal followed by a reported status only. */
  status: Status | null;
  /** Some of what the card shows is example data (own flag, inherited from area or agreement, an indicator's, a measurement's or the report's). */
  example: boolean;
}

const HASH = /(?:^#|&)samverkan-goal=([^&]+)/;
const ORG_HASH = /(?:^#|&)samverkan-org=([^&]+)/;

/** Icon shapes per status (16×16): star, disc with tick, triangle with "!", square with "×", dashed ring. Never colour alone. */
const ICONS: Record<Status, [fill: string, mark: string]> = {
  achieved: ['M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2l-4.5 2.4.9-5L.8 6.1l5-.7z', ''],
  'on-track': ['M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z', 'M4.6 8.2l2.3 2.3 4.6-4.7'],
  'at-risk': ['M8 1.2l7.2 13.3H.8z', 'M8 5.8v4.4M8 11.8v1.2'],
  'off-track': ['M1.5 1.5h13v13h-13z', 'M5 5l6 6M11 5l-6 6'],
  'no-data': ['', 'M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 0 1 8 1.8z'],
};

/**
 * The regional agreement's areas, goals and indicators, and how far each has
 * come: statuses computed from the figures by one documented rule
 * (docs/feed-agreement.md), a chart, text summary and data table per
 * indicator, filters by area and party, CSV download of the figures shown.
 *
 * @summary The agreement's goals, indicators and computed progress.
 *
 * @fires samverkan-select - A goal was opened (by the reader or a `#samverkan-goal=<id>` link); detail `{goal}`.
 * @fires samverkan-load - The feed loaded (from FeedElement).
 * @fires samverkan-error - The feed failed (from FeedElement).
 *
 * @csspart base - The root element.
 * @csspart status - Feed state messages.
 * @csspart summary - The summary of statuses.
 * @csspart filters - The filter controls.
 * @csspart goal - Each goal card.
 * @csspart chart - Each indicator chart (SVG).
 *
 * @cssprop --samverkan-color-accent - Links, buttons and measurement lines.
 * @cssprop --samverkan-color-success - Achieved and on-track marks.
 * @cssprop --samverkan-color-warning - At-risk marks.
 * @cssprop --samverkan-color-danger - Off-track marks.
 */
export class SamverkanGoalTracker extends FeedElement {
  /** The agreement; organisations name the parties; the region links to the partner map. */
  static override feedSections = { agreement: Agreement, organizations: Organizations, region: Region };

  /** Shows only the goals of this area (an area id). */
  @property({ reflect: true }) area: string | null = null;
  /** Shows only the goals this party (an organisation id) is responsible for. */
  @property({ reflect: true }) party: string | null = null;
  /** Shows this one goal (a goal id), opened, and nothing else. */
  @property({ reflect: true }) goal: string | null = null;
  /** Level of the tracker's top heading (1–6), so it fits the host page's outline; the rest follow in order. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 2;
  /** The date (YYYY-MM-DD) that counts as today for the time elapsed; default today in Stockholm. For stories and tests. */
  @property({ reflect: true }) today: string | null = null;

  @state() private open = new Set<string>();
  /** @internal Indicators whose data table is shown (`goal/indicator`). */
  @state() tables = new Set<string>();

  private agreement?: Agreement;
  private goals: GoalModel[] = [];
  private orgs = new Map<string, Organization>();
  private collab = new Map<string, CollaborationArea>();
  private hashSeen = '';
  /** Intl formatters and formatted dates, per language: one of each per page view, not one per figure. */
  private memo = new Map<string, unknown>();
  /** The details chunk on its way for an opened goal (updateComplete waits for it). */
  private pending?: Promise<unknown>;
  private adopted = false;
  /** A lazy chunk the reader waits for could not be fetched: say so, with a retry. */
  @state() private failed: { details?: boolean; csv?: boolean } = {};

  static override styles = [hostStyles, styles];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  /** The goals with their computed statuses (all of them, unfiltered). */
  get goalModels(): readonly GoalModel[] {
    return this.goals;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('goal') && this.goal) this.open = new Set([...this.open, this.goal]);
  }

  /** Waits for the details chunk too when an opened goal needs it, so `await el.updateComplete` sees the charts. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Rebuilds the goal models when the feed changes. Called from render: the
   * feed controller updates after willUpdate, so the new feed is known only there.
   */
  private sync(feed: Feed | null): void {
    const a = feed?.agreement;
    if (a === this.agreement) return;
    this.agreement = a;
    this.orgs = new Map((feed?.organizations ?? []).map((o) => [o.id, o]));
    this.collab = new Map((a?.collaborationAreas ?? []).map((c) => [c.id, c]));
    // "example" holds for everything inside what it marks: agreement → area → goal → indicator → measurement.
    const exampleAreas = new Set((a?.areas ?? []).filter((x) => x.example).map((x) => x.id));
    this.goals = (a?.goals ?? []).map((goal) => {
      const inherited = !!(a!.example || goal.example || exampleAreas.has(goal.area));
      const indicators = (goal.indicators ?? []).map((indicator) => indicatorModel(indicator, inherited));
      const computed = indicators.length > 0 || !goal.report;
      return {
        goal,
        indicators,
        status: computed ? goalStatus(indicators.map((i) => i.status.status)) : null,
        example: inherited || !!goal.report?.example || indicators.some((i) => i.example),
      };
    });
    this.hashSeen = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.agreement) {
      if (this.hashSeen !== location.hash) this.onHash();
      // Fetch the details chunk when the page is idle after the cards are drawn (not inside the first frame), so opening a goal needs no wait.
      if (!details) whenIdle(() => quietly(loadDetails()));
    }
  }

  private onHash = (): void => {
    this.hashSeen = location.hash;
    const m = HASH.exec(location.hash);
    if (m) void this.openGoal(decodeURIComponent(m[1]));
    // The partner map links a partner's goals as #samverkan-org=<id>: show the goals it is responsible for.
    const org = ORG_HASH.exec(location.hash);
    const id = org && decodeURIComponent(org[1]);
    if (!m && id && !this.goal && this.goals.some((g) => g.goal.responsible?.includes(id))) this.party = id;
  };

  /**
   * Opens a goal: clears filters that hide it, expands it, scrolls to it and
   * moves focus to its heading. Returns false when this tracker has no such goal.
   */
  async openGoal(id: string, focus = true): Promise<boolean> {
    const found = this.goals.find((g) => g.goal.id === id);
    if (!found || (this.goal && this.goal !== id)) return false;
    if (!this.visible().includes(found)) {
      this.area = null;
      this.party = null;
    }
    this.open = new Set([...this.open, id]);
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`[data-goal="${CSS.escape(id)}"] [role=heading]`);
    if (focus && heading) {
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    }
    this.select(found.goal);
    return true;
  }

  private select(goal: Goal): void {
    // `samverkan-select` is shared with the partner map (detail `{organization}`); ours carries `{goal}`.
    this.emit('samverkan-select', { goal });
  }

  /** The goals the filters (or `goal`) let through. */
  private visible(): GoalModel[] {
    if (this.goal) return this.goals.filter((g) => g.goal.id === this.goal);
    return this.goals.filter(
      ({ goal }) => (!this.area || goal.area === this.area) && (!this.party || (goal.responsible ?? []).includes(this.party)),
    );
  }

  // ---- text and numbers ----------------------------------------------------

  /** @internal Feed text in the reader's language; in another language (a fallback), isolated in a `<bdi>` with its own `lang`, so it keeps its place in the sentence around it. */
  text(value: LocalizedText | undefined): TemplateResult | string {
    const p = pickText(value, this.contentLang);
    return primary(p.lang) === primary(this.contentLang) ? p.text : html`<bdi lang=${p.lang} dir=${directionOf(p.lang)}>${p.text}</bdi>`;
  }

  /** @internal Feed text in the reader's language, as a string. */
  plain(value: LocalizedText | undefined): string {
    return pickText(value, this.contentLang).text;
  }

  /** Memo per language: `make` runs once per key. */
  private cached<T>(key: string, make: () => T): T {
    key = this.contentLang + '|' + key;
    let value = this.memo.get(key) as T | undefined;
    if (value === undefined) this.memo.set(key, (value = make()));
    return value;
  }

  /** A value in its unit, in the element's language: "41 %", "45 dagar", "1 200 kr". */
  formatValue(value: number, indicator: Pick<Indicator, 'unit' | 'unitLabel'>, compact = false): string {
    const unit = indicator.unit;
    const n = this.cached(unit + compact, () =>
      numberFormat(
        this.contentLang,
        unit === 'percent'
          ? { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }
          : unit === 'days' || unit === 'months'
            ? { style: 'unit', unit: unit === 'days' ? 'day' : 'month', unitDisplay: compact ? 'narrow' : 'long', maximumFractionDigits: 1 }
            : unit === 'sek'
              ? { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, ...(compact ? { notation: 'compact' } : {}) }
              : compact
                ? { notation: 'compact', maximumFractionDigits: 1 }
                : { maximumFractionDigits: 2 },
      ),
    ).format(value);
    return !compact && indicator.unitLabel && !['percent', 'days', 'months', 'sek'].includes(unit) ? `${n} ${this.plain(indicator.unitLabel)}` : n;
  }

  /** @internal `formatValue` for the page: a unit label (feed text) through `text`, so "27 kommuner" stays together in an Arabic sentence. */
  value(value: number, indicator: Pick<Indicator, 'unit' | 'unitLabel'>): TemplateResult | string {
    const n = this.formatValue(value, { unit: indicator.unit });
    return this.formatValue(value, indicator) === n ? n : html`${n} ${this.text(indicator.unitLabel)}`;
  }

  /** @internal The year of a YYYY-MM-DD date, as the language writes it ("2024", "2024 р."). */
  year(date: string): string {
    return this.cached('y' + date.slice(0, 4), () => this.calendarDate(date.slice(0, 4) + '-07-01', { year: 'numeric' }));
  }

  /** @internal A YYYY-MM-DD date in words ("15 mars 2024"). */
  date(date: string): string {
    return this.cached('d' + date, () => this.calendarDate(date, { dateStyle: 'long' }));
  }

  /**
   * A calendar date has no time of day and no zone: formatted at its noon in
   * UTC it is the same day as in Stockholm, and the page loads no time-zone
   * data for it (the first Stockholm formatter costs ~20 ms on a phone).
   */
  private calendarDate(date: string, options: Intl.DateTimeFormatOptions): string {
    return dateFormat(this.contentLang, { ...options, timeZone: 'UTC' }).format(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12));
  }

  private percent(share: number): string {
    return this.cached('%', () => numberFormat(this.contentLang, { style: 'percent' })).format(share);
  }

  private statusLabel(status: Status): string {
    return {
      achieved: msg('Uppnått'),
      'on-track': msg('På rätt väg'),
      'at-risk': msg('Risk att inte nås'),
      'off-track': msg('Inte på rätt väg'),
      'no-data': msg('Inga mätvärden'),
    }[status];
  }

  /** The text summary of a chart: "Upp från 34 % år 2019 till 41 % år 2023; mål 50 % år 2025." (its sentence is in the details chunk, hence a promise). */
  async summary(indicator: Indicator): Promise<string> {
    const d = await loadDetails();
    return this.localize(() => d.plainText(d.summary(this, d.modelOf(this.goals, indicator))));
  }

  // ---- open data -------------------------------------------------------------

  /** The indicator data shown (filters applied) as CSV rows (the CSV code is a chunk fetched on first use, hence a promise). */
  async csvRows(): Promise<CsvRow[]> {
    const csv = await loadCsv();
    return this.localize(() => csv.csvRows(this.visible(), (t) => this.plain(t), msg('Exempeldata')));
  }

  /** The CSV file of the data shown: UTF-8 with BOM, semicolons, decimal comma (see csv.ts). */
  async csvBlob(): Promise<Blob> {
    const { toCsv } = await loadCsv();
    return new Blob([toCsv(await this.csvRows())], { type: 'text/csv;charset=utf-8' });
  }

  private async download(): Promise<void> {
    try {
      const csv = await loadCsv();
      csv.save(await this.csvBlob(), [this.agreement?.id ?? 'agreement', this.area, this.party]);
      if (this.failed.csv) this.failed = {};
    } catch {
      // The CSV chunk could not be fetched (offline, or a deploy replaced the files): say so, with a retry.
      this.failed = { ...this.failed, csv: true };
    }
  }

  /** Retry after a failed chunk: focus goes to the control that needed it (the alert and its button are about to go). */
  private retry(key: 'details' | 'csv', focus: string): void {
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    this.failed = {};
    if (key === 'csv') void this.download();
  }

  // ---- rendering -------------------------------------------------------------
  // Templates have no white space between block-level tags: each would be a text node (2,000 of them with 50 goals).

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.contentLang} dir=${this.direction}>${this.renderFeed((feed) => this.renderLoaded(feed))}</div>`;
  }

  /** @internal A heading at `level` (capped 1–6) with its size class. */
  heading(level: number, content: unknown, cls = ''): TemplateResult {
    const l = Math.max(1, Math.min(6, level));
    return html`<div role="heading" aria-level=${l} class="h h${Math.min(4, l - this.headingLevel + 1)} ${cls}" tabindex=${cls ? -1 : nothing}>${content}</div>`;
  }

  private icon(status: Status): TemplateResult {
    const [fill, mark] = ICONS[status];
    // An empty d draws nothing: one template for every shape.
    return html`<svg class="icon" data-status=${status} viewBox="0 0 16 16" aria-hidden="true"><path class="fill" d=${fill} /><path class="mark" d=${mark} /></svg>`;
  }

  /** @internal A status with its icon and word. */
  badge(status: Status, reported = false): TemplateResult {
    const label = this.statusLabel(status);
    return html`<span class="badge ${reported ? 'reported' : ''}" data-status=${status}>${this.icon(status)}${reported ? msg(str`Rapporterad status: ${label}`) : label}</span>`;
  }

  /** @internal The "Exempeldata" label. */
  exampleBadge(example: boolean | undefined): TemplateResult | typeof nothing {
    return this.renderExampleBadge(example);
  }

  /** @internal Shows or hides an indicator's data table. */
  toggleTable(key: string): void {
    const t = new Set(this.tables);
    if (!t.delete(key)) t.add(key);
    this.tables = t;
  }

  private partyLink(id: string, feed: Feed): TemplateResult | string {
    const org = this.orgs.get(id);
    const name = org ? this.text(org.name) : id;
    const map = feed.region?.links?.partnerMap;
    return org && map ? html`<a href=${`${map.split('#')[0]}#samverkan-org=${encodeURIComponent(id)}`}>${name}</a>` : name;
  }

  /** Parties as a list in the reader's language ("A, B och C"), each linked to the partner map. */
  private parties(ids: readonly string[], feed: Feed): unknown[] {
    return this.list(ids.map((id) => this.partyLink(id, feed)));
  }

  /** "A, B och C" in the reader's language; one item needs no Intl.ListFormat (its first use loads locale data). */
  private list<T>(items: T[]): (T | string)[] {
    return items.length > 1 ? joinList(this.contentLang, items) : items;
  }

  private renderLoaded(feed: Feed): TemplateResult {
    this.sync(feed);
    const a = this.agreement;
    if (!a) return html`<p class="feed-status">${msg('Det finns ingen överenskommelse i flödet.')}</p>`;
    const L = this.headingLevel;
    const title = html`${this.text(a.title)} ${this.renderExampleBadge(a.example)}`;
    if (this.goal) {
      const one = this.visible()[0];
      return one ? html`<p class="part-of">${title}</p>${this.renderGoal(one, feed, L)}` : html`<p class="feed-status">${msg('Målet finns inte i överenskommelsen.')}</p>`;
    }
    const shown = this.visible();
    const areas = a.areas ?? [];
    const orphan = shown.filter((g) => !areas.some((x) => x.id === g.goal.area));
    const head = html`${this.heading(L, title)}${a.summary ? html`<p>${this.text(a.summary)}</p>` : nothing}${this.renderFacts(a, feed, this.goals.length)}`;
    // No goals: the agreement and the message, without a summary of zeros, filters or areas with nothing in them.
    if (!this.goals.length) return html`${head}<p class="feed-status">${msg('Överenskommelsen har inga mål än.')}</p>`;
    return html`${head}${this.renderSummary(a, shown, L + 1)}${this.renderFilters(a, shown.length)}${areas
      .filter((x) => !this.area || x.id === this.area)
      .map((area) => this.renderArea(area, shown.filter((g) => g.goal.area === area.id), a, feed, L + 1))}${orphan.length ? html`<section class="area">${orphan.map((g) => this.renderGoal(g, feed, L + 1))}</section>` : nothing}`;
  }

  /** Period, time elapsed, parties and links; the CSV button only when there are goals (`goals`) to have figures. */
  private renderFacts(a: Agreement, feed: Feed, goals: number): TemplateResult {
    const elapsed = periodElapsed(a.period.start, a.period.end, this.today ?? stockholmToday());
    const years = Math.max(1, Math.round((dayNumber(a.period.end) - dayNumber(a.period.start) + 1) / 365.25));
    const done = Math.floor(elapsed * years + 1e-9);
    const pct = this.percent(elapsed);
    const told = msg(str`${done} av ${years} år (${pct})`);
    const parties = a.parties ?? [];
    const count = parties.length;
    return html`<dl class="facts"><div><dt>${msg('Period')}</dt><dd>${this.date(a.period.start)} – ${this.date(a.period.end)}</dd></div><div><dt id="elapsed">${msg('Tid som har gått')}</dt><dd><progress max="100" value=${Math.round(elapsed * 100)} aria-labelledby="elapsed" aria-valuetext=${told}></progress><span>${told}</span></dd></div></dl>${count
        ? html`<details class="parties"><summary>${msg(str`Undertecknad av ${count} parter`)}</summary><ul class="inline">${parties.map((id) => html`<li>${this.partyLink(id, feed)}</li>`)}</ul></details>`
        : nothing}<p class="links">${a.documentUrl ? html`<a href=${a.documentUrl}>${msg('Läs den undertecknade överenskommelsen')}</a>` : nothing}${this.src
        ? html`<a href=${new URL(this.src, document.baseURI).href} type="application/json">${msg('Flödet som JSON (öppna data)')}</a>`
        : nothing}${goals ? html`<button type="button" class="button csv" @click=${this.download}>${msg('Ladda ner mätvärdena som CSV')}</button>` : nothing}</p>${this.failed.csv
        ? this.renderChunkFailure(() => this.retry('csv', '.csv'))
        : nothing}`;
  }

  private renderSummary(a: Agreement, shown: GoalModel[], level: number): TemplateResult {
    const computed = shown.filter((g) => g.status).map((g) => g.status!);
    const counts = countStatuses(computed);
    const good = counts.achieved + counts['on-track'];
    const reported = shown.length - computed.length;
    const total = computed.length;
    const examples = shown.filter((g) => g.example).length;
    const all = shown.length;
    // Goals with a reported status are not in the computed count: the headline says which goals it counts, and the note right under it why the others are not there.
    return html`<section class="summary" part="summary">${this.heading(level, msg('Läget just nu'))}<p class="headline">${reported
      ? msg(str`${good} av ${total} mål som följs upp med indikatorer är på rätt väg eller uppnådda`)
      : msg(str`${good} av ${total} mål är på rätt väg eller uppnådda`)}</p>${reported
      ? html`<p class="reported-note">${msg(
          str`${reported} mål följs upp med skriftliga rapporter och räknas inte här. Deras status är en bedömning av den som rapporterar, inte uträknad från mätvärden.`,
        )}</p>`
      : nothing}<ul class="counts">${STATUSES.map(
      (s) => html`<li data-status=${s}>${this.icon(s)}<span>${this.statusLabel(s)}</span> <strong>${counts[s]}</strong></li>`,
    )}</ul>${examples
      ? html`<p class="example-note">${this.renderExampleBadge(true)} ${msg(str`${examples} av ${all} mål visar helt eller delvis påhittade exempeluppgifter.`)}</p>`
      : nothing}<ul class="areas">${(a.areas ?? [])
      .filter((x) => !this.area || x.id === this.area)
      .map((area) => {
        const c = countStatuses(shown.filter((g) => g.goal.area === area.id && g.status).map((g) => g.status!));
        return html`<li><span class="area-name">${this.text(area.title)}</span> <span class="area-counts">${STATUSES.filter((s) => c[s]).map(
          (s) => html`<span data-status=${s}>${this.icon(s)}${this.statusLabel(s)}: ${c[s]}</span>`,
        )}</span></li>`;
      })}</ul></section>`;
  }

  private renderFilters(a: Agreement, count: number): TemplateResult {
    const name = (id: string) => this.plain(this.orgs.get(id)!.name);
    // One collator per language, not one per comparison (localeCompare with a locale builds one each call).
    const order = this.cached('collator', () => new Intl.Collator(this.contentLang));
    const ids = [...new Set([...(a.parties ?? []), ...(a.goals ?? []).flatMap((g) => g.responsible ?? [])])]
      .filter((id) => this.orgs.has(id))
      .sort((x, y) => order.compare(name(x), name(y)));
    const total = this.goals.length;
    return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filtrera målen')}><label>${msg('Område')}<select
          @change=${(e: Event) => (this.area = (e.target as HTMLSelectElement).value || null)}
          ><option value="" ?selected=${!this.area}>${msg('Alla områden')}</option>${(a.areas ?? []).map(
            (x) => html`<option value=${x.id} ?selected=${this.area === x.id}>${this.plain(x.title)}</option>`,
          )}</select></label
      ><label>${msg('Part')}<select @change=${(e: Event) => (this.party = (e.target as HTMLSelectElement).value || null)}
          ><option value="" ?selected=${!this.party}>${msg('Alla parter')}</option>${ids.map(
            (id) => html`<option value=${id} ?selected=${this.party === id}>${name(id)}</option>`,
          )}</select></label
      ><p role="status" class="count">${msg(str`Visar ${count} av ${total} mål`)}</p></div>`;
  }

  private renderArea(area: Area, goals: GoalModel[], a: Agreement, feed: Feed, level: number): TemplateResult | typeof nothing {
    const collab = (a.collaborationAreas ?? []).filter((c) => c.area === area.id);
    if (!goals.length && (this.party || !collab.length)) return nothing;
    return html`<section class="area">${this.heading(level, html`${this.text(area.title)} ${this.renderExampleBadge(area.example)}`)}${area.description
      ? html`<p>${this.text(area.description)}</p>`
      : nothing}${goals.map((g) => this.renderGoal(g, feed, level + 1))}${collab.length && !this.party
      ? html`<details class="collab"><summary>${msg('Samverkansområden')} (${collab.length})</summary><ul>${collab.map(
          (c) =>
            html`<li><strong>${this.text(c.title)}</strong> ${this.renderExampleBadge(c.example)} ${c.lead?.length
                ? html`<span class="muted">${msg('Leds av')}: ${this.parties(c.lead, feed)}</span>`
                : nothing}${c.report ? this.renderReport(c.report) : nothing}</li>`,
        )}</ul></details>`
      : nothing}</section>`;
  }

  private renderReport(r: Report, example = false): TemplateResult {
    const who = this.text(r.reporter);
    const when = this.date(r.date);
    return html`<div class="report">${this.badge(r.status, true)} ${this.renderExampleBadge(example || r.example)}<p class="muted">${msg(
      html`Rapporterad av ${who}, ${when}`,
    )}</p><p>${this.text(r.text)}</p></div>`;
  }

  private renderGoal(model: GoalModel, feed: Feed, level: number): TemplateResult {
    const { goal, indicators, status } = model;
    const id = goal.id;
    const isOpen = this.open.has(id) && indicators.length > 0;
    // A goal followed by a report only: the report carries the label.
    const reportOnly = !indicators.length && !!goal.report;
    const collab = this.collab;
    if (isOpen && !details && !this.failed.details) {
      // A failed chunk (offline) shows the shared "could not be loaded" alert with a retry in the goal's details.
      this.pending ??= loadDetails().then(
        () => ((this.pending = undefined), this.requestUpdate()),
        () => ((this.pending = undefined), (this.failed = { ...this.failed, details: true })),
      );
    }
    if (isOpen && details && !this.adopted) {
      this.adopted = true;
      // The chunk's styles join whatever the root has adopted; without adoptable sheets Lit's fallback appends a <style>.
      const root = this.renderRoot as ShadowRoot;
      const d = details.detailStyles;
      if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, d.styleSheet!];
      else adoptStyles(root, [d]);
    }
    const detailsId = `d-${id}`;
    return html`<article class="goal" part="goal" data-goal=${id} data-status=${status ?? goal.report?.status ?? 'no-data'}><div class="goal-head">${this.heading(
      level,
      this.text(goal.title),
      'goal-title',
    )}<span class="badges">${status ? this.badge(status) : nothing}${this.renderExampleBadge(model.example && !reportOnly)}</span></div>${indicators.length
      ? html`<ul class="bars">${indicators.map(({ indicator: i, status: s }) => {
          const lid = `bar-${id}-${i.id}`;
          const pct = this.percent(s.progress);
          const latest = s.latest && this.value(s.latest.value, i);
          const year = s.latest && this.year(s.latest.date);
          const target = this.value(i.target.value, i);
          const targetYear = this.year(i.target.date);
          return html`<li data-status=${s.status}><span id=${lid}>${this.text(i.title)}</span><progress max="100" value=${Math.round(s.progress * 100)} aria-labelledby=${lid} aria-valuetext=${msg(
            str`${pct} av vägen från utgångsvärdet till målet`,
          )}></progress><span class="muted">${latest ? msg(html`Senast ${latest} (${year}).`) : this.statusLabel('no-data') + '.'} ${msg(
            html`Mål ${target} år ${targetYear}.`,
          )}</span></li>`;
        })}</ul>`
      : goal.report
        ? nothing
        : html`<p class="muted">${msg('Inga indikatorer eller rapporter än.')}</p>`}${goal.report
      ? this.renderReport(goal.report, model.example && reportOnly)
      : nothing}${goal.responsible?.length
      ? html`<p><span class="label">${msg('Ansvariga')}:</span> ${this.parties(goal.responsible, feed)}</p>`
      : nothing}${goal.collaborationAreas?.length
      ? html`<p><span class="label">${msg('Samverkansområden')}:</span> ${this.list(goal.collaborationAreas.map((c) => (collab.has(c) ? this.text(collab.get(c)!.title) : c)))}</p>`
      : nothing}${!indicators.length && goal.description ? html`<p>${this.text(goal.description)}</p>` : nothing}<div class="goal-actions">${indicators.length
      ? html`<button type="button" class="button toggle" aria-expanded=${isOpen ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.toggle(goal)}>${msg(
          'Mätvärden och diagram',
        )}</button>`
      : nothing}<a href=${`#samverkan-goal=${encodeURIComponent(id)}`} class="permalink">${msg('Länk till målet')}</a></div><div id=${detailsId} class="details" ?hidden=${!isOpen}>${!isOpen
      ? nothing
      : details
        ? html`${goal.description ? html`<p>${this.text(goal.description)}</p>` : nothing}${indicators.map((x) => details!.renderIndicator(this, x, id, level + 1))}`
        : this.failed.details
          ? this.renderChunkFailure(() => this.retry('details', `[aria-controls="${CSS.escape(detailsId)}"]`))
          : nothing}</div></article>`;
  }

  private toggle(goal: Goal): void {
    const open = new Set(this.open);
    if (open.has(goal.id)) open.delete(goal.id);
    else {
      open.add(goal.id);
      this.select(goal);
      // Opening asks for a chunk that failed before again.
      if (this.failed.details) this.failed = { ...this.failed, details: false };
    }
    this.open = open;
  }
}
