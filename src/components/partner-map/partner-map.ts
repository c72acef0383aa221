import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import type { Organization, OrganizationType } from '../../feed/sections/organizations.js';
import { FeedElement } from '../../internal/feed-element.js';
import { formatNumber, pickText, type PickedText } from '../../internal/format.js';
import { nativeName, primary } from '../../internal/language.js';
import { hostStyles } from '../../internal/styles.js';
import { cluster, readingOrder, type Marker } from './cluster.js';
import { loadOutline, type Outline } from './geo/index.js';
import { bboxOf, clampView, equirectangular, fitView, lerpView, mercator, pointInRings, projectBBox, ringsCentroid, ringsToPath, zoomAt, type BBox, type Bounds, type Projection, type View } from './projection.js';
import type { Tile } from './tiles.js';
import styles from './partner-map.styles.js';

declare module '../../internal/samverkan-element.js' {
  interface SamverkanEventMap {
    'samverkan-select': CustomEvent<{ organization: Organization }>;
  }
}

type Rings = [number, number][][];
interface Shape {
  code: string;
  name: string;
  polygons: Rings[];
  d: string;
}
/** Everything derived from the feed and the geometry, rebuilt only when those change. */
interface Model {
  orgs: Organization[];
  proj: Projection;
  /** Where the map may be panned: the county outline or boundaries, else the content. */
  bounds: Bounds;
  /** What the map shows at first: the partners and the seats, with a margin. */
  content: Bounds;
  /** Base coordinates per organisation; NaN when it cannot be placed. */
  xs: Float64Array;
  ys: Float64Array;
  placedBy: ('location' | 'municipality' | null)[];
  muniNames: Map<string, string>;
  seats: { code: string; name: string; x: number; y: number }[];
  shapes: Shape[];
  land: { d: string; foreign: boolean }[];
  haystacks: string[];
}

const MAX_ZOOM = 64; // relative to the fitted view
const LIST_PAGE = 50;
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
  @state() private view: View | null = null;
  @state() private size = { w: 0, h: 0 };
  @state() private outline: Outline | null = null;
  @state() private remoteBoundaries: unknown = null;
  @state() private tileFn: typeof import('./tiles.js').tilesFor | null = null;
  @state() private announcement = '';
  @state() private listLimit = LIST_PAGE;
  @state() private active = false;
  @state() private hint = false;
  /** The partner whose marker holds the marker layer's single tab stop. */
  @state() private rovingMember = -1;

  private model: Model | null = null;
  private modelKey: unknown[] = [];
  private fitted: View | null = null;
  private touched = false;
  private resizer?: ResizeObserver;
  private pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;
  private animation = 0;
  private announceTimer = 0;
  private hintTimer = 0;
  private focusAfterUpdate: (() => void) | null = null;
  /** Where Escape / Close puts focus back: the marker or the list item the details were opened from. */
  private returnTo: 'marker' | 'list' | null = null;
  private loadedCounty?: string;
  private loadedBoundaryUrl?: string;

  static override styles = [hostStyles, styles];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.resizer?.disconnect();
    this.resizer = undefined;
    cancelAnimationFrame(this.animation);
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
      this.outline = null;
      loadOutline(county).then((o) => county === this.loadedCounty && (this.outline = o), (e) => console.warn(e));
    }
    const url = feed.region?.boundaries?.geojson ? undefined : feed.region?.boundaries?.url;
    if (url !== this.loadedBoundaryUrl) {
      this.loadedBoundaryUrl = url;
      this.remoteBoundaries = null;
      if (url) this.fetchBoundaries(url);
    }
    if (this.tiles && !this.tileFn) import('./tiles.js').then((m) => (this.tileFn = m.tilesFor));
    const key = [feed, this.outline, this.remoteBoundaries, Boolean(this.tiles && this.tileFn), this.contentLang];
    if (key.some((k, i) => k !== this.modelKey[i])) {
      this.modelKey = key;
      this.model = (buildModel(feed, this.outline, (feed.region?.boundaries?.geojson ?? this.remoteBoundaries) as GeoJsonLike | null, key[3] ? mercator() : null, this.contentLang));
      this.refit();
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

  private refit(): void {
    if (!this.model || !this.size.w) return;
    this.fitted = fitView(this.model.content, this.size.w, this.size.h, 28);
    if (!this.touched || !this.view) this.view = this.fitted;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const vp = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (vp && !this.resizer) {
      this.resizer = new ResizeObserver(([entry]) => {
        const { width, height } = entry.contentRect;
        if (width && (width !== this.size.w || height !== this.size.h)) {
          this.size = { w: width, h: height };
          this.refit();
        }
      });
      this.resizer.observe(vp);
    }
    if (this.focusAfterUpdate) {
      const f = this.focusAfterUpdate;
      this.focusAfterUpdate = null;
      f();
    }
  }

  // ---- filtering ---------------------------------------------------------

  private filtered(m: Model): number[] {
    const q = (this.q ?? '').trim().toLowerCase();
    const out: number[] = [];
    m.orgs.forEach((o, i) => {
      if (this.type && o.type !== this.type) return;
      if (this.municipality && o.municipality !== this.municipality && o.address?.municipality !== this.municipality && !o.serves?.includes(this.municipality)) return;
      if (this.area && !o.collaborationAreas?.includes(this.area)) return;
      if (this.language && !o.languages?.some((l) => l === this.language || primary(l) === this.language)) return;
      if (q && !q.split(/\s+/).every((w) => m.haystacks[i].includes(w))) return;
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
    this.rovingMember = i;
    const pos = this.filtered(m).indexOf(i);
    if (pos >= this.listLimit) this.listLimit = pos + 1;
    if (!Number.isNaN(m.xs[i]) && this.view) this.animateTo(this.viewShowing(i));
    if (focusDetails) this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    this.emit('samverkan-select', { organization: org });
  }

  /** A view centred on partner `i`, zoomed in until it has its own marker. */
  private viewShowing(i: number): View {
    const m = this.model!;
    const { w, h } = this.size;
    const idx = this.filtered(m);
    let v = this.view!;
    const maxK = this.fitted!.k * MAX_ZOOM;
    for (let step = 0; step < 8; step++) {
      v = { k: v.k, tx: w / 2 - m.xs[i] * v.k, ty: h / 2 - m.ys[i] * v.k };
      const mine = cluster(m.xs, m.ys, idx, v, { maxK, width: w, height: h }).find((mk) => mk.members.includes(i));
      if (!mine || mine.members.length === 1 || v.k >= maxK) break;
      v = { ...v, k: Math.min(v.k * 2, maxK) };
    }
    return v;
  }

  private closeDetails(): void {
    const id = this.selected;
    const to = this.returnTo;
    this.selected = null;
    this.returnTo = null;
    // Markers are re-used as the view changes, so find the one holding this partner now.
    this.focusAfterUpdate = () =>
      (to === 'marker' ? this.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]') : this.renderRoot.querySelector<HTMLElement>(`.list button[data-id="${CSS.escape(id ?? '')}"]`))?.focus();
  }

  // ---- view changes ------------------------------------------------------

  private setView(v: View, touched = true): void {
    if (!this.model || !this.fitted) return;
    this.touched ||= touched;
    this.view = clampView(v, this.model.bounds, this.size.w, this.size.h);
  }

  private animateTo(target: View): void {
    cancelAnimationFrame(this.animation);
    const from = this.view!;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return this.setView(target);
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min((now - start) / 300, 1);
      this.setView(lerpView(from, target, 1 - (1 - t) ** 3, this.size.w, this.size.h));
      if (t < 1) this.animation = requestAnimationFrame(frame);
    };
    this.animation = requestAnimationFrame(frame);
  }

  private zoom(factor: number, px = this.size.w / 2, py = this.size.h / 2): void {
    if (!this.view || !this.fitted) return;
    cancelAnimationFrame(this.animation);
    this.setView(zoomAt(this.view, factor, px, py, this.fitted.k / 2, this.fitted.k * MAX_ZOOM));
  }

  private reset = () => {
    this.touched = false;
    if (this.fitted) this.animateTo(this.fitted);
  };

  private onWheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey && !this.active) {
      // Leave page scrolling alone; say how to zoom.
      this.hint = true;
      clearTimeout(this.hintTimer);
      this.hintTimer = window.setTimeout(() => (this.hint = false), 1500);
      return;
    }
    e.preventDefault();
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.zoom(Math.exp(-Math.max(-100, Math.min(100, e.deltaY * (e.deltaMode ? 33 : 1))) * 0.005), e.clientX - r.left, e.clientY - r.top);
  };

  private onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    this.dragged = false;
  };

  private onPointerMove = (e: PointerEvent) => {
    const prev = this.pointers.get(e.pointerId);
    if (!prev || !this.view) return;
    const vp = e.currentTarget as HTMLElement;
    if (this.pointers.size === 1) {
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      if (!this.dragged) vp.setPointerCapture(e.pointerId);
      this.dragged = true;
      cancelAnimationFrame(this.animation);
      this.setView({ k: this.view.k, tx: this.view.tx + dx, ty: this.view.ty + dy });
    } else {
      // Pinch: scale by the change in distance around the midpoint, and follow the midpoint.
      const [a, b] = [...this.pointers.entries()].map(([id, p]) => (id === e.pointerId ? { x: e.clientX, y: e.clientY } : p));
      const [pa, pb] = [...this.pointers.values()];
      const r = vp.getBoundingClientRect();
      const mx = (a.x + b.x) / 2 - r.left, my = (a.y + b.y) / 2 - r.top;
      const pmx = (pa.x + pb.x) / 2 - r.left, pmy = (pa.y + pb.y) / 2 - r.top;
      const f = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(Math.hypot(pa.x - pb.x, pa.y - pb.y), 1);
      this.dragged = true;
      const v = zoomAt({ ...this.view, tx: this.view.tx + mx - pmx, ty: this.view.ty + my - pmy }, f, mx, my, this.fitted!.k / 2, this.fitted!.k * MAX_ZOOM);
      this.setView(v);
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  private onPointerUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
  };

  /** A drag ends with a click on whatever is under the pointer: swallow it. */
  private onClickCapture = (e: Event) => {
    if (this.dragged) {
      e.stopPropagation();
      e.preventDefault();
      this.dragged = false;
    }
  };

  private onViewportKey = (e: KeyboardEvent) => {
    const step = 0.15;
    const v = this.view;
    if (!v) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (e.key === '+' || e.key === '=') this.zoom(1.5);
    else if (e.key === '-' || e.key === '_') this.zoom(1 / 1.5);
    else if (e.key === '0') this.reset();
    else if (e.key === 'Escape' && this.selected) this.closeDetails();
    else if (moves[e.key] && e.target === e.currentTarget) {
      const [dx, dy] = moves[e.key];
      this.setView({ k: v.k, tx: v.tx + dx * step * this.size.w, ty: v.ty + dy * step * this.size.h });
    } else return;
    e.preventDefault();
  };

  /** Roving focus between markers: arrows in reading order (north → south, west → east), Home, End. */
  private onMarkerKey(e: KeyboardEvent, markers: Marker[], order: number[], at: number) {
    const pos = order.indexOf(at);
    const next = { ArrowRight: pos + 1, ArrowDown: pos + 1, ArrowLeft: pos - 1, ArrowUp: pos - 1, Home: 0, End: order.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const target = markers[order[Math.max(0, Math.min(order.length - 1, next))]];
    this.rovingMember = target.members[0];
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]')?.focus();
  }

  private activateMarker(mk: Marker) {
    const m = this.model!;
    if (mk.members.length === 1) return this.select(mk.members[0], true);
    // A cluster: zoom to its members; keep focus on the marker holding the first of them.
    const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of mk.members) {
      b[0] = Math.min(b[0], m.xs[i]);
      b[1] = Math.min(b[1], m.ys[i]);
      b[2] = Math.max(b[2], m.xs[i]);
      b[3] = Math.max(b[3], m.ys[i]);
    }
    const fit = fitView(b, this.size.w, this.size.h, 60);
    const maxK = this.fitted!.k * MAX_ZOOM;
    const k = Math.min(Math.max(fit.k, this.view!.k * 2), maxK);
    const cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
    this.rovingMember = mk.members[0];
    this.animateTo({ k, tx: this.size.w / 2 - cx * k, ty: this.size.h / 2 - cy * k });
    this.focusMarkerSoon();
  }

  /** After an (animated) zoom, put focus on the marker that now holds the roving member. */
  private focusMarkerSoon() {
    const deadline = performance.now() + 600;
    const tick = () => {
      const el = this.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]');
      if (el && (el.dataset.members === String(this.rovingMember) || performance.now() > deadline)) el.focus();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
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
    const areas = new Map((feed.agreement?.collaborationAreas ?? []).map((a) => [a.id, pickText(a.title, lang)]));
    const usedAreas = [...new Set(m.orgs.flatMap((o) => o.collaborationAreas ?? []))];
    const langs = [...new Set(m.orgs.flatMap((o) => o.languages ?? []))].sort();
    const types = [...new Set(m.orgs.map((o) => o.type))];
    const munis = [...new Set([...m.muniNames.keys(), ...m.orgs.flatMap((o) => [o.municipality ?? '', ...(o.serves ?? [])])])].filter(Boolean).sort((a, b) => muniName(m, a).localeCompare(muniName(m, b), 'sv'));
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

  private renderMap(m: Model, idx: number[]): TemplateResult {
    const { w, h } = this.size;
    const v = this.view;
    const maxK = (this.fitted?.k ?? 1) * MAX_ZOOM;
    const markers = v && w ? cluster(m.xs, m.ys, idx, v, { maxK, width: w, height: h }) : [];
    const order = readingOrder(markers);
    let roving = markers.findIndex((mk) => mk.members.includes(this.rovingMember));
    if (roving < 0) roving = order[0] ?? -1;
    const selectedIndex = this.selected === null ? -1 : m.orgs.findIndex((o) => o.id === this.selected);
    const tiles: Tile[] = this.tiles && this.tileFn && v && w ? this.tileFn(this.tiles, v, w, h) : [];
    const region = pickText(this.feedState.data?.region?.name, this.contentLang).text;
    const label = (mk: Marker) => {
      if (mk.members.length === 1) return pickText(m.orgs[mk.members[0]].name, this.contentLang).text;
      const where = placeOf(m, mk.members);
      const count = formatNumber(mk.members.length, this.contentLang);
      return where ? msg(str`${count} partner i ${where}`) : msg(str`${count} partner`);
    };
    const attribution = this.feedState.data?.region?.boundaries?.attribution;
    return html`<div class="map" part="map">
      <div class="controls" role="group" aria-label=${msg('Kartans zoom')}>
        <button class="button" type="button" aria-label=${msg('Zooma in')} @click=${() => this.zoom(1.5)}>+</button>
        <button class="button" type="button" aria-label=${msg('Zooma ut')} @click=${() => this.zoom(1 / 1.5)}>−</button>
        <button class="button" type="button" @click=${this.reset}>${msg('Visa hela kartan')}</button>
      </div>
      <div
        class="viewport ${this.active ? 'active' : ''}"
        dir="ltr"
        tabindex="0"
        role="group"
        aria-label=${region ? msg(str`Karta över ${region}`) : msg('Karta')}
        aria-describedby="map-help"
        @keydown=${this.onViewportKey}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @click=${this.onClickCapture}
        @focusin=${() => (this.active = true)}
        @focusout=${(e: FocusEvent) => !(e.currentTarget as Element).contains(e.relatedTarget as Node) && (this.active = false)}
      >
        <svg aria-hidden="true" viewBox="0 0 ${w || 1} ${h || 1}" width=${w || 1} height=${h || 1}>
          ${tiles.map((t) => svg`<image href=${t.href} x=${t.x} y=${t.y} width=${t.size + 0.5} height=${t.size + 0.5} preserveAspectRatio="none"></image>`)}
          ${v
            ? svg`<g class=${tiles.length ? 'geo over-tiles' : 'geo'} transform="matrix(${v.k} 0 0 ${v.k} ${v.tx} ${v.ty})">
                ${m.land.map((l) => svg`<path class=${l.foreign ? 'land foreign' : 'land'} d=${l.d}></path>`)}
                ${m.shapes.map((s) => svg`<path class=${s.code === this.municipality ? 'muni highlight' : 'muni'} data-code=${s.code} d=${s.d}></path>`)}
              </g>
              ${placeLabels(m.seats, v, w, h).map(({ s, x, y, label }) => svg`<g class=${s.code === this.municipality ? 'seat highlight' : 'seat'}><circle cx=${x} cy=${y} r="3"></circle>${label ? svg`<text x=${x} y=${y + 26}>${s.name}</text>` : nothing}</g>`)}`
            : nothing}
        </svg>
        <div class="markers" role="group" aria-label=${msg('Partner på kartan')}>
          ${markers.map((mk, n) => {
            const single = mk.members.length === 1;
            const cls = `marker ${single ? 'single' : 'cluster'}${single && mk.members[0] === selectedIndex ? ' selected' : ''}`;
            return html`<button
              type="button"
              part="marker"
              class=${cls}
              data-members=${mk.members.join(' ')}
              tabindex=${n === roving ? 0 : -1}
              aria-label=${label(mk)}
              aria-current=${single && mk.members[0] === selectedIndex ? 'true' : nothing}
              style=${styleMap({ transform: `translate(${mk.x.toFixed(1)}px, ${mk.y.toFixed(1)}px)` })}
              @keydown=${(e: KeyboardEvent) => this.onMarkerKey(e, markers, order, n)}
              @focus=${() => (this.rovingMember = mk.members[0])}
              @click=${() => this.activateMarker(mk)}
            >${single ? nothing : formatNumber(mk.members.length, this.contentLang)}</button>`;
          })}
        </div>
        ${this.hint ? html`<p class="hint" aria-hidden="true">${msg('Klicka på kartan eller håll ned Ctrl för att zooma med hjulet.')}</p>` : nothing}
      </div>
      <p id="map-help" class="help">${msg('Piltangenterna flyttar kartan, plus och minus zoomar. I markörerna flyttar piltangenterna mellan partner och Enter visar uppgifterna.')}</p>
      ${this.tiles && this.tilesAttribution ? html`<p class="attribution">${msg('Bakgrundskarta:')} ${this.tilesAttribution}</p>` : nothing}
      ${attribution ? html`<p class="attribution">${pickText(attribution, this.contentLang).text}</p>` : nothing}
    </div>`;
  }

  private renderList(m: Model, idx: number[]): TemplateResult {
    const lang = this.contentLang;
    const shown = idx.slice(0, this.listLimit);
    return html`<h3 class="list-title" id="list-title">${msg('Partner')}</h3>
      ${idx.length === 0 ? html`<p>${msg('Inga partner matchar filtren.')}</p>` : nothing}
      <ul class="list" part="list" aria-labelledby="list-title">
        ${shown.map((i) => {
          const o = m.orgs[i];
          const name = pickText(o.name, lang);
          const where = o.municipality ?? o.address?.municipality;
          return html`<li class=${o.id === this.selected ? 'selected' : ''}>
            <button type="button" aria-current=${o.id === this.selected ? 'true' : nothing} data-id=${o.id} @click=${() => this.select(i, true)}>
              <span class="name" lang=${langAttr(name, lang)}>${name.text}</span>
              <span class="meta">${typeLabel(o.type)}${where ? html` · ${muniName(m, where)}` : nothing}</span>
              ${m.placedBy[i] === null ? html`<span class="note">${msg('Finns inte på kartan: platsen är okänd.')}</span>` : nothing}
            </button>${this.renderExampleBadge(o.example)}
          </li>`;
        })}
      </ul>
      ${idx.length > shown.length
        ? html`<button class="button" type="button" @click=${() => (this.listLimit += LIST_PAGE)}>${((left) => msg(str`Visa fler (${left} kvar)`))(formatNumber(idx.length - shown.length, lang))}</button>`
        : nothing}`;
  }

  private renderDetails(feed: Feed, m: Model, areas: Map<string, PickedText>): TemplateResult | typeof nothing {
    const i = this.selected === null ? -1 : m.orgs.findIndex((o) => o.id === this.selected);
    if (i < 0) return nothing;
    const o = m.orgs[i];
    const lang = this.contentLang;
    const t = (text: Parameters<typeof pickText>[0]) => {
      const p = pickText(text, lang);
      return p.text ? html`<span lang=${langAttr(p, lang)}>${p.text}</span>` : nothing;
    };
    const party = o.party || feed.agreement?.parties?.includes(o.id);
    const events = (feed.events ?? []).filter((e) => e.organizer === o.id).length;
    const goals = (feed.agreement?.goals ?? []).filter((g) => g.responsible?.includes(o.id)).length;
    const eventCount = formatNumber(events, lang);
    const goalCount = formatNumber(goals, lang);
    const frag = `#samverkan-org=${encodeURIComponent(o.id)}`;
    const links = feed.region?.links;
    const a = o.address;
    const row = (label: string, value: unknown) => (value && value !== nothing ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.stopPropagation(), this.closeDetails())}>
      <div class="details-head">
        <h3 id="details-title" tabindex="-1">${t(o.name)}</h3>
        <button class="button" type="button" @click=${() => this.closeDetails()}>${msg('Stäng')}</button>
      </div>
      ${this.renderExampleBadge(o.example)}
      <p class="meta">${typeLabel(o.type)}${party ? html` · ${msg('Part i överenskommelsen')}` : nothing}</p>
      ${o.description ? html`<p>${t(o.description)}</p>` : nothing}
      <dl>
        ${row(msg('Roll i samverkan'), o.role && t(o.role))}
        ${row(msg('Samverkansområden'), o.collaborationAreas?.length && html`<ul>${o.collaborationAreas.map((id) => html`<li lang=${areas.get(id) ? langAttr(areas.get(id)!, lang) : nothing}>${areas.get(id)?.text ?? id}</li>`)}</ul>`)}
        ${row(msg('Adress'), a && (a.street || a.city) && html`${a.street ?? ''}${a.street && (a.postalCode || a.city) ? html`<br />` : ''}${[a.postalCode, a.city].filter(Boolean).join(' ')}`)}
        ${row(msg('Öppettider'), o.openingHours && t(o.openingHours))}
        ${row(msg('Telefon'), o.phone && html`<a href="tel:${o.phone.replace(/[^\d+]/g, '')}">${o.phone}</a>`)}
        ${row(msg('E-post'), o.email && html`<a href="mailto:${o.email}">${o.email}</a>`)}
        ${row(msg('Webbplats'), o.website && html`<a href=${o.website}>${o.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>`)}
        ${row(msg('Språk'), o.languages?.length && html`<ul class="langs">${o.languages.map((l) => html`<li lang=${l}>${nativeName(l)}</li>`)}</ul>`)}
      </dl>
      ${events || goals
        ? html`<p class="links">
            ${events ? html`<a href=${(links?.eventCalendar ?? '') + frag}>${msg(str`Evenemang (${eventCount})`)}</a>` : nothing}
            ${goals ? html`<a href=${(links?.goalTracker ?? '') + frag}>${msg(str`Mål i överenskommelsen (${goalCount})`)}</a>` : nothing}
          </p>`
        : nothing}
      ${m.placedBy[i] === 'municipality' ? html`<p class="note">${msg('Visas på kartan vid kommunens centralort.')}</p>` : nothing}
      ${m.placedBy[i] === null ? html`<p class="note">${msg('Finns inte på kartan: platsen är okänd.')}</p>` : nothing}
    </section>`;
  }
}

// ---- helpers (module-level, so the class stays small) ----------------------

interface GeoJsonLike {
  features: { properties?: { kommunkod?: string; name?: string }; geometry?: { type: string; coordinates: unknown } }[];
}

/**
 * Seat dots with names, dropping a name that would overlap one already
 * placed (greedy, widths estimated from the length), so labels stay legible
 * at every zoom; the dots stay.
 */
function placeLabels(seats: Model['seats'], v: View, w: number, h: number) {
  const taken: number[][] = [];
  return seats
    .map((s) => ({ s, x: s.x * v.k + v.tx, y: s.y * v.k + v.ty, label: false }))
    .filter((p) => p.x > -50 && p.y > -50 && p.x < w + 50 && p.y < h + 50)
    .map((p) => {
      const half = p.s.name.length * 3.6 + 2;
      const box = [p.x - half, p.y + 14, p.x + half, p.y + 30];
      p.label = !taken.some((t) => t[0] < box[2] && box[0] < t[2] && t[1] < box[3] && box[1] < t[3]);
      if (p.label) taken.push(box);
      return p;
    });
}

const langAttr = (p: PickedText, lang: string) => (p.lang && p.lang !== lang ? p.lang : nothing);

const muniName = (m: Model, code: string) => m.muniNames.get(code) ?? code;

/** The municipality to name a cluster after: the one most of its members are in. */
function placeOf(m: Model, members: number[]): string {
  const counts = new Map<string, number>();
  for (const i of members) {
    const c = m.orgs[i].municipality ?? m.orgs[i].address?.municipality;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? muniName(m, best[0]) : '';
}

function countText(shownCount: number, totalCount: number, lang: string): string {
  const shown = formatNumber(shownCount, lang);
  const total = formatNumber(totalCount, lang);
  return shownCount === totalCount ? msg(str`${total} partner totalt`) : msg(str`${shown} av ${total} partner visas`);
}

export function typeLabel(t: OrganizationType | string): string {
  switch (t) {
    case 'municipality':
      return msg('Kommun');
    case 'region':
      return msg('Region');
    case 'county-board':
      return msg('Länsstyrelse');
    case 'government-agency':
      return msg('Statlig myndighet');
    case 'university':
      return msg('Universitet eller högskola');
    case 'coordination-association':
      return msg('Samordningsförbund');
    case 'civil-society':
      return msg('Civilsamhälle');
    case 'employer':
      return msg('Arbetsgivare');
    default:
      return msg('Annan organisation');
  }
}

const polygonsOf = (g: { type: string; coordinates: unknown } | undefined): Rings[] =>
  !g || !Array.isArray(g.coordinates) ? [] : g.type === 'Polygon' ? [g.coordinates as Rings] : g.type === 'MultiPolygon' ? (g.coordinates as Rings[]) : [];

const allText = (t: unknown): string => (typeof t === 'string' ? t : t && typeof t === 'object' ? Object.values(t).join(' ') : '');

/**
 * Places every organisation: its `location`, else the seat of its
 * municipality (`municipality`, else the address's), else nowhere (listed
 * only, with a note). The map's extent: the county outline, else the
 * boundaries, else the points themselves.
 */
export function buildModel(feed: Feed, outline: Outline | null, boundaries: GeoJsonLike | null, tileProj: Projection | null, lang: string): Model {
  const orgs = [...(feed.organizations ?? [])].sort((a, b) => pickText(a.name, lang).text.localeCompare(pickText(b.name, lang).text, lang));
  const muniNames = new Map<string, string>();
  const seatOf = new Map<string, [number, number]>();
  const shapesRaw: { code: string; name: string; polygons: Rings[] }[] = [];
  for (const f of boundaries?.features ?? []) {
    const code = f.properties?.kommunkod;
    const polygons = polygonsOf(f.geometry);
    if (!code || !polygons.length) continue;
    shapesRaw.push({ code, name: f.properties?.name ?? code, polygons });
    if (f.properties?.name) muniNames.set(code, f.properties.name);
    const c = ringsCentroid(polygons.map((p) => p[0]));
    if (c) seatOf.set(code, c);
  }
  for (const mu of feed.region?.municipalities ?? []) {
    muniNames.set(mu.code, mu.name);
    if (mu.seat) seatOf.set(mu.code, [mu.seat.lon, mu.seat.lat]);
  }
  const lonlat: ([number, number] | null)[] = orgs.map((o) => {
    if (o.location) return [o.location.lon, o.location.lat];
    const c = o.municipality ?? o.address?.municipality;
    return (c && seatOf.get(c)) || null;
  });
  const placedBy = orgs.map((o, i) => (o.location ? 'location' : lonlat[i] ? 'municipality' : null) as Model['placedBy'][number]);
  let bbox: BBox | null = outline?.bbox ?? null;
  if (!bbox) bbox = bboxOf(shapesRaw.flatMap((s) => s.polygons.flatMap((p) => p[0] as [number, number][])), 0.02);
  if (!bbox) bbox = bboxOf([...seatOf.values(), ...(lonlat.filter(Boolean) as [number, number][])]);
  bbox ??= [10.9, 55.3, 24.2, 69.1]; // Sweden
  const proj = tileProj ?? equirectangular(bbox);
  const xs = new Float64Array(orgs.length).fill(NaN);
  const ys = new Float64Array(orgs.length).fill(NaN);
  lonlat.forEach((p, i) => {
    if (p) [xs[i], ys[i]] = proj.project(p[0], p[1]);
  });
  const shapes = shapesRaw.map((s) => ({ ...s, d: s.polygons.map((p) => ringsToPath(proj, p)).join('') }));
  // Seats with the most partners first: they keep their names when labels collide.
  const weight = new Map<string, number>();
  for (const o of orgs) {
    const c = o.municipality ?? o.address?.municipality;
    if (c) weight.set(c, (weight.get(c) ?? 0) + 1);
  }
  const seats = [...seatOf]
    .sort((a, b) => (weight.get(b[0]) ?? 0) - (weight.get(a[0]) ?? 0))
    .map(([code, [lon, lat]]) => {
      const [x, y] = proj.project(lon, lat);
      return { code, name: muniNames.get(code) ?? code, x, y };
    });
  const land = (outline?.land ?? []).map((ring, i) => ({ d: ringsToPath(proj, [ring]), foreign: (outline?.landCountry?.[i] ?? 'SE') !== 'SE' }));
  const haystacks = orgs.map((o) =>
    [allText(o.name), allText(o.shortName), allText(o.description), allText(o.role), o.address?.street, o.address?.city, muniNames.get(o.municipality ?? ''), typeLabel(o.type)].join(' ').toLowerCase(),
  );
  const contentBox = bboxOf([...seatOf.values(), ...(lonlat.filter(Boolean) as [number, number][])], 0.06) ?? bbox;
  return { orgs, proj, bounds: projectBBox(proj, bbox), content: projectBBox(proj, contentBox), xs, ys, placedBy, muniNames, seats, shapes, land, haystacks };
}

/** The municipality (kommunkod) whose boundary contains (lon, lat), if any: for tests and tools. */
export function municipalityAt(boundaries: GeoJsonLike, lon: number, lat: number): string | null {
  for (const f of boundaries.features) {
    if (polygonsOf(f.geometry).some((p) => pointInRings(lon, lat, p))) return f.properties?.kommunkod ?? null;
  }
  return null;
}
