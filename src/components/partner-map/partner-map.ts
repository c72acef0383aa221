import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { Organizations } from '../../feed/sections/organizations.js';
import { Region } from '../../feed/sections/region.js';
import { Agreement } from '../../feed/sections/agreement.js';
import { FeedElement } from '../../internal/feed-element.js';
import { formatNumber, numberFormat, pickText, type PickedText } from '../../internal/format.js';
import { nativeName, primary } from '../../internal/language.js';
import { hostStyles } from '../../internal/styles.js';
import { loadedOutline, loadOutline, type Outline } from './geo/index.js';
import { chunks, MapView, mapStyles } from './map-view.js';
import { buildModel, typeLabel, type GeoJsonLike, type Model } from './model.js';
import { mercator } from './projection.js';
import styles from './partner-map.styles.js';
import { lazyLoader, quietly, whenIdle } from '../../internal/lazy.js';

export { typeLabel, municipalityAt, buildModel } from './model.js';


const LIST_PAGE = 50;
/**
 * The first render lists this many (more than the side column shows; on a
 * phone the list is below the map): the rest of the first page follows when
 * the page is next idle, so the map and the visible list are drawn sooner.
 */
const LIST_FIRST = 12;

/**
 * A partner's details: a chunk loaded on first use (a selection, or the
 * reader's first hover or focus in the widget, which usually comes before it),
 * not by the first render.
 */
let details: typeof import('./details.js') | undefined;
const loadDetails = lazyLoader(() => chunks.details().then((mod) => (details = mod)));
export { chunks };

// The first number formatted on a page loads the browser's number data (10–30 ms on a slow core): done when the
// page is idle (the feed is usually still on its way), not in the first render. Nothing is shown or requested.
if (typeof window !== 'undefined') whenIdle(() => formatNumber(0, document.documentElement.lang || 'sv'));

const HASH = /(?:^#|&)samverkan-org=([^&]+)/;

/**
 * Who the partners of a regional agreement are, where they are and what they
 * do: a map that makes no third-party request (an SVG drawn from the feed's
 * municipality boundaries, or a public-domain land outline with the
 * municipality seats), and a list of the same partners, in step with the map.
 *
 * @summary Partners on a self-contained map, with a list, filters and details.
 *
 * @fires samverkan-select - A partner was selected in the map or the list; detail `{organization}`.
 * @fires samverkan-load - The feed loaded (from FeedElement).
 * @fires samverkan-error - The feed failed (from FeedElement).
 *
 * @csspart base - The root.
 * @csspart filters - The search and filter form.
 * @csspart map - The map with its zoom buttons.
 * @csspart marker - Each marker button on the map.
 * @csspart list - The list of partners.
 * @csspart details - The selected partner's details.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --samverkan-map-land - Land fill (default a pale green-grey).
 * @cssprop --samverkan-map-water - Sea / background fill.
 * @cssprop --samverkan-map-height - Height of the map (default clamp(16rem, 75cqi, 34rem)).
 */
export class SamverkanPartnerMap extends FeedElement {
  /**
   * Partners and their region; the agreement names collaboration areas and parties. Not `events`: only a
   * partner's details count them, and the details' chunk validates them itself (from `feedState.input`), so
   * neither the events schema nor a check of every event is in the entry or the first render.
   */
  static override feedSections = { region: Region, organizations: Organizations, agreement: Agreement };

  /** Level of the map's headings (the partner list, a partner's details), so they fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 3;

  /** Only partners of this organisation type (e.g. `civil-society`). */
  @property({ reflect: true }) type: string | null = null;
  /** Only partners in or serving this municipality (kommunkod, e.g. `1285`). */
  @property({ reflect: true }) municipality: string | null = null;
  /** Only partners in this collaboration area (id from the agreement). */
  @property({ reflect: true }) area: string | null = null;
  /** Only partners serving people in this language (BCP 47, e.g. `ar`). */
  @property({ reflect: true }) language: string | null = null;
  /** Free-text search over names, descriptions, roles and addresses. */
  @property({ reflect: true }) q: string | null = null;
  /**
   * XYZ tile URL template, e.g. `https://karta.example.se/{z}/{x}/{y}.png`.
   * Only when set are tiles requested, and the tile code loaded. Use a tile
   * server you trust with your visitors' IP addresses.
   */
  @property({ reflect: true }) tiles: string | null = null;
  /** Attribution text for the tiles, shown under the map (required by most tile licences). */
  @property({ attribute: 'tiles-attribution', reflect: true }) tilesAttribution: string | null = null;

  @state() private selected: string | null = null;
  @state() private remoteBoundaries: unknown = null;
  @state() private announcement = '';
  @state() private listLimit = LIST_PAGE;
  /** The list's first page: 0 not drawn yet, 1 its first LIST_FIRST items drawn and the rest due when idle, 2 all of it. */
  private listPhase = 0;
  /**
   * The interactive map (created on connect: it adopts nothing, it is a controller). Not a chunk of its own
   * since every first render draws it: a chunk only added a request after the entry's, and a failure to handle.
   */
  private mapView!: MapView;
  /** The details' chunk could not be fetched: their place says so, with a retry. */
  @state() private detailsFailed = false;

  /** The county's land outline (null until it arrives, or when there is none); not reactive: set in render, or by its load, which asks for an update. */
  private outline: Outline | null = null;
  private model: Model | null = null;
  /** What render derives from the model and the filters, kept while they do not change (a zoom step re-renders the element). */
  private options: { m: Model; agreement: unknown; lang: string; value: FilterOptions } | null = null;
  private matched: { m: Model; key: string; idx: number[] } | null = null;
  private modelKey: unknown[] = [];
  private announceTimer = 0;
  private focusAfterUpdate: (() => void) | null = null;
  /** Where Escape / Close puts focus back: the marker or the list item the details were opened from. */
  private returnTo: 'marker' | 'list' | null = null;
  private loadedCounty?: string;
  private loadedBoundaryUrl?: string;

  static override styles = [hostStyles, styles, mapStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    // The reader is about to use the widget: fetch the details' chunk now, so a selection shows them at once.
    if (!details) for (const type of ['pointerover', 'focusin']) this.addEventListener(type, () => quietly(loadDetails()), { once: true, passive: true });
    this.mapView ??= new MapView(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private onHash = () => {
    const m = HASH.exec(location.hash);
    const id = m ? decodeURIComponent(m[1]) : null;
    const i = id && this.model ? this.model.orgs.findIndex((o) => o.id === id) : -1;
    if (i >= 0 && this.selected !== id) this.select(i, false);
  };

  /**
   * Brings the derived model in line with the feed, the geometry and the tile
   * mode. Called from render: the feed controller sets its data after willUpdate.
   */
  private sync(feed: Feed): void {
    const county = feed.region?.county?.code;
    if (county !== this.loadedCounty) {
      this.loadedCounty = county;
      // Loaded already (by another element, or an earlier feed): drawn in this render, the model built once.
      const ready = loadedOutline(county);
      this.outline = ready ?? null;
      if (ready === undefined)
        loadOutline(county).then((o) => {
          if (county === this.loadedCounty && o !== this.outline) {
            this.outline = o;
            this.requestUpdate();
          }
        }, (e) => console.warn(e));
    }
    const url = feed.region?.boundaries?.geojson ? undefined : feed.region?.boundaries?.url;
    if (url !== this.loadedBoundaryUrl) {
      this.loadedBoundaryUrl = url;
      this.remoteBoundaries = null;
      if (url) this.fetchBoundaries(url);
    }
    const key = [feed, this.outline, this.remoteBoundaries, Boolean(this.tiles), this.contentLang];
    if (key.some((k, i) => k !== this.modelKey[i])) {
      this.modelKey = key;
      // With tiles, draw in Web Mercator so the drawing lines up with them.
      this.model = buildModel(feed, this.outline, (feed.region?.boundaries?.geojson ?? this.remoteBoundaries) as GeoJsonLike | null, key[3] ? mercator() : null, this.contentLang);
      if (this.selected === null) queueMicrotask(this.onHash);
    }
  }

  /** Boundaries by URL: same origin as the feed (or the page), or CORS-enabled; bad data draws nothing. */
  private async fetchBoundaries(url: string) {
    try {
      const res = await fetch(new URL(url, this.src ? new URL(this.src, location.href) : location.href));
      if (!res.ok) return;
      const json = await res.json();
      if (url === this.loadedBoundaryUrl && json?.type === 'FeatureCollection' && Array.isArray(json.features)) this.remoteBoundaries = json;
    } catch {
      /* drawn without boundaries */
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Focus into the details only once they are drawn (their chunk may still be on its way).
    if (this.focusAfterUpdate && (this.selected === null || details)) {
      const f = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      f();
    }
  }

  // ---- filtering ---------------------------------------------------------

  /** Indices of the partners that pass the filters (in list order); the same array while neither the model nor the filters change. */
  private filtered(m: Model): number[] {
    const key = [this.type, this.municipality, this.area, this.language, this.q].join('\u0000');
    if (this.matched?.m !== m || this.matched.key !== key) this.matched = { m, key, idx: this.match(m) };
    return this.matched.idx;
  }

  private match(m: Model): number[] {
    const q = (this.q ?? '').trim().toLowerCase();
    const out: number[] = [];
    if (!this.type && !this.municipality && !this.area && !this.language && !q) return m.orgs.map((_, i) => i);
    m.orgs.forEach((o, i) => {
      if (this.type && o.type !== this.type) return;
      if (this.municipality && o.municipality !== this.municipality && o.address?.municipality !== this.municipality && !o.serves?.includes(this.municipality)) return;
      if (this.area && !o.collaborationAreas?.includes(this.area)) return;
      if (this.language && !o.languages?.some((l) => l === this.language || primary(l) === this.language)) return;
      if (q && !q.split(/\s+/).every((w) => m.haystack(i).includes(w))) return;
      out.push(i);
    });
    return out;
  }

  private setFilter(name: 'type' | 'municipality' | 'area' | 'language' | 'q', value: string): void {
    this[name] = value || null;
    this.listLimit = LIST_PAGE;
    // Announce once typing pauses, not on every key.
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const m = this.model;
      if (m) this.announcement = this.localize(() => countText(this.filtered(m).length, m.orgs.length, this.contentLang));
    }, 500);
  }

  // ---- selection ---------------------------------------------------------

  /** Selects partner `i`: highlights it in both views, pans the map to it, shows its details. */
  private select(i: number, focusDetails: boolean): void {
    const m = this.model!;
    const org = m.orgs[i];
    const from = this.shadowRoot!.activeElement;
    this.returnTo = focusDetails ? (from?.classList.contains('marker') ? 'marker' : 'list') : null;
    this.selected = org.id;
    this.listPhase = 2;
    if (!details) this.fetchDetails();
    const pos = this.filtered(m).indexOf(i);
    if (pos >= this.listLimit) this.listLimit = pos + 1;
    this.mapView.show(i);
    if (focusDetails) this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    this.emit('samverkan-select', { organization: org });
  }

  /** The details' chunk, for a selection: drawn when it comes; when it cannot be fetched, their place says so. */
  private fetchDetails(): void {
    loadDetails().then(
      () => ((this.detailsFailed = false), this.requestUpdate()),
      () => (this.detailsFailed = true),
    );
  }

  private closeDetails(): void {
    const id = this.selected;
    const to = this.returnTo;
    this.selected = null;
    this.returnTo = null;
    // Markers are re-used as the view changes, so find the one holding this partner now.
    this.focusAfterUpdate = () =>
      to === 'marker' ? this.mapView.focusMarker() : this.renderRoot.querySelector<HTMLElement>(`.list button[data-id="${CSS.escape(id ?? '')}"]`)?.focus();
  }

  // ---- rendering ---------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.contentLang} dir=${this.direction}>${this.renderFeed((feed) => this.renderLoaded(feed))}</div>`;
  }

  private renderLoaded(feed: Feed): TemplateResult {
    this.sync(feed);
    const m = this.model!;
    const lang = this.contentLang;
    const idx = this.filtered(m);
    if (this.options?.m !== m || this.options.agreement !== feed.agreement || this.options.lang !== lang)
      this.options = { m, agreement: feed.agreement, lang, value: filterOptions(feed, m, lang) };
    const { areas, usedAreas, langs, types, munis } = this.options.value;
    const filtering = Boolean(this.type || this.municipality || this.area || this.language || this.q);
    const select = (name: 'type' | 'municipality' | 'area' | 'language', label: string, options: [string, string][]) =>
      options.length
        ? html`<label class="field"><span>${label}</span>
            <select @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this[name]}>${msg('Alla')}</option>
              ${options.map(([v, t]) => html`<option value=${v} ?selected=${this[name] === v}>${t}</option>`)}
            </select></label>`
        : nothing;
    if (m.orgs.length === 0) return html`<p class="feed-status" part="status">${msg('Flödet innehåller inga partner ännu.')}</p>`;
    return html`
      <form class="filters" part="filters" role="search" aria-label=${msg('Filtrera partner')} @submit=${(e: Event) => e.preventDefault()}>
        <label class="field search"><span>${msg('Sök')}</span>
          <input type="search" .value=${this.q ?? ''} @input=${(e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value)} /></label>
        ${select('type', msg('Typ av organisation'), types.map((t) => [t, typeLabel(t)]))}
        ${select('municipality', msg('Kommun'), munis.map((c) => [c, muniName(m, c)]))}
        ${select('area', msg('Samverkansområde'), usedAreas.map((a) => [a, areas.get(a)?.text ?? a]))}
        ${select('language', msg('Språk'), langs.map((l) => [l, nativeName(l)]))}
        ${filtering
          ? html`<button class="button" type="button" @click=${() => {
              for (const f of ['type', 'municipality', 'area', 'language', 'q'] as const) this.setFilter(f, '');
            }}>${msg('Rensa filter')}</button>`
          : nothing}
      </form>
      <p class="count" aria-hidden="true">${countText(idx.length, m.orgs.length, lang)}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="layout">
        ${this.renderMap(m, idx)}
        <div class="side">
          ${this.renderDetails(feed, m, areas)}
          ${this.renderList(m, idx)}
        </div>
      </div>`;
  }

  private selectedIndex(): number {
    return this.selected === null || !this.model ? -1 : this.model.orgs.findIndex((o) => o.id === this.selected);
  }

  private renderMap(m: Model, idx: number[]): TemplateResult {
    const lang = this.contentLang;
    const region = this.feedState.data?.region;
    return html`<div class="map" part="map">
      ${this.mapView.part({
            m,
            idx,
            lang,
            selectedIndex: this.selectedIndex(),
            municipality: this.municipality,
            tiles: this.tiles,
            tilesAttribution: this.tilesAttribution,
            region: pickText(region?.name, lang).text,
            attribution: pickText(region?.boundaries?.attribution, lang).text,
            onSelect: (i) => this.select(i, true),
            onEscape: () => this.selected !== null && this.closeDetails(),
            localize: (fn) => this.localize(fn),
            chunkFailure: (retry) => this.renderChunkFailure(retry),
          })}
    </div>`;
  }

  /** One listener for the whole list (not one per item). */
  private onListClick = (e: Event) => {
    const id = (e.target as Element).closest<HTMLElement>('button[data-id]')?.dataset.id;
    const i = id && this.model ? this.model.orgs.findIndex((o) => o.id === id) : -1;
    if (i >= 0) this.select(i, true);
  };

  private renderList(m: Model, idx: number[]): TemplateResult {
    const lang = this.contentLang;
    if (this.listPhase === 0) {
      this.listPhase = idx.length > LIST_FIRST ? 1 : 2;
      if (this.listPhase === 1)
        whenIdle(() => {
          if (this.listPhase !== 1) return;
          this.listPhase = 2;
          this.requestUpdate();
        }, 200);
    }
    const partial = this.listPhase === 1;
    const shown = idx.slice(0, partial ? LIST_FIRST : this.listLimit);
    // Few bindings per item (a list of 50 is most of the first render's template work): the type and the
    // municipality are one text, the selected style follows aria-current, one click listener on the list.
    return html`<h3 class="list-title" id="list-title" aria-level=${this.headingLevel}>${msg('Partner')}</h3>
      ${idx.length === 0 ? html`<p>${msg('Inga partner matchar filtren.')}</p>` : nothing}
      <ul class="list" part="list" aria-labelledby="list-title" @click=${this.onListClick}>
        ${shown.map((i) => {
          const o = m.orgs[i];
          const name = pickText(o.name, lang);
          const where = o.municipality ?? o.address?.municipality;
          return html`<li><button type="button" aria-current=${o.id === this.selected ? 'true' : nothing} data-id=${o.id}><span class="name" lang=${langAttr(name, lang)}>${name.text}</span><span class="meta">${where ? `${typeLabel(o.type)} · ${muniName(m, where)}` : typeLabel(o.type)}</span>${m.placedBy[i] === null ? html`<span class="note">${msg('Finns inte på kartan: platsen är okänd.')}</span>` : nothing}</button>${this.renderExampleBadge(o.example)}</li>`;
        })}
      </ul>
      ${idx.length > shown.length && !partial
        ? html`<button class="button" type="button" @click=${() => (this.listLimit += LIST_PAGE)}>${((left) => msg(str`Visa fler (${left} kvar)`))(formatNumber(idx.length - shown.length, lang))}</button>`
        : nothing}`;
  }

  private renderDetails(feed: Feed, m: Model, areas: Map<string, PickedText>): TemplateResult | typeof nothing {
    const i = this.selectedIndex();
    if (i < 0) return nothing;
    if (!details)
      // A retry keeps the selection: focus goes into the details once they are drawn (focusAfterUpdate waits for them).
      return this.detailsFailed ? this.renderChunkFailure(() => ((this.detailsFailed = false), this.fetchDetails())) : nothing;
    const root = this.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && details.detailsStyles.styleSheet && !root.adoptedStyleSheets.includes(details.detailsStyles.styleSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, details.detailsStyles.styleSheet];
    return details.renderDetails({ feed, input: this.feedState.input, m, i, lang: this.contentLang, headingLevel: this.headingLevel, areas, badge: (example) => this.renderExampleBadge(example), close: () => this.closeDetails() });
  }
}

// ---- helpers (module-level, so the class stays small) ----------------------

/** Municipality names sort in Swedish order (… Å Ä Ö) whatever the reader's language: they are Swedish names. */
const svCollator = new Intl.Collator('sv');

const langAttr = (p: PickedText, lang: string) => (p.lang && p.lang !== lang ? p.lang : nothing);

const muniName = (m: Model, code: string) => m.muniNames.get(code) ?? code;

interface FilterOptions {
  areas: Map<string, PickedText>;
  usedAreas: string[];
  langs: string[];
  types: string[];
  munis: string[];
}

/** The choices of the filter form: the values the partners have (one pass over them). */
function filterOptions(feed: Feed, m: Model, lang: string): FilterOptions {
  const areas = new Map((feed.agreement?.collaborationAreas ?? []).map((a) => [a.id, pickText(a.title, lang)]));
  const usedAreas = new Set<string>();
  const langs = new Set<string>();
  const types = new Set<string>();
  const munis = new Set<string>(m.muniNames.keys());
  for (const o of m.orgs) {
    types.add(o.type);
    for (const a of o.collaborationAreas ?? []) usedAreas.add(a);
    for (const l of o.languages ?? []) langs.add(l);
    if (o.municipality) munis.add(o.municipality);
    for (const c of o.serves ?? []) munis.add(c);
  }
  munis.delete('');
  return {
    areas,
    usedAreas: [...usedAreas],
    langs: [...langs].sort(),
    types: [...types],
    munis: [...munis].sort((a, b) => svCollator.compare(muniName(m, a), muniName(m, b))),
  };
}

function countText(shownCount: number, totalCount: number, lang: string): string {
  const nf = numberFormat(lang);
  const shown = nf.format(shownCount);
  const total = nf.format(totalCount);
  return shownCount === totalCount ? msg(str`${total} partner totalt`) : msg(str`${shown} av ${total} partner visas`);
}

