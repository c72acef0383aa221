/**
 * The interactive map of `<samverkan-partner-map>`: the SVG, its markers,
 * zoom and pan by mouse, touch and keyboard, and the optional tile layer.
 *
 * Part of the element's entry (every first render draws the map; as a chunk
 * of its own it only added a request after the entry's). A reactive
 * controller of the element that draws itself where the element's template
 * puts it (`part()`), so a zoom step redraws the map alone; its styles are
 * part of the element's.
 */
import { css, html, noChange, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';
import { msg, str } from '@lit/localize';
import { numberFormat } from '../../internal/format.js';
import { lazyLoader } from '../../internal/lazy.js';
import { cluster, firstInReadingOrder, readingOrder, type Marker } from './cluster.js';
import { clampView, fitView, lerpView, zoomAt, type Bounds, type View } from './projection.js';
import { placesOf, type Model } from './model.js';
import type { Tile } from './tiles.js';

const MAX_ZOOM = 64; // relative to the fitted view

/** What the element tells the map on each render. */
export interface MapArgs {
  m: Model;
  /** Indices of the partners that pass the filters. */
  idx: number[];
  selectedIndex: number;
  municipality: string | null;
  lang: string;
  tiles: string | null;
  tilesAttribution: string | null;
  /** The region's name, for the map's accessible name. */
  region: string;
  /** Attribution of the feed's boundaries, if any. */
  attribution: string;
  /** A partner's marker was activated. */
  onSelect(i: number): void;
  /** Escape on the map: returns true when it closed something. */
  onEscape(): void;
  /** Runs fn in the element's language (msg() outside the element's own update). */
  localize<T>(fn: () => T): T;
  /** The element's "could not be loaded, try again" for a lazy chunk that failed (here the tile layer's). */
  chunkFailure(retry: () => void): TemplateResult;
}

/** @internal The lazy chunks' imports (the details are the element's), replaceable by tests (a failing import). */
export const chunks = { details: () => import('./details.js'), tiles: () => import('./tiles.js') };
const loadTiles = lazyLoader(() => chunks.tiles());

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class MapView implements ReactiveController {
  private view: View | null = null;
  private size = { w: 0, h: 0 };
  private fitted: View | null = null;
  private touched = false;
  private active = false;
  private hint = false;
  /** The partner whose marker holds the marker layer's single tab stop. */
  rovingMember = -1;
  private m: Model | null = null;
  private idx: number[] = [];
  private args: MapArgs | null = null;
  /** The markers drawn and their keyboard order: the marker layer's listeners (one each, not three per marker) look them up. */
  private markers: Marker[] = [];
  /** Keyboard order of `markers`, computed at the first arrow key after they change (not on every zoom step). */
  private order: number[] | null = null;
  private tileFn: typeof import('./tiles.js').tilesFor | null = null;
  private tilesFailed = false;
  private resizer = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    this.resized(width, height);
  });
  private observed: Element | null = null;
  private pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;
  private animation = 0;
  private hintTimer = 0;
  /** Where the map is drawn in the element's template: the map redraws itself there (a zoom step re-renders neither the form nor the list). */
  part_: MapPart | null = null;
  private dirty = false;
  /** A partner to pan to once the map is measured. */
  private pending = false;
  /** The font of the seat names (the page's), read with the map's first measurement: their widths are measured in it. */
  private font = '';

  constructor(private host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const vp = this.host.renderRoot.querySelector<HTMLElement>('.viewport.live');
    if (vp !== this.observed) {
      if (this.observed) this.resizer.unobserve(this.observed);
      if (vp) this.resizer.observe(vp);
      this.observed = vp;
      // The first size now, not from the resize observer after the next frame: the markers are then
      // drawn at once (the map alone, not the element again), before the page is first painted with the map.
      // (The layout this forces is the one the browser would do next anyway.)
      if (vp && !this.size.w) {
        const r = vp.getBoundingClientRect();
        this.font = `600 12px ${getComputedStyle(vp).fontFamily}`;
        this.resized(r.width - 2 * vp.clientLeft, r.height - 2 * vp.clientTop);
        this.flush();
      }
    }
  }

  /** A new viewport size: refits. Sub-pixel differences (a measured and an observed size) change nothing. */
  private resized(width: number, height: number): void {
    if (width > 0 && (Math.abs(width - this.size.w) > 0.5 || Math.abs(height - this.size.h) > 0.5)) {
      this.size = { w: width, h: height };
      this.refit();
    }
  }

  hostDisconnected(): void {
    this.resizer.disconnect();
    this.observed = null;
    cancelAnimationFrame(this.animation);
  }

  /** Redraws the map alone, once per task however many changes come (a drag, a wheel). */
  private update(): void {
    if (this.dirty) return;
    this.dirty = true;
    queueMicrotask(() => this.flush());
  }

  /** Redraws the map now, if it changed since it was last drawn. */
  private flush(): void {
    // Outside the element's update: msg() answers in the element's language only inside localize() (the marker
    // layer names markers as it commits, so the commit is inside too).
    const a = this.args;
    if (this.dirty && a && this.part_?.isConnected) a.localize(() => this.part_!.commit(this.render(a)));
    this.dirty = false;
  }

  /** The map, where the element's template puts it: drawn now, and redrawn by the map itself when the view changes. */
  part(a: MapArgs) {
    return mapPart(this, a);
  }

  /**
   * True when the map as drawn is what `a` asks for (an update of the element that leaves the map alone: the
   * list's next items, an announcement, the details' chunk arriving): it is then not drawn again (clustering,
   * place names and every marker's plan). Compares what is not a function (the callbacks only call the element).
   */
  drawn(a: MapArgs): boolean {
    const b = this.args as Record<string, unknown> | null;
    return !this.dirty && !!b && !Object.entries(a).some(([k, v]) => typeof v != 'function' && v !== b[k]);
  }

  /** Fits the view to the model's content, unless the reader has moved the map. */
  private refit(): void {
    if (!this.fit()) return;
    this.update();
    if (this.pending) this.show(this.rovingMember);
  }

  /** Fits the view (unless the reader has moved the map) without drawing; false before the map has a model and a size. */
  private fit(): boolean {
    if (!this.m || !this.size.w) return false;
    this.fitted = fitView(this.m.content, this.size.w, this.size.h, 28);
    if (!this.touched || !this.view) this.view = this.fitted;
    return true;
  }

  private setView(v: View): void {
    if (!this.m || !this.fitted) return;
    this.touched = true;
    this.view = clampView(v, this.m.bounds, this.size.w, this.size.h);
    this.update();
  }

  /** Moves to `target` (animated unless the reader prefers reduced motion), then calls `done` with the new view drawn. */
  private animateTo(target: View, done?: () => void): void {
    cancelAnimationFrame(this.animation);
    const from = this.view!;
    const end = () => {
      this.flush();
      done?.();
    };
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return this.setView(target), end();
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min((now - start) / 300, 1);
      this.setView(lerpView(from, target, 1 - (1 - t) ** 3, this.size.w, this.size.h));
      if (t < 1) this.animation = requestAnimationFrame(frame);
      else end();
    };
    this.animation = requestAnimationFrame(frame);
  }

  /** Pans to partner `i`, zoomed in until it has its own marker; its marker gets the tab stop. */
  show(i: number): void {
    this.rovingMember = i;
    const m = this.m;
    // Not measured yet (a partner named in the URL at load): shown once the map has its size.
    this.pending = !this.view || !this.fitted;
    if (!m || !this.view || !this.fitted || Number.isNaN(m.xs[i])) return this.update();
    const { w, h } = this.size;
    let v = this.view;
    const maxK = this.fitted.k * MAX_ZOOM;
    for (let step = 0; step < 8; step++) {
      v = { k: v.k, tx: w / 2 - m.xs[i] * v.k, ty: h / 2 - m.ys[i] * v.k };
      const mine = cluster(m.xs, m.ys, this.idx, v, { maxK, width: w, height: h }).find((mk) => mk.members.includes(i));
      if (!mine || mine.members.length === 1 || v.k >= maxK) break;
      v = { ...v, k: Math.min(v.k * 2, maxK) };
    }
    this.animateTo(v);
  }

  /** Focuses the marker holding the tab stop (after Escape from the details, or a cluster zoom). */
  focusMarker(): void {
    this.host.renderRoot.querySelector<HTMLElement>('.marker[tabindex="0"]')?.focus();
  }

  private zoom(factor: number, px = this.size.w / 2, py = this.size.h / 2): void {
    if (!this.view || !this.fitted) return;
    cancelAnimationFrame(this.animation);
    this.setView(zoomAt(this.view, factor, px, py, this.fitted.k / 2, this.fitted.k * MAX_ZOOM));
  }

  private reset = () => {
    if (!this.fitted) return;
    this.animateTo(this.fitted);
    this.touched = false;
  };

  private onWheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey && !this.active) {
      // Leave page scrolling alone; say how to zoom.
      this.hint = true;
      clearTimeout(this.hintTimer);
      this.hintTimer = window.setTimeout(() => ((this.hint = false), this.update()), 1500);
      return this.update();
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
    if (!prev || !this.view || !this.fitted) return;
    const vp = e.currentTarget as HTMLElement;
    if (this.pointers.size === 1) {
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      // Capture only once it is a drag, so a plain click still reaches the marker under it.
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
      this.setView(zoomAt({ ...this.view, tx: this.view.tx + mx - pmx, ty: this.view.ty + my - pmy }, f, mx, my, this.fitted.k / 2, this.fitted.k * MAX_ZOOM));
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  private onPointerUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
  };

  /** A drag ends with a click on whatever is under the pointer: swallow it. */
  private onClick = (e: Event) => {
    if (this.dragged) {
      e.stopPropagation();
      e.preventDefault();
      this.dragged = false;
    }
  };

  private onViewportKey = (e: KeyboardEvent) => {
    const v = this.view;
    if (!v) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (e.key === '+' || e.key === '=') this.zoom(1.5);
    else if (e.key === '-' || e.key === '_') this.zoom(1 / 1.5);
    else if (e.key === '0') this.reset();
    else if (e.key === 'Escape') return this.args?.onEscape();
    else if (moves[e.key] && e.target === e.currentTarget) {
      const [dx, dy] = moves[e.key];
      this.setView({ k: v.k, tx: v.tx + dx * 0.15 * this.size.w, ty: v.ty + dy * 0.15 * this.size.h });
    } else return;
    e.preventDefault();
  };

  /** The marker an event came from (its index in `markers`), or -1. */
  private markerOf(e: Event): number {
    const b = (e.target as Element).closest?.('.marker') as MarkerButton | null;
    return b?.markerIndex ?? -1;
  }

  private onMarkersKey = (e: KeyboardEvent) => {
    const n = this.markerOf(e);
    if (n >= 0) this.onMarkerKey(e, this.markers, (this.order ??= readingOrder(this.markers)), n);
  };

  private onMarkersFocus = (e: FocusEvent) => {
    const n = this.markerOf(e);
    if (n >= 0) this.rovingMember = this.markers[n].members[0];
  };

  private onMarkersClick = (e: MouseEvent) => {
    const n = this.markerOf(e);
    if (n >= 0) this.activate(this.markers[n]);
  };

  /** Roving focus between markers: arrows in reading order (north → south, west → east), Home, End. */
  private onMarkerKey(e: KeyboardEvent, markers: Marker[], order: number[], at: number) {
    const pos = order.indexOf(at);
    const next = { ArrowRight: pos + 1, ArrowDown: pos + 1, ArrowLeft: pos - 1, ArrowUp: pos - 1, Home: 0, End: order.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    this.rovingMember = markers[order[Math.max(0, Math.min(order.length - 1, next))]].members[0];
    this.update();
    this.flush();
    this.focusMarker();
  }

  private activate(mk: Marker) {
    const m = this.m!;
    if (mk.members.length === 1) return this.args!.onSelect(mk.members[0]);
    // A cluster: zoom to its members; focus follows to the marker holding the first of them.
    const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of mk.members) {
      b[0] = Math.min(b[0], m.xs[i]);
      b[1] = Math.min(b[1], m.ys[i]);
      b[2] = Math.max(b[2], m.xs[i]);
      b[3] = Math.max(b[3], m.ys[i]);
    }
    const { w, h } = this.size;
    const k = Math.min(Math.max(fitView(b, w, h, 60).k, this.view!.k * 2), this.fitted!.k * MAX_ZOOM);
    this.rovingMember = mk.members[0];
    // Focus follows once the zoom has ended: the cluster's button is gone by then, the first member has its marker.
    this.animateTo({ k, tx: w / 2 - ((b[0] + b[2]) / 2) * k, ty: h / 2 - ((b[1] + b[3]) / 2) * k }, () => this.focusMarker());
  }

  private fetchTiles(): void {
    loadTiles().then(
      (t) => ((this.tileFn = t.tilesFor), this.update()),
      () => ((this.tilesFailed = true), this.update()),
    );
  }

  render(a: MapArgs): TemplateResult {
    this.dirty = false;
    if (a.m !== this.m) {
      this.m = a.m;
      // A new model (the outline arrived, a new feed): fitted now, drawn in this render. Not yet measured: fitted once measured.
      if (this.fit() && this.pending) queueMicrotask(() => this.show(this.rovingMember));
    }
    this.idx = a.idx;
    this.args = a;
    if (a.tiles && !this.tileFn && !this.tilesFailed) this.fetchTiles();
    const { w, h } = this.size;
    const v = this.view;
    const m = a.m;
    const maxK = (this.fitted?.k ?? 1) * MAX_ZOOM;
    const markers = v && w ? cluster(m.xs, m.ys, a.idx, v, { maxK, width: w, height: h }) : [];
    this.markers = markers;
    this.order = null;
    const nf = numberFormat(a.lang);
    let roving = markers.findIndex((mk) => mk.members.includes(this.rovingMember));
    if (roving < 0) roving = firstInReadingOrder(markers);
    const tiles: Tile[] = a.tiles && this.tileFn && v && w && m.proj.kind === 'mercator' ? this.tileFn(a.tiles, v, w, h) : [];
    // A marker's name and count text follow from its key (the partner, or a cluster's first member and size) while
    // the filtered partners stay (a new model or language filters anew): a zoom step names only markers whose key is new.
    const describe = (mk: Marker): [string, string] => {
      if (mk.members.length === 1) return [m.names[mk.members[0]], ''];
      const [where, other, more] = placesOf(m, mk.members, 3);
      const count = nf.format(mk.members.length);
      // One or two places by name ("i Växjö och Alvesta"); more, the one with the most partners. Sentences, not
      // Intl.ListFormat: its first use cost the map's first render 4 ms.
      return [
        !where ? msg(str`${count} partner`) : more ? msg(str`${count} partner, flest i ${where}`) : other ? msg(str`${count} partner i ${where} och ${other}`) : msg(str`${count} partner i ${where}`),
        count,
      ];
    };
    return html`<div class="controls" role="group" aria-label=${msg('Kartans zoom')}>
        <button class="button" type="button" aria-label=${msg('Zooma in')} @click=${() => this.zoom(1.5)}>+</button>
        <button class="button" type="button" aria-label=${msg('Zooma ut')} @click=${() => this.zoom(1 / 1.5)}>−</button>
        <button class="button" type="button" @click=${this.reset}>${msg('Visa hela kartan')}</button>
      </div>
      <div
        class="viewport live ${this.active ? 'active' : ''}"
        dir="ltr"
        tabindex="0"
        role="group"
        aria-label=${a.region ? msg(str`Karta över ${a.region}`) : msg('Karta')}
        aria-describedby="map-help"
        @keydown=${this.onViewportKey}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @click=${this.onClick}
        @focusin=${() => ((this.active = true), this.update())}
        @focusout=${(e: FocusEvent) => !(e.currentTarget as Element).contains(e.relatedTarget as Node) && ((this.active = false), this.update())}
      >
        <svg aria-hidden="true" viewBox="0 0 ${w || 1} ${h || 1}" width=${w || 1} height=${h || 1}>
          ${tiles.map((t) => svg`<image href=${t.href} x=${t.x} y=${t.y} width=${t.size + 0.5} height=${t.size + 0.5} preserveAspectRatio="none"></image>`)}
          ${v
            ? svg`<g class=${tiles.length ? 'geo over-tiles' : 'geo'} transform="matrix(${v.k} 0 0 ${v.k} ${v.tx} ${v.ty})">
                ${m.land.map((l) => svg`<path class=${l.foreign ? 'land foreign' : 'land'} d=${l.d}></path>`)}
                ${m.shapes.map((s) => svg`<path class=${s.code === a.municipality ? 'muni highlight' : 'muni'} data-code=${s.code} d=${s.d}></path>`)}
              </g>
              ${placeLabels(m.seats, v, w, h, markers, a.selectedIndex, this.font).map(
                ({ s, x, y, tx, ty, anchor }) =>
                  svg`<g class=${s.code === a.municipality ? 'seat highlight' : 'seat'}><circle cx=${x} cy=${y} r="3"></circle>${anchor ? svg`<text x=${tx} y=${ty} text-anchor=${anchor}>${s.name}</text>` : nothing}</g>`,
              )}`
            : nothing}
        </svg>
        <!-- Keyed, so a focused marker stays its partner's while the view moves. -->
        <div
          class="markers"
          role="group"
          aria-label=${msg('Partner på kartan')}
          @keydown=${this.onMarkersKey}
          @focusin=${this.onMarkersFocus}
          @click=${this.onMarkersClick}
          ${markerLayer(
            markers.map((mk, n) => {
              const single = mk.members.length === 1;
              const selected = single && mk.members[0] === a.selectedIndex;
              const key = single ? `p${mk.members[0]}` : `c${mk.members[0]}:${mk.members.length}`;
              return {
                key,
                className: `marker ${single ? 'single' : 'cluster'}${selected ? ' selected' : ''}`,
                n,
                tabIndex: n === roving ? 0 : -1,
                mk,
                of: a.idx,
                selected,
                transform: `translate(${mk.x.toFixed(1)}px, ${mk.y.toFixed(1)}px)`,
              };
            }),
            describe,
          )}
        ></div>
        ${this.hint ? html`<p class="hint" aria-hidden="true">${msg('Klicka på kartan eller håll ned Ctrl för att zooma med hjulet.')}</p>` : nothing}
      </div>
      <p id="map-help" class="help">${msg('Piltangenterna flyttar kartan, plus och minus zoomar. I markörerna flyttar piltangenterna mellan partner och Enter visar uppgifterna.')}</p>
      ${a.tiles && this.tilesFailed ? a.chunkFailure(() => ((this.tilesFailed = false), this.fetchTiles())) : nothing}
      ${a.tiles && a.tilesAttribution ? html`<p class="attribution">${msg('Bakgrundskarta:')} ${a.tilesAttribution}</p>` : nothing}
      ${a.attribution ? html`<p class="attribution">${a.attribution}</p>` : nothing}`;
  }
}

/** One marker button as drawn: everything the marker layer sets on it. */
interface MarkerPlan {
  key: string;
  className: string;
  /** Its index in the markers drawn (for the marker layer's listeners). */
  n: number;
  tabIndex: number;
  mk: Marker;
  /** The filtered partners it was named among: while they and its key stay, so do its accessible name and count text. */
  of: readonly number[];
  selected: boolean;
  transform: string;
}

/**
 * The marker buttons, kept by key (a partner, or a cluster's first member and
 * size) so the focused one stays its partner's while the view moves. Written
 * with the DOM directly: a hundred-odd markers come and go on every zoom step,
 * and a template instance per button (with its comment markers and one part
 * per attribute) cost more than the few properties that change. A button is
 * never moved (moving a focused node would blur it): buttons of keys that are
 * gone are reused for new keys, extra ones appended; markers do not overlap,
 * so their order is not seen.
 * Styles are set through the CSSOM, so a strict CSP (no inline styles) is fine.
 */
class MarkerLayer extends Directive {
  private buttons = new Map<string, { el: MarkerButton; plan: Partial<MarkerPlan> }>();
  private layer: Element | null = null;

  render(_plans: MarkerPlan[], _describe: (mk: Marker) => [label: string, text: string]) {
    return nothing;
  }

  override update(part: ElementPart, [plans, describe]: [MarkerPlan[], (mk: Marker) => [string, string]]) {
    const layer = part.element;
    if (layer !== this.layer) {
      this.layer = layer;
      this.buttons.clear();
    }
    // Buttons whose key is gone are reused for the new keys (a zoom step replaces most clusters):
    // changing a few properties costs less than a new element's style and layout. Never the
    // focused one: it is removed, as its partner has no marker of its own now.
    const wanted = new Set(plans.map((p) => p.key));
    const focused = (layer.getRootNode() as ShadowRoot).activeElement;
    const spare: { el: MarkerButton; plan: Partial<MarkerPlan> }[] = [];
    for (const [key, b] of this.buttons)
      if (!wanted.has(key)) {
        this.buttons.delete(key);
        if (b.el === focused) b.el.remove();
        else spare.push(b);
      }
    for (const p of plans) {
      let b = this.buttons.get(p.key);
      if (!b) {
        b = spare.pop();
        if (!b) {
          const el = document.createElement('button');
          el.type = 'button';
          el.part.add('marker');
          layer.append(el);
          b = { el, plan: {} };
        }
        this.buttons.set(p.key, b);
      }
      const { el, plan } = b;
      if (plan.className !== p.className) el.className = p.className;
      el.markerIndex = p.n;
      if (plan.tabIndex !== p.tabIndex) el.tabIndex = p.tabIndex;
      if (plan.key !== p.key || plan.of !== p.of) {
        const [label, text] = describe(p.mk);
        el.setAttribute('aria-label', label);
        el.textContent = text;
      }
      if (plan.selected !== p.selected) {
        if (p.selected) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
      if (plan.transform !== p.transform) el.style.transform = p.transform;
      b.plan = p;
    }
    for (const b of spare) b.el.remove();
    return nothing;
  }
}
const markerLayer = directive(MarkerLayer);
/** A marker button knows its index in the markers drawn: a property, not an attribute written on every zoom step, nor a WeakMap entry (collector work). */
type MarkerButton = HTMLButtonElement & { markerIndex?: number };

/** The map's place in the element's template (see MapView.part). */
class MapPart extends AsyncDirective {
  render(view: MapView, a: MapArgs) {
    view.part_ = this;
    return view.drawn(a) ? noChange : view.render(a);
  }
  commit(value: unknown) {
    this.setValue(value);
  }
}
const mapPart = directive(MapPart);

/** A seat's dot; `anchor` (the text-anchor) is set when its name fits, at `tx`, `ty`. */
interface SeatLabel {
  s: Model['seats'][number];
  x: number;
  y: number;
  /** The marker on the dot, if any, and how far from the dot it is. */
  mk?: Marker;
  d: number;
  tx?: number;
  ty?: number;
  anchor?: 'middle' | 'start' | 'end';
}

let measure: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** A seat name's width in pixels, measured once per name and font (semibold, as a highlighted name is); estimated where there is no canvas. */
function nameWidth(name: string, font: string): number {
  let width = widths.get(font + name);
  if (width === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    if (measure) measure.font = font;
    widths.set(font + name, (width = measure && font ? measure.measureText(name).width : name.length * 6.8));
  }
  return width;
}

/** Where a name may go around its dot or marker, in order of preference: below, above, right, left, then the corners. */
const PLACES = [[0, 1], [0, -1], [1, 0], [-1, 0], [0.7, 0.7], [0.7, -0.7], [-0.7, 0.7], [-0.7, -0.7]];

/**
 * Seat dots with names placed as a map does: markers and the dots are
 * obstacles (their drawn sizes), and a name takes the first free place
 * around its dot (below, above, right, left, then the corners; near it, then
 * a little further out). When a marker sits on dots, the name of the nearest
 * place goes around the marker, so the marker is named (these first, the
 * largest cluster first), and the names of the other places under it are left
 * out, as are names with no free place inside the map. Greedy; widths
 * measured in the page's font. The dots stay.
 */
function placeLabels(seats: Model['seats'], v: View, w: number, h: number, markers: Marker[], selected: number, font: string): SeatLabel[] {
  // Boxes as a flat list of [x0, y0, x1, y1]: no array per marker on every zoom step.
  // A marker's box is its drawn size (26 px, a cluster 36, the selected 32, each with a 1 px ring) and a pixel of air.
  const taken: number[] = [];
  const radius = (mk: Marker) => (mk.members.length > 1 ? 20 : mk.members[0] === selected ? 18 : 15);
  for (const mk of markers) {
    const r = radius(mk);
    taken.push(mk.x - r, mk.y - r, mk.x + r, mk.y + r);
  }
  /** The box of the dot whose name is being placed: it keeps its distance from the others' dots only. */
  let own = -1;
  const free = (x0: number, y0: number, x1: number, y1: number) => {
    if (x0 < 2 || y0 < 2 || x1 > w - 2 || y1 > h - 2) return false;
    for (let t = 0; t < taken.length; t += 4) if (t !== own && taken[t] < x1 && x0 < taken[t + 2] && taken[t + 1] < y1 && y0 < taken[t + 3]) return false;
    return true;
  };
  const shown: SeatLabel[] = [];
  const dots = taken.length;
  for (const s of seats) {
    const x = s.x * v.k + v.tx;
    const y = s.y * v.k + v.ty;
    if (x > -50 && y > -50 && x < w + 50 && y < h + 50) {
      const p: SeatLabel = { s, x, y, d: 1e9 };
      for (const mk of markers) {
        const d = Math.hypot(mk.x - x, mk.y - y);
        if (d < radius(mk) + 4 && d < p.d) {
          p.mk = mk;
          p.d = d;
        }
      }
      shown.push(p);
      // The dots too, with a margin: a name is neither written over another place's dot nor set right beside it (where it would seem to be that dot's).
      taken.push(x - 12, y - 8, x + 12, y + 8);
    }
  }
  const named = new Set<Marker>();
  const order = shown.map((_, i) => i).sort((a, b) => (shown[b].mk?.members.length ?? 0) - (shown[a].mk?.members.length ?? 0) || shown[a].d - shown[b].d);
  for (const i of order) {
    const p = shown[i];
    const mk = p.mk;
    if (mk && named.has(mk)) continue;
    if (mk) named.add(mk);
    own = dots + 4 * i;
    const { x, y } = mk ?? p;
    const width = nameWidth(p.s.name, font) + 4;
    search: for (const g of mk ? [radius(mk) + 2, radius(mk) + 12] : [5, 18])
      for (const [dx, dy] of PLACES) {
        // A 12 px name is about 14 px high, 11 of them above its baseline.
        const tx = x + dx * g;
        const x0 = dx > 0 ? tx : dx < 0 ? tx - width : tx - width / 2;
        const y0 = dy > 0 ? y + dy * g : dy < 0 ? y + dy * g - 14 : y - 7;
        if (free(x0, y0, x0 + width, y0 + 14)) {
          taken.push(x0, y0, x0 + width, y0 + 14);
          p.tx = tx;
          p.ty = y0 + 11;
          p.anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
          break search;
        }
      }
  }
  return shown;
}

/** The map's styles, part of the element's. */
export const mapStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-end: 0.4rem;
  }
  .controls .button {
    min-inline-size: 44px;
    justify-content: center;
    padding-inline: 0.6em;
  }
  .viewport {
    /* Its size never depends on what is inside: a zoom step lays out the map alone, not the page. */
    contain: strict;
    /* One finger scrolls the page until the map is in use (focused or clicked); then it pans. */
    touch-action: pan-x pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport.active {
    touch-action: none;
  }
  .viewport:focus-visible {
    outline-offset: -4px;
  }
  /* Absolutely positioned, so a block (as is each marker). */
  svg {
    position: absolute;
    inset: 0;
  }
  .land {
    fill: var(--_land);
  }
  .land.foreign {
    fill: var(--_surface-alt);
  }
  .muni {
    fill: var(--_land);
    stroke: #7d8b7a;
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .over-tiles .land {
    fill: none;
  }
  .over-tiles .muni {
    fill: none;
    stroke: #333;
  }
  .muni.highlight {
    fill: #cfe0f5;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .seat circle {
    fill: var(--_text);
  }
  .seat text {
    font-size: 12px;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .seat.highlight text {
    font-weight: 600;
  }
  .markers {
    position: absolute;
    inset: 0;
  }
  /*
   * Block boxes with one line of centred text (not grid), no native button
   * look, and a fixed size contained: a zoom step styles and lays out a
   * hundred or more new ones.
   */
  .marker {
    position: absolute;
    top: 0;
    left: 0;
    appearance: none;
    contain: strict;
    text-align: center;
    inline-size: 26px;
    block-size: 26px;
    margin: -13px 0 0 -13px;
    padding: 0;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8rem;
    font-weight: 600;
    line-height: 22px;
    cursor: pointer;
    box-shadow: 0 0 0 1px var(--_text);
  }
  .marker.cluster {
    inline-size: 36px;
    block-size: 36px;
    margin: -18px 0 0 -18px;
    background: var(--_surface);
    color: var(--_accent);
    border: 3px solid var(--_accent);
    line-height: 30px;
  }
  .marker.selected {
    background: var(--_danger);
    inline-size: 32px;
    block-size: 32px;
    margin: -16px 0 0 -16px;
    z-index: 1;
  }
  .marker:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
    z-index: 2;
  }
  .hint {
    position: absolute;
    inset-inline: 1rem;
    inset-block-end: 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
  }
  @media (forced-colors: active) {
    .land,
    .muni {
      fill: Canvas;
      stroke: CanvasText;
    }
    .muni.highlight {
      stroke: Highlight;
    }
    .seat circle,
    .seat text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonFace;
    }
    .marker.cluster {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .marker.selected {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .controls,
    .hint,
    .help {
      display: none;
    }
  }
`;
