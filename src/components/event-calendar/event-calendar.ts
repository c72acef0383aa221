import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { Events, type CalendarEvent } from '../../feed/sections/events.js';
import { ItemChecker } from '../../feed/item-checker.js';
import { Agreement } from '../../feed/sections/agreement.js';
import { Organizations } from '../../feed/sections/organizations.js';
import { Region } from '../../feed/sections/region.js';
import { DeferredFeedController } from '../../internal/deferred-feed-controller.js';
import { FeedElement } from '../../internal/feed-element.js';
import { dateFormat, joinList, pickText, type PickedText } from '../../internal/format.js';
import { directionOf, nativeName } from '../../internal/language.js';
import { hostStyles } from '../../internal/styles.js';
import { addMonths, dayKey, instantOf, localOf, monthKey, monthStart, mondayOf, ymd } from './days.js';
import { EventIndex, occurrence, prepareAll, type Occurrence } from './expand.js';
import { filterEvents, hasFilters, isInPerson, isOnline, municipalityOf, organizationNames, type Filters } from './filter.js';
import { statusLabel } from './labels.js';
import { agendaModelFor, monthModelFor, type AgendaModel, type DayCell, type MonthModel } from './month-model.js';
import styles from './event-calendar.styles.js';
import { lazyLoader, quietly, whenIdle } from '../../internal/lazy.js';

declare module '../../internal/samverkan-element.js' {
  interface SamverkanEventMap {
    'samverkan-open': CustomEvent<{ event: CalendarEvent; start: number }>;
    'samverkan-select': CustomEvent<SamverkanSelectDetail>;
    'samverkan-download': CustomEvent<{ filename: string; text: string }>;
    'samverkan-filter': CustomEvent<{ filters: Filters }>;
  }
}

export type CalendarView = 'agenda' | 'month';

/** Agenda events in the first render (a phone shows four or five; the rest of a page is one "Visa fler" away), then per "Visa fler". */
const FIRST_PAGE = 20;
const PAGE = 50;
/** Below this host width (px) the agenda is the default view. */
const NARROW = 640;
const FILTER_KEYS = ['municipality', 'category', 'area', 'language', 'audience', 'mode', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];


/** Where a failed chunk's message is shown: the details (dialog), the filter fields, the list's or an event's .ics. */
type ChunkPlace = 'dialog' | 'filters' | 'list' | 'event';
/** What gets focus when a retry from that message succeeded (the message, with the focused button, goes). */
const AFTER_RETRY: Record<ChunkPlace, string> = {
  dialog: '',
  filters: '.fields select',
  list: '[data-ics="list"]',
  event: 'dialog [data-ics="event"]',
};

export type Dialog = { kind: 'event'; occ: Occurrence; fromDay?: number } | { kind: 'day'; day: number };

/** What the lazy modules (dialog.ts, filter-fields.ts) use of the element. @internal */
export interface DialogHost extends HTMLElement {
  readonly textLang: string;
  returnFocus: HTMLElement | null;
  text(t: Parameters<typeof pickText>[0]): PickedText;
  langOf(p: PickedText): string | typeof nothing;
  dirOf(p: PickedText): string | typeof nothing;
  when(o: Occurrence, withDate?: boolean): string;
  dayTitle(day: number, withYear?: boolean): string;
  feedDateTime(value: string): string;
  monthData(feed: Feed): MonthModel;
  openDialog(d: Dialog, opener: HTMLElement): void;
  closeDialog(): void;
  downloadEvent(e: CalendarEvent): Promise<void>;
  exampleBadge(example: boolean | undefined): TemplateResult | typeof nothing;
  languageList(tags: readonly string[]): (TemplateResult | string)[];
  renderRescheduled(e: CalendarEvent, inList: boolean): TemplateResult | typeof nothing;
  chunkFailure(place: 'event'): TemplateResult | typeof nothing;
  filterValue(key: FilterKey): string | null;
  setFilter(key: FilterKey, value: string): void;
  clearFilters(): void;
}

type DialogModule = typeof import('./dialog.js');
let dialogModule: DialogModule | undefined;
let preloaded = false;
type FiltersModule = typeof import('./filter-fields.js');
let filtersModule: FiltersModule | undefined;
/**
 * The lazy chunks' imports, in one object so that a test can make one fail (a reader who went offline after the
 * page loaded, or a deploy that replaced the files). @internal
 */
export const chunks = {
  dialog: (): Promise<DialogModule> => import('./dialog.js'),
  filters: (): Promise<FiltersModule> => import('./filter-fields.js'),
  ics: () => import('./ics.js'),
  jsonld: () => import('./jsonld.js'),
};
const loadFilters = lazyLoader((): Promise<FiltersModule> => chunks.filters().then((m) => (filtersModule = m)));
/** The dialog's chunk, loaded once per page. */
const loadDialog = lazyLoader((): Promise<DialogModule> => chunks.dialog().then((m) => (dialogModule = m)));
let icsModule: typeof import('./ics.js') | undefined;
const loadIcs = lazyLoader(() => chunks.ics().then((m) => (icsModule = m)));
const loadJsonLd = lazyLoader(() => chunks.jsonld());

/** The date formats the views use (one object each, so the per-element cache keys stay few). */
const F_MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const F_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
const F_DAY_YEAR: Intl.DateTimeFormatOptions = { ...F_DAY, year: 'numeric' };
const F_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };
const F_WEEKDAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short' };
const F_WEEKDAY_NARROW: Intl.DateTimeFormatOptions = { weekday: 'narrow' };
const F_TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const F_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

// The first date formatted on a page loads the browser's calendar data (20–40 ms on a slow core): done when the
// page is idle (the feed is usually still on its way), not in the first render. Nothing is shown or requested.
if (typeof window !== 'undefined')
  whenIdle(() => {
    const lang = document.documentElement.lang || 'sv';
    for (const f of [F_MONTH, F_DAY, F_DAY_YEAR, F_WEEKDAY, F_WEEKDAY_SHORT, F_WEEKDAY_NARROW, F_TIME, F_DATE]) dateFormat(lang, f).format(0);
  });

/**
 * Meetings, courses and information sessions from the region's feed: an
 * agenda list and a month grid, in the reader's language and always in
 * Stockholm time, with filters, details and "add to my calendar" files.
 *
 * @summary An accessible, multilingual event calendar (agenda and month grid).
 *
 * @fires samverkan-open - An event's details were opened; detail `{event, start}`.
 * @fires samverkan-select - The same, in the kit's shared form; detail `{event}`.
 * @fires samverkan-download - An .ics file was made; detail `{filename, text}`. Cancel it to handle the file yourself.
 * @fires samverkan-filter - The reader changed a filter; detail `{filters}`.
 * @fires samverkan-load - The feed loaded and every event checked: after the first render, which checks only the events it draws (from FeedElement).
 * @fires samverkan-error - The feed failed (from FeedElement).
 *
 * @csspart base - The root.
 * @csspart toolbar - Period heading, navigation and view switch.
 * @csspart filters - The search and filter form.
 * @csspart count - The number of matching events (a polite live region).
 * @csspart grid - The month grid (a table, role grid).
 * @csspart day - Each day cell of the month grid.
 * @csspart event - Each event: a chip in the grid, an item in the agenda.
 * @csspart agenda - The agenda list.
 * @csspart dialog - The details dialog.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --samverkan-calendar-today - Background of today's cell (default a pale blue).
 * @cssprop --samverkan-calendar-cell-height - Minimum height of a month cell (default 6.5rem).
 */
export class SamverkanEventCalendar extends FeedElement {
  /** Events; the region names municipalities, organisations the organisers, the agreement its areas. */
  static override feedSections = { events: Events, region: Region, organizations: Organizations, agreement: Agreement };
  /** Its first render checks the events it draws; the rest wait for the page to be idle (see `events`). */
  static override Controller = DeferredFeedController;
  protected declare readonly feedState: DeferredFeedController;

  /**
   * Level of the calendar's top heading (the month or "upcoming events"), so it fits the host
   * page's outline; day headings and event titles follow one and two levels below.
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 2;

  /** `agenda` or `month`. Without it: the agenda in containers narrower than 640px, else the month grid. */
  @property({ reflect: true }) view: CalendarView | null = null;
  /** The month shown, `YYYY-MM`; default the current month (Stockholm). */
  @property({ reflect: true }) month: string | null = null;
  /** Only events in this municipality (kommunkod, e.g. `0780`); online events without a place are kept. */
  @property({ reflect: true }) municipality: string | null = null;
  /** Only events of this category (`language-cafe`, `course`, …). */
  @property({ reflect: true }) category: string | null = null;
  /** Only events in this agreement area or collaboration area (id). */
  @property({ reflect: true }) area: string | null = null;
  /** Only events held in this language (BCP 47, e.g. `ar`; `fa` and `prs` find each other). */
  @property({ reflect: true }) language: string | null = null;
  /** Only events for this audience (`newcomers`, `professionals`, …). */
  @property({ reflect: true }) audience: string | null = null;
  /** `online` or `in-person`. */
  @property({ reflect: true }) mode: string | null = null;
  /** Free-text search over titles, descriptions, places and organisers. */
  @property({ reflect: true }) q: string | null = null;
  /** Show events that have ended too (default: only those still to come). */
  @property({ type: Boolean, reflect: true }) past = false;
  /** Put schema.org Event JSON-LD for the upcoming events in the light DOM, for search engines. */
  @property({ type: Boolean, reflect: true }) jsonld = false;
  /** Events shown per day cell before "+N more". */
  @property({ type: Number, attribute: 'max-per-day' }) maxPerDay = 3;
  /** The current time (epoch ms) for "today" and "upcoming": tests and previews fix it; default the clock. */
  @property({ attribute: false }) now: number | null = null;

  @state() private autoView: CalendarView = 'month';
  @state() private focusDay: number | null = null;
  @state() private agendaLimit = FIRST_PAGE;
  @state() private dialog: Dialog | null = null;
  @state() private announcement = '';
  @state() private filtersOpen = false;
  /** A chunk that could not be fetched, per place it is shown: its retry. */
  @state() private failed: Partial<Record<ChunkPlace, () => void>> = {};

  @query('dialog') private dialogEl?: HTMLDialogElement;

  private resizer?: ResizeObserver;
  /** @internal */
  returnFocus: HTMLElement | null = null;
  private focusAfterUpdate: (() => void) | null = null;
  /** Events as they came, each checked when read: before the whole feed is checked (see `events`). */
  private checker: { input: unknown; items: ItemChecker<CalendarEvent> } | null = null;
  /** The event list `index` reads (checked, or as it came: see `events`). */
  private list: readonly CalendarEvent[] = [];
  private index = new EventIndex();
  private byIdFor: unknown = null;
  /** Feed position of each event id in `list`. */
  private byId = new Map<unknown, number>();
  private filteredKey = '';
  private filteredList: readonly CalendarEvent[] = [];
  private models = new Map<string, MonthModel | AgendaModel>();
  private jsonLdScript: HTMLScriptElement | null = null;
  private lastCountText = '';
  private announcementFor = '';

  static override styles = [hostStyles, styles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(([entry]) => {
      const next = entry.contentRect.width > 0 && entry.contentRect.width < NARROW ? 'agenda' : 'month';
      // Next frame: switching views inside the observer's callback would resize the host again in the same frame.
      if (next !== this.autoView) requestAnimationFrame(() => (this.autoView = next));
    });
    this.resizer.observe(this);
    if (!this.view) {
      // Measure once now, so the first render already shows the view that fits (no grid flashing on a phone).
      const width = this.getBoundingClientRect().width;
      if (width > 0) this.autoView = width < NARROW ? 'agenda' : 'month';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = undefined;
  }

  // ---- data ---------------------------------------------------------------

  private get currentNow(): number {
    return this.now ?? Date.now();
  }

  private get today(): number {
    return localOf(this.currentNow).day;
  }

  /** The view in use: the `view` attribute, else the one the container's width suggests. */
  get effectiveView(): CalendarView {
    return this.view === 'agenda' || this.view === 'month' ? this.view : this.autoView;
  }

  get filters(): Filters {
    return { municipality: this.municipality, category: this.category, area: this.area, language: this.language, audience: this.audience, mode: this.mode, q: this.q };
  }

  /**
   * The feed's events, read once each, lazily, through `index` (see
   * EventIndex). Until all events are checked (a first render leaves them for
   * later: see `checkLater`) this is the list as it came, and the index checks
   * each event it reads: the views read only their events' `start`, `end` and
   * `rrule` before that, with their types guarded.
   */
  private events(feed: Feed): readonly CalendarEvent[] {
    const raw = feed.events ? undefined : this.feedState.unchecked('events');
    if (raw !== undefined && this.checker?.input !== raw) this.checker = { input: raw, items: new ItemChecker<CalendarEvent>('events', Events, raw) };
    const unchecked = raw !== undefined ? this.checker!.items : null;
    const list = unchecked ? (unchecked.raw as readonly CalendarEvent[]) : (feed.events ?? []);
    if (this.list !== list) {
      this.list = list;
      this.index = new EventIndex(list, unchecked ? (i) => unchecked.get(i) : undefined);
      this.filteredKey = '';
    }
    return list;
  }

  /** A filter, or the filter lists, read every event: those need the feed checked in full. */
  private needsAllEvents(): boolean {
    return this.filtersOpen || hasFilters(this.filters);
  }

  /** @internal Sections the first render may draw before they are all checked (DeferringHost). */
  checkLater(): readonly 'events'[] {
    return this.needsAllEvents() ? [] : ['events'];
  }

  /** The events that pass the filters. */
  private filtered(feed: Feed): readonly CalendarEvent[] {
    const list = this.events(feed);
    const key = JSON.stringify(this.filters);
    if (key !== this.filteredKey) {
      this.filteredKey = key;
      this.filteredList = filterEvents(list, this.filters, hasFilters(this.filters) ? organizationNames(feed) : undefined);
      this.models.clear();
    }
    return this.filteredList;
  }

  private get firstOfMonth(): number {
    return monthStart(this.month) ?? addMonths(this.today, 0);
  }

  /** The month grid's data (pure; see month-model.ts), kept until the data, month, filters or time change. */
  monthData(feed: Feed): MonthModel {
    const list = this.filtered(feed);
    const key = `m|${this.firstOfMonth}|${this.past}|${this.currentNow}`;
    const cached = this.models.get(key) as MonthModel | undefined;
    if (cached) return cached;
    const model = monthModelFor(list, this.index, this.firstOfMonth);
    if (!this.past) {
      // Upcoming only: drop what has ended, keep the grid.
      const now = this.currentNow;
      const ended = (o: Occurrence) => (o.end > o.start ? o.end : o.start + 3600000) <= now;
      let count = 0;
      const next = addMonths(model.first, 1);
      const seen = new Set<Occurrence>();
      for (const week of model.weeks)
        for (const cell of week.days) {
          if (cell.day >= this.today + 1) continue;
          cell.items = cell.items.filter((o) => !ended(o));
          model.byDay.set(cell.key, cell.items);
        }
      for (const items of model.byDay.values())
        for (const o of items) {
          if (!seen.has(o) && o.startDay < next && o.lastDay >= model.first) {
            seen.add(o);
            count++;
          }
        }
      model.count = count;
    }
    this.models.set(key, model);
    return model;
  }

  agendaData(feed: Feed): AgendaModel {
    const list = this.filtered(feed);
    const key = `a|${this.past}|${this.currentNow}|${this.agendaLimit}`;
    const cached = this.models.get(key) as AgendaModel | undefined;
    if (cached) return cached;
    const model = agendaModelFor(list, this.index, this.currentNow, this.today, this.past, this.agendaLimit);
    this.models.set(key, model);
    return model;
  }

  // ---- lifecycle ----------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.needsAllEvents()) this.feedState.finish();
    if (FILTER_KEYS.some((k) => changed.has(k)) || changed.has('past') || changed.has('view')) this.agendaLimit = FIRST_PAGE;
    // The selects' chunk: when the panel is open (by the reader, or by a filter attribute).
    if (!filtersModule && !this.failed.filters && (this.filtersOpen || FILTER_KEYS.some((k) => k !== 'q' && this[k])))
      loadFilters().then(
        () => this.requestUpdate(),
        () =>
          this.fail('filters', () =>
            loadFilters().then(
              () => this.fail('filters'),
              () => undefined,
            ),
          ),
      );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      const f = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      f();
    }
    void this.syncJsonLd();
    // After the first render with data: fetch the dialog's and the filters' chunks when the page is idle, so a click on an event opens it at once.
    if (!preloaded && this.feedState.data) {
      preloaded = true;
      whenIdle(() => {
        quietly(loadDialog());
        quietly(loadFilters());
      });
    }
  }

  // ---- rendering ----------------------------------------------------------

  /** A heading's level `offset` below the calendar's own, within HTML's six. */
  private level(offset: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.contentLang} dir=${this.direction}>${this.renderFeed((feed) => this.renderCalendar(feed))}</div>`;
  }

  private renderCalendar(feed: Feed): TemplateResult {
    const view = this.effectiveView;
    const month = view === 'month' ? this.monthData(feed) : null;
    const agenda = view === 'agenda' ? this.agendaData(feed) : null;
    const count = month ? month.count : agenda!.total;
    const periodTitle = month ? this.monthTitle(month.first) : this.past ? msg('Alla evenemang') : msg('Kommande evenemang');
    const countText = count === 1 ? msg('1 evenemang') : msg(str`${count} evenemang`);
    const announce = month ? `${periodTitle}: ${countText}` : countText;
    // A passing message ("no events that day") shows until the count changes; the live region reads each change.
    const live = this.announcement && this.announcementFor === announce ? this.announcement : announce;
    this.lastCountText = announce;
    return html`
      <div class="toolbar" part="toolbar">
        <h2 class="period" id="period" aria-level=${this.level(0)}>${periodTitle}</h2>
        ${month
          ? html`<div class="nav" role="group" aria-label=${msg('Byt månad')}>
              <button class="button" type="button" data-nav="prev" @click=${() => this.shiftMonth(-1)}>
                <span aria-hidden="true" class="arrow">${this.direction === 'rtl' ? '›' : '‹'}</span> ${msg('Föregående')}<span class="visually-hidden">&nbsp;${msg('månad')}</span>
              </button>
              <button class="button" type="button" data-nav="today" ?disabled=${monthKey(this.today) === monthKey(month.first)} @click=${this.goToday}>${msg('Idag')}</button>
              <button class="button" type="button" data-nav="next" @click=${() => this.shiftMonth(1)}>
                ${msg('Nästa')}<span class="visually-hidden">&nbsp;${msg('månad')}</span> <span aria-hidden="true" class="arrow">${this.direction === 'rtl' ? '‹' : '›'}</span>
              </button>
            </div>`
          : nothing}
        <div class="views" role="group" aria-label=${msg('Visa som')}>
          <button class="button" type="button" data-view="agenda" aria-pressed=${String(view === 'agenda')} @click=${() => this.setView('agenda')}>${msg('Lista')}</button>
          <button class="button" type="button" data-view="month" aria-pressed=${String(view === 'month')} @click=${() => this.setView('month')}>${msg('Månad')}</button>
        </div>
      </div>
      ${this.renderFilters(feed)}
      <div class="summary">
        <p class="count" part="count" aria-live="polite" aria-atomic="true">${live}</p>
        <label class="past"><input type="checkbox" .checked=${this.past} @change=${(e: Event) => this.setPast((e.target as HTMLInputElement).checked)} />${msg('Visa evenemang som redan har varit')}</label>
        <button class="button" type="button" data-ics="list" ?disabled=${count === 0} @click=${() => this.downloadList()}>${msg('Spara listan i din kalender (.ics)')}</button>
      </div>
      ${count === 0
        ? html`<div class="empty" part="empty">
            <p>${hasFilters(this.filters) ? msg('Inga evenemang matchar dina val.') : msg('Det finns inga evenemang att visa.')}</p>
            ${hasFilters(this.filters) ? html`<button class="button" type="button" data-clear @click=${this.clearFilters}>${msg('Rensa filter')}</button>` : nothing}
          </div>`
        : nothing}
      ${this.chunkFailure('list')}${this.chunkFailure('dialog')}
      ${month ? this.renderMonth(month) : this.renderAgenda(agenda!)}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose} @click=${this.onDialogClick}>${this.dialog && dialogModule ? dialogModule.renderDialog(this, feed, this.dialog) : nothing}</dialog>
    `;
  }

  private formats = new Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>();
  private formatsLang = '';
  /** dateFormat, kept per options (the F_* constants) for the current language: the shared helper checks the locale on every call. */
  private df(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    if (this.formatsLang !== this.contentLang) {
      this.formatsLang = this.contentLang;
      this.formats.clear();
    }
    let f = this.formats.get(options);
    if (!f) {
      f = dateFormat(this.contentLang, options);
      this.formats.set(options, f);
    }
    return f;
  }

  private monthTitle(first: number): string {
    return this.df(F_MONTH).format(instantOf(first, 720));
  }

  /** @internal */
  dayTitle(day: number, withYear = false): string {
    const { year } = ymd(day);
    return this.df(withYear || year !== ymd(this.today).year ? F_DAY_YEAR : F_DAY).format(instantOf(day, 720));
  }

  private time(ms: number): string {
    return this.df(F_TIME).format(ms);
  }

  /** "18:00–20:00", "Hela dagen", "10 mars 09:00 – 11 mars 16:00". Ranges are isolated, so right-to-left text does not reverse them. */
  /** @internal */
  when(o: Occurrence, withDate = false): string {
    const sameDay = o.lastDay === o.startDay;
    if (o.allDay) {
      if (sameDay) return withDate ? `${this.dayTitle(o.startDay, true)}, ${msg('hela dagen')}` : msg('Hela dagen');
      return `${this.shortDate(o.startDay)} \u2013 ${this.shortDate(o.lastDay)}`;
    }
    const end = o.end > o.start ? o.end : null;
    if (sameDay) {
      const t = end ? `\u2066${this.time(o.start)}–${this.time(end)}\u2069` : this.time(o.start);
      return withDate ? `${this.dayTitle(o.startDay, true)}, ${t}` : t;
    }
    return `${this.shortDate(o.startDay)} \u2066${this.time(o.start)}\u2069 – ${this.shortDate(localOf(o.end).day)} \u2066${this.time(o.end)}\u2069`;
  }

  private shortDate(day: number): string {
    return this.df(F_DATE).format(instantOf(day, 720));
  }

  /** @internal */
  text(t: Parameters<typeof pickText>[0]): PickedText {
    return pickText(t, this.contentLang);
  }

  /** @internal */
  langOf(p: PickedText) {
    return p.lang !== this.contentLang ? p.lang : nothing;
  }

  /** @internal A feed text in another language keeps its own direction (Swedish in Arabic: ltr, so an ellipsis cuts its end, not its start). */
  dirOf(p: PickedText) {
    return p.lang !== this.contentLang ? directionOf(p.lang) : nothing;
  }

  // ---- filters ------------------------------------------------------------

  private renderFilters(feed: Feed): TemplateResult {
    const active = FILTER_KEYS.filter((k) => k !== 'q' && this[k]).length;
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Sök och filtrera evenemang')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="f-q">${msg('Sök')}</label>
        <input id="f-q" type="search" data-filter="q" .value=${this.q ?? ''} autocomplete="off" @input=${this.onSearch} />
      </div>
      <details class="more-filters" ?open=${active > 0 || this.filtersOpen} @toggle=${this.onFiltersToggle}>
        <summary>${active ? msg(str`Fler filter (${active} valda)`) : msg('Fler filter')}</summary>
        ${active > 0 || this.filtersOpen ? (filtersModule ? filtersModule.renderFilterFields(this, feed, active) : this.chunkFailure('filters')) : nothing}
      </details>
    </form>`;
  }

  private onFiltersToggle = (e: Event) => {
    this.filtersOpen = (e.target as HTMLDetailsElement).open;
  };

  private searchTimer = 0;
  private onSearch = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // Wait for a pause in typing, so a screen reader is not handed a count per letter.
    this.searchTimer = window.setTimeout(() => this.setFilter('q', value), 250);
  };

  /** @internal */
  filterValue(key: FilterKey): string | null {
    return this[key];
  }

  /** @internal */
  setFilter(key: FilterKey, value: string): void {
    this[key] = value.trim() ? value : null;
    this.emit('samverkan-filter', { filters: this.filters });
  }

  /** @internal */
  clearFilters = () => {
    for (const k of FILTER_KEYS) this[k] = null;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('#f-q')?.focus();
    this.emit('samverkan-filter', { filters: this.filters });
  };

  private setPast(value: boolean): void {
    this.past = value;
  }

  // ---- navigation ---------------------------------------------------------

  private setView(view: CalendarView): void {
    this.view = view;
    // The pressed button stays where it was: focus stays on it.
  }

  private shiftMonth(delta: number): void {
    const first = addMonths(this.firstOfMonth, delta);
    this.month = monthKey(first);
    if (this.focusDay !== null) this.focusDay = first + Math.min(ymd(this.focusDay).day, ymd(addMonths(first, 1) - 1).day) - 1;
  }

  private goToday = () => {
    this.month = monthKey(this.today);
    this.focusDay = this.today;
    // The Today button is disabled now: move focus to today's cell rather than lose it.
    this.focusAfterUpdate = () => this.focusCell(this.today);
  };

  private focusCell(day: number): void {
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`)?.focus();
  }

  // ---- month grid ---------------------------------------------------------

  private renderMonth(m: MonthModel): TemplateResult {
    const today = this.today;
    const first = m.first;
    const next = addMonths(first, 1);
    const focus = this.focusDay !== null && this.focusDay >= first && this.focusDay < next ? this.focusDay : today >= first && today < next ? today : first;
    const weekdays = m.weeks[0].days.map((c) => instantOf(c.day, 720));
    const long = this.df(F_WEEKDAY);
    const short = this.df(F_WEEKDAY_SHORT);
    // A narrow grid shows one-letter names: Arabic and Persian "short" names are whole words, and ran into each other.
    const narrow = this.df(F_WEEKDAY_NARROW);
    const max = Math.max(1, this.maxPerDay);
    const week = `${msg('Vecka')} `;
    return html`<table class="grid" role="grid" part="grid" aria-labelledby="period" @keydown=${this.onGridKey} @click=${this.onGridClick}><thead><tr><th scope="col" class="wk"><span class="visually-hidden" .textContent=${week}></span><span aria-hidden="true">${msg('v.')}</span></th>${weekdays.map((d) => html`<th scope="col"><span aria-hidden="true" class="wd" .textContent=${short.format(d)}></span><span aria-hidden="true" class="wd-narrow" .textContent=${narrow.format(d)}></span><span class="visually-hidden" .textContent=${long.format(d)}></span></th>`)}</tr></thead><tbody>${m.weeks.map(
        (w) => html`<tr><th scope="row" class="wk"><span class="visually-hidden" .textContent=${week}></span>${w.week}</th>${w.days.map((c) => this.renderCell(c, today, focus, max))}</tr>`,
      )}</tbody></table>
    <p class="grid-help" id="grid-help">${msg('Använd piltangenterna för att gå mellan dagarna och Enter för att se dagens evenemang.')}</p>`;
  }

  /**
   * One day cell. Written without whitespace between tags and with one binding
   * per piece of text: a month has 42 cells and up to 126 chips, and every
   * whitespace text node and binding marker is a DOM node to make and lay out.
   * The day number is the cell's first child, no wrapper: read by sight; the
   * hidden label beside it is what a screen reader reads.
   */
  private renderCell(c: DayCell, today: number, focus: number, max: number): TemplateResult {
    const n = c.items.length;
    const shown = n > max ? c.items.slice(0, max) : c.items;
    const more = n - shown.length;
    const label = `${this.dayTitle(c.day)}${c.day === today ? `, ${msg('idag')}` : ''}${n ? `, ${n === 1 ? msg('1 evenemang') : msg(str`${n} evenemang`)}` : ''}`;
    const cls = `${c.inMonth ? '' : 'other '}${c.day === today ? 'today' : ''}`;
    // The list and the "+N more" button are always there (hidden when empty): no nested template per cell.
    return html`<td role="gridcell" part="day" data-day=${c.day} tabindex=${c.day === focus ? 0 : -1} class=${cls} aria-current=${c.day === today ? 'date' : nothing}><span class="date" aria-hidden="true" .textContent=${c.date}></span><span class="visually-hidden" .textContent=${label}></span><ul class="chips" ?hidden=${!n}>${shown.map((o) => this.renderChip(o, c.day))}</ul><button type="button" tabindex="-1" class="more" ?hidden=${more <= 0} .textContent=${more > 0 ? msg(str`+${more} till`) : ''}></button></td>`;
  }

  /**
   * One chip. The usual one (scheduled, its title in the interface language) is one line of text with three
   * bindings. A chip with a status word, or with a title in another language, has `data-status`, its title's
   * `lang` and `dir`, and is a row whose title clips itself in its own direction (a Swedish title in an Arabic
   * grid keeps its start). The time is empty (and not shown) on an all-day chip and on a later day of a multi-day one.
   */
  private renderChip(o: Occurrence, day: number): TemplateResult {
    const e = o.event;
    const title = this.text(e.title);
    const time = !o.allDay && o.startDay === day ? this.time(o.start) : '';
    const status = statusLabel(e.status);
    return !status && title.lang === this.contentLang
      ? time
        ? html`<li><button type="button" tabindex="-1" class="chip" part="event" data-key=${o.key}><span class="chip-time" .textContent=${time}></span> <span class="chip-title" .textContent=${title.text}></span></button></li>`
        : html`<li><button type="button" tabindex="-1" class="chip" part="event" data-key=${o.key}><span class="chip-title" .textContent=${title.text}></span></button></li>`
      : html`<li><button type="button" tabindex="-1" class="chip" part="event" data-key=${o.key} data-status=${e.status ?? 'scheduled'}><span class="chip-time" .textContent=${time}></span> ${status ? html`<span class="chip-status">${status}:</span> ` : nothing}<span class="chip-title" lang=${this.langOf(title)} dir=${this.dirOf(title)} .textContent=${title.text}></span></button></li>`;
  }

  private occByKey(key: string, feed: Feed | null = this.feedState.data): Occurrence | undefined {
    if (!feed) return undefined;
    const m = this.effectiveView === 'month' ? this.monthData(feed) : null;
    if (m) for (const items of m.byDay.values()) for (const o of items) if (o.key === key) return o;
    const a = this.agendaData(feed);
    for (const d of a.days) for (const o of d.items) if (o.key === key) return o;
    return undefined;
  }

  private onGridClick = (e: Event) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    this.focusDay = day;
    const chip = target.closest<HTMLElement>('button.chip');
    const more = target.closest<HTMLElement>('button.more');
    if (chip) {
      const occ = this.occByKey(chip.dataset.key!);
      if (occ) this.openDialog({ kind: 'event', occ }, cell);
    } else if (more) this.openDialog({ kind: 'day', day }, cell);
    else cell.focus();
  };

  private onGridKey = (e: KeyboardEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    const day = Number(cell.dataset.day);
    const rtl = this.direction === 'rtl';
    let target: number | null = null;
    switch (e.key) {
      case 'ArrowRight':
        target = day + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        target = day + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        target = day + 7;
        break;
      case 'ArrowUp':
        target = day - 7;
        break;
      case 'Home':
        target = e.ctrlKey ? addMonths(day, 0) : mondayOf(day);
        break;
      case 'End':
        target = e.ctrlKey ? addMonths(day, 1) - 1 : mondayOf(day) + 6;
        break;
      case 'PageUp':
      case 'PageDown': {
        const delta = (e.key === 'PageUp' ? -1 : 1) * (e.shiftKey ? 12 : 1);
        const first = addMonths(day, delta);
        target = first + Math.min(ymd(day).day, ymd(addMonths(first, 1) - 1).day) - 1;
        break;
      }
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const feed = this.feedState.data;
        const items = feed ? (this.monthData(feed).byDay.get(dayKey(day)) ?? []) : [];
        if (items.length === 1) this.openDialog({ kind: 'event', occ: items[0] }, cell);
        else if (items.length > 1) this.openDialog({ kind: 'day', day }, cell);
        else {
          this.announcement = `${this.dayTitle(day)}: ${msg('inga evenemang')}`;
          this.announcementFor = this.lastCountText;
        }
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    this.moveFocus(target);
  };

  private moveFocus(day: number): void {
    this.focusDay = day;
    const first = this.firstOfMonth;
    if (day < first || day >= addMonths(first, 1)) this.month = monthKey(day);
    this.focusAfterUpdate = () => this.focusCell(day);
    // The cell may be in this render already: focus it now too, so no key press waits for a frame.
    this.focusCell(day);
    this.requestUpdate();
  }

  // ---- agenda -------------------------------------------------------------

  private renderAgenda(a: AgendaModel): TemplateResult {
    let n = 0;
    const today = this.today;
    return html`<ol class="agenda" part="agenda" aria-labelledby="period">${a.days.map(
        (d) => html`<li class="agenda-day"><h3 class="day-heading" aria-level=${this.level(1)} .textContent=${d.day === today ? `${msg('Idag')}, ${this.dayTitle(d.day)}` : this.dayTitle(d.day)}></h3><ul class="events">${d.items.map((o) => this.renderAgendaItem(o, n++))}</ul></li>`,
      )}</ol>
      ${a.shown < a.total
        ? html`<p class="more-row">
            <button class="button" type="button" data-more-agenda @click=${() => this.showMore(a.shown)}>${msg(str`Visa fler (${a.shown} av ${a.total} visas)`)}</button>
          </p>`
        : nothing}`;
  }

  private renderAgendaItem(o: Occurrence, index: number): TemplateResult {
    const e = o.event;
    const title = this.text(e.title);
    const status = statusLabel(e.status);
    const feed = this.feedState.data;
    const muni = municipalityOf(e);
    const muniName = muni ? feed?.region?.municipalities?.find((m) => m.code === muni)?.name : undefined;
    const place = this.text(e.location?.name);
    const placeName = place.text;
    const townName = e.location?.address?.city ?? muniName;
    const town = townName && !placeName.includes(townName) ? townName : '';
    // Place names come in the feed's languages, towns are Swedish names: each keeps its own language when it differs from the interface's.
    const townText: PickedText = { text: town, lang: 'sv', fallback: false };
    const where = !placeName
      ? town && html`<span lang=${this.langOf(townText)} dir=${this.dirOf(townText)} .textContent=${town}></span>`
      : !town || this.langOf(place) === this.langOf(townText)
        ? html`<span lang=${this.langOf(place)} dir=${this.dirOf(place)} .textContent=${town ? `${placeName}, ${town}` : placeName}></span>`
        : html`<span><bdi lang=${this.langOf(place)} dir=${this.dirOf(place)} .textContent=${placeName}></bdi>, <bdi lang=${this.langOf(townText)} dir=${this.dirOf(townText)} .textContent=${town}></bdi></span>`;
    // No whitespace between tags (.meta is a flex row with gaps): 50 items of whitespace text nodes are a third of the list's nodes.
    return html`<li class="event" part="event" data-key=${o.key} data-status=${e.status ?? 'scheduled'} data-index=${index}><p class="when" .textContent=${this.when(o)}></p><div class="what"><h4 class="title" aria-level=${this.level(2)}><button type="button" class="title-button" data-open=${o.key} @click=${(ev: Event) => this.openDialog({ kind: 'event', occ: o }, ev.currentTarget as HTMLElement)}>${status ? html`<span class="status-word">${status}:</span> ` : nothing}<span lang=${this.langOf(title)} dir=${this.dirOf(title)} .textContent=${title.text}></span></button></h4>${e.status && e.status !== 'scheduled' && e.statusNote ? this.renderStatusNote(this.text(e.statusNote)) : nothing}${this.renderRescheduled(e, true)}<p class="meta">${where || nothing}${isOnline(e) ? html`<span class="online" .textContent=${isInPerson(e) ? msg('Även digitalt') : msg('Digitalt')}></span>` : nothing}${e.languages?.length ? html`<span>${msg('Språk:')} ${this.languageList(e.languages)}</span>` : nothing}${this.renderExampleBadge(e.example)}</p></div></li>`;
  }

  private renderStatusNote(note: PickedText): TemplateResult {
    return html`<p class="status-note" lang=${this.langOf(note)} dir=${this.dirOf(note)}>${note.text}</p>`;
  }

  /** The event that replaces `e` (its `rescheduledTo`), when it is in the feed; unknown ids were warned about by the validator. */
  private rescheduledOcc(e: CalendarEvent): Occurrence | null {
    if (!e.rescheduledTo) return null;
    const list = this.list;
    if (this.byIdFor !== list) {
      this.byIdFor = list;
      // Read before the events are all checked too (an item may be anything): the index checks the one found.
      this.byId = new Map(list.map((x, i) => [(x as Partial<CalendarEvent> | null)?.id, i]));
    }
    const at = this.byId.get(e.rescheduledTo);
    const p = at !== undefined ? this.index.get(list[at], at) : null;
    return p && p.event.id !== e.id ? occurrence(p, p.start.day, !!p.rule) : null;
  }

  /** "Flyttat till 12 januari 2027 13:00", a link-styled button that opens the new event's details. */
  /** @internal */
  renderRescheduled(e: CalendarEvent, inList: boolean): TemplateResult | typeof nothing {
    if (!e.rescheduledTo || e.status === 'scheduled') return nothing;
    const o = this.rescheduledOcc(e);
    if (!o) return nothing;
    const date = o.allDay ? this.shortDate(o.startDay) : `${this.shortDate(o.startDay)} ${this.time(o.start)}`;
    return html`<p class="rescheduled"><button type="button" class="link-button" data-rescheduled=${o.event.id} @click=${(ev: Event) => this.openDialog({ kind: 'event', occ: o }, inList ? (ev.currentTarget as HTMLElement) : (this.returnFocus ?? this))}>${msg(str`Flyttat till ${date}`)}</button></p>`;
  }

  /** @internal The language the calendar is shown in (contentLang), for the lazy modules. */
  get textLang(): string {
    return this.contentLang;
  }

  /** @internal */
  exampleBadge(example: boolean | undefined): TemplateResult | typeof nothing {
    return this.renderExampleBadge(example);
  }

  /** @internal */
  languageList(tags: readonly string[]): (TemplateResult | string)[] {
    // Each name in its own script and language, isolated; the separators are the interface language's ("، … و" in Arabic).
    return joinList(this.contentLang, tags.map((t) => html`<bdi lang=${t}>${nativeName(t)}</bdi>`));
  }

  private showMore(shownBefore: number): void {
    this.agendaLimit += PAGE;
    // Focus moves to the first new event, so a keyboard reader continues where the list grew.
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`li.event[data-index="${shownBefore}"] .title-button`)?.focus();
  }

  // ---- dialog -------------------------------------------------------------

  /** @internal */
  openDialog(d: Dialog, opener: HTMLElement): void {
    if (!dialogModule) {
      // First details on this page: the dialog's chunk (usually preloaded by now), then open; if it cannot be
      // fetched, a message with a retry that opens these details (focus stays where it was).
      loadDialog().then(
        () => this.openDialog(d, opener),
        () => this.fail('dialog', () => this.openDialog(d, opener)),
      );
      return;
    }
    this.fail('dialog');
    this.adoptDialogStyles(dialogModule);
    // A dialog that is showing keeps its opener (the details moved to another event); a closed one whose
    // close event is still on its way (see onDialogClose) counts as closed.
    if (!this.dialogEl?.open) this.returnFocus = opener;
    this.dialog = d;
    if (d.kind === 'event') {
      this.emit('samverkan-open', { event: d.occ.event, start: d.occ.start });
      this.emit('samverkan-select', { event: d.occ.event });
    }
    this.focusAfterUpdate = () => {
      const dlg = this.dialogEl;
      if (!dlg) return;
      this.shownDialog = d;
      if (!dlg.open) dlg.showModal();
      dlg.querySelector<HTMLElement>('h2')?.focus();
    };
  }

  private dialogStyled = false;
  private adoptDialogStyles(m: DialogModule): void {
    if (this.dialogStyled) return;
    this.dialogStyled = true;
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof SamverkanEventCalendar).elementStyles, m.styles]);
  }

  /** Closes the details and gives focus back to what opened them. */
  closeDialog(): void {
    this.dialogEl?.close();
  }

  /** The details the dialog element shows (set when it is shown), to tell a late close event from a current one. */
  private shownDialog: Dialog | null = null;

  private onDialogClose = () => {
    // The close event comes a task after close(), and may arrive when the dialog is open again (a reader
    // who closes and at once opens another event; seen in tests when the page is busy): details shown
    // since are not the ones that closed, and must not be emptied under an open dialog.
    if (this.dialog !== this.shownDialog || this.dialogEl?.open) return;
    this.shownDialog = null;
    this.dialog = null;
    this.fail('event');
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus();
    else if (back?.dataset.day) this.focusCell(Number(back.dataset.day));
  };

  private onDialogClick = (e: MouseEvent) => {
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    if (e.target === this.dialogEl) {
      const r = this.dialogEl.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.closeDialog();
    }
  };

  private prepFeedTime(value: string) {
    return prepareAll([{ id: 'x', title: '', start: value } as CalendarEvent])[0]?.start ?? null;
  }

  /** @internal */
  feedDateTime(value: string): string {
    const t = this.prepFeedTime(value);
    if (!t) return value;
    return t.allDay ? this.shortDate(t.day) : `${this.shortDate(t.day)} ${this.time(t.ms)}`;
  }

  // ---- files --------------------------------------------------------------

  /** The .ics text of one event (by id). The iCalendar module loads on first use. */
  async icsForEvent(id: string): Promise<string | null> {
    const { icsCalendar, icsOptionsFor } = await loadIcs();
    this.feedState.finish();
    const feed = this.feedState.data;
    const event = feed?.events?.find((e) => e.id === id);
    return feed && event ? icsCalendar([event], icsOptionsFor(feed, this.contentLang, this.currentNow)) : null;
  }

  /** The .ics text of every event that passes the current filters. */
  async icsForList(): Promise<string | null> {
    const { icsCalendar, icsOptionsFor } = await loadIcs();
    this.feedState.finish();
    const feed = this.feedState.data;
    if (!feed) return null;
    const region = feed.region ? this.text(feed.region.name).text : '';
    return icsCalendar(
      this.filtered(feed),
      icsOptionsFor(feed, this.contentLang, this.currentNow),
      region ? `${this.localize(() => msg('Evenemang'))} – ${region}` : undefined,
    );
  }

  /** @internal */
  async downloadEvent(e: CalendarEvent): Promise<void> {
    let text: string | null;
    try {
      text = await this.icsForEvent(e.id);
    } catch {
      this.fail('event', () => void this.downloadEvent(e));
      return;
    }
    this.fail('event');
    if (text) this.download(e.title, text);
  }

  private async downloadList(): Promise<void> {
    let text: string | null;
    try {
      text = await this.icsForList();
    } catch {
      this.fail('list', () => void this.downloadList());
      return;
    }
    this.fail('list');
    if (text) this.download(null, text);
  }

  /**
   * Notes that a chunk could not be fetched (with the action to retry), or, without `retry`, that it came.
   * The message stays while a retry is under way, so focus stays on its button.
   */
  private fail(place: ChunkPlace, retry?: () => void): void {
    if (this.failed[place] === retry) return;
    if (!retry && AFTER_RETRY[place] && (this.renderRoot as ShadowRoot).activeElement?.closest(`[data-chunk="${place}"]`))
      this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(AFTER_RETRY[place])?.focus();
    this.failed = { ...this.failed, [place]: retry };
  }

  /** @internal "This part could not be loaded" with its retry, where the chunk for `place` failed. */
  chunkFailure(place: ChunkPlace): TemplateResult | typeof nothing {
    const retry = this.failed[place];
    return retry ? html`<div data-chunk=${place}>${this.renderChunkFailure(retry)}</div>` : nothing;
  }

  /** Resolves when the JSON-LD block is in the light DOM (for tests and apps that read it). */
  get jsonLdReady(): Promise<void> {
    return this.updateComplete.then(() => this.syncJsonLd());
  }

  /** Saves an .ics file named after `title` (the list's: "evenemang"), unless a listener of samverkan-download handles it. */
  private download(title: CalendarEvent['title'] | null, text: string): void {
    const filename = icsModule!.icsFileName(title ? this.text(title).text : this.localize(() => msg('evenemang')));
    if (this.emit('samverkan-download', { filename, text }, { cancelable: true })) icsModule!.saveFile(this.renderRoot, filename, text);
  }

  // ---- JSON-LD ------------------------------------------------------------

  private async syncJsonLd(): Promise<void> {
    if (!this.jsonld || !this.feedState.data) {
      this.jsonLdScript?.remove();
      this.jsonLdScript = null;
      return;
    }
    // Loaded only for pages that ask for JSON-LD; if it cannot be fetched (nothing a reader sees), the next update tries again.
    const chunk = await loadJsonLd().catch(() => null);
    if (!chunk || !this.jsonld) return;
    // Search engines get checked events only: after the first render, when the page has JSON-LD, the rest is checked now.
    this.feedState.finish();
    const feed = this.feedState.data;
    const script = this.jsonLdScript;
    if (!feed || (script?.isConnected && (script as unknown as { _for?: unknown })._for === feed.events && script.dataset.lang === this.contentLang)) return;
    const upcoming = agendaModelFor(this.events(feed), this.index, this.currentNow, this.today, false, 100);
    // Read again after the wait: a second sync meanwhile may have made the block (one block per element).
    this.jsonLdScript = chunk.jsonLdScript(this.jsonLdScript, upcoming.days.flatMap((d) => d.items), feed, this.contentLang);
    if (!this.jsonLdScript.isConnected) this.append(this.jsonLdScript);
  }
}
