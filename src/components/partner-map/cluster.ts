/**
 * Grid clustering of projected points, as a pure function: the bench times
 * it and the element calls it on every zoom step. Points are given as flat
 * arrays of base coordinates (see projection.ts), so 5,000 partners cost
 * two Float64Arrays, not 5,000 objects.
 */
import type { View } from './projection.js';

export interface Marker {
  /** Screen position in pixels. */
  x: number;
  y: number;
  /** Indices into the input points. One index: a single partner. */
  members: number[];
  /**
   * True when the members cannot be told apart by zooming in (same place,
   * e.g. several partners at one municipality seat): they are then spread
   * on a small spiral instead of being clustered, each its own marker.
   */
  spread?: boolean;
}

export interface ClusterOptions {
  /**
   * Grid cell size in pixels: points closer than this merge (default 60, as Google's MarkerClusterer grid; Leaflet.markercluster
   * merges within 80). At 44 the map drew nearly twice the markers (134 rather than 70 for 5,000 partners at the fitted view),
   * each styled, laid out and painted on every zoom step, and they covered most place names.
   */
  cell?: number;
  /** The highest scale the map zooms to: members closer than a pixel at that scale count as one place. */
  maxK: number;
  /** The viewport; points outside it (plus a margin of one cell) are not drawn. */
  width: number;
  height: number;
  /** Spread co-located groups up to this size; larger ones stay a cluster until the map is at maxK. */
  maxSpread?: number;
  /** Markers closer than this many pixels are merged (default 30). */
  minGap?: number;
}

/**
 * Groups the points `indices` (into xs/ys) at view `v`. Returns one marker per
 * non-empty grid cell inside the viewport; groups of points at the same place
 * come back as separate, spread markers (`spread: true`) so none hides another.
 */
export function cluster(xs: ArrayLike<number>, ys: ArrayLike<number>, indices: ArrayLike<number>, v: View, o: ClusterOptions): Marker[] {
  const cell = o.cell ?? 60;
  const maxSpread = o.maxSpread ?? 12;
  const margin = cell;
  const cols = Math.ceil((o.width + 2 * margin) / cell) + 1;
  const rows = Math.ceil((o.height + 2 * margin) / cell) + 1;
  // Flat typed arrays per grid cell and per point, no object or array per point: this runs on every
  // zoom step, mostly before the JIT has warmed up (the first steps a reader takes).
  const count = new Int32Array(cols * rows);
  const sumX = new Float64Array(cols * rows);
  const sumY = new Float64Array(cols * rows);
  const cellOf = new Int32Array(indices.length);
  /** Cells in the order their first point comes (the units' order). */
  const used: number[] = [];
  // The loop over every point, as little as it can be (it runs cold on the first steps): a cell's
  // extent is found later from its members, and only for the few cells that need it.
  const { k, tx, ty } = v;
  const right = o.width + margin, bottom = o.height + margin;
  for (let n = 0; n < indices.length; n++) {
    const i = indices[n];
    const sx = xs[i] * k + tx;
    const sy = ys[i] * k + ty;
    // Written so that NaN (a partner with no place) fails too.
    if (!(sx >= -margin && sy >= -margin && sx <= right && sy <= bottom)) {
      cellOf[n] = -1;
      continue;
    }
    // Both are ≥ 0 here, so truncation is floor.
    const c = (((sy + margin) / cell) | 0) * cols + (((sx + margin) / cell) | 0);
    cellOf[n] = c;
    if (count[c]++ === 0) used.push(c);
    sumX[c] += sx;
    sumY[c] += sy;
  }
  const members: number[][] = new Array(cols * rows);
  for (const c of used) members[c] = [];
  for (let n = 0; n < indices.length; n++) if (cellOf[n] >= 0) members[cellOf[n]].push(indices[n]);
  const atMax = v.k >= o.maxK * 0.999;
  const step = 34;
  /** How far apart the members are along one axis (for the few cells that may be spread). */
  const span = (ms: number[], p: ArrayLike<number>) => {
    const q = ms.map((i) => p[i]);
    return Math.max(...q) - Math.min(...q);
  };
  // Units: a cell's group before it is drawn. `r` is how far its spread spiral reaches.
  let units: Unit[] = [];
  for (const c of used) {
    const n = count[c];
    // Can zooming in separate them? Not if they are within a pixel at the highest zoom.
    const spread = n > 1 && (atMax || (n <= maxSpread && Math.max(span(members[c], xs), span(members[c], ys)) * o.maxK < 1));
    units.push({ x: sumX[c] / n, y: sumY[c] / n, members: members[c], spread, r: spread ? step * Math.sqrt(n - 1) * 0.9 : 0 });
  }
  // Grid cells split neighbours that straddle a cell border: merge units that
  // would overlap, so no marker hides part of another. At the highest zoom
  // merged groups are spread around their centre instead of clustered.
  units = mergeClose(units, o.minGap ?? 30, atMax ? step : 0);
  const out: Marker[] = [];
  for (const u of units) {
    if (!u.spread) out.push({ x: u.x, y: u.y, members: u.members });
    else
      u.members.forEach((i, m) => {
        const [dx, dy] = spiral(m, step);
        out.push({ x: u.x + dx, y: u.y + dy, members: [i], spread: true });
      });
  }
  return out;
}

type Unit = { x: number; y: number; members: number[]; spread: boolean; r: number };

/** Merges units that would overlap; with `spreadStep` the merged ones are spread (at the highest zoom), else clustered. */
function mergeClose(units: Unit[], gap: number, spreadStep: number): Unit[] {
  const out: Unit[] = [];
  // The units kept so far, by square buckets of their position: a unit is compared with those near it,
  // not with every one (a few hundred units at 5,000 partners, on every zoom step). The first match in
  // `out` order wins, as a scan of all of them would find.
  const size = Math.max(gap * 2, 64);
  const buckets = new Map<number, number[]>();
  const keyOf = (x: number, y: number) => Math.floor(y / size) * 65536 + Math.floor(x / size);
  const add = (n: number) => {
    const k = keyOf(out[n].x, out[n].y);
    const b = buckets.get(k);
    if (b) b.push(n);
    else buckets.set(k, [n]);
  };
  let maxR = 0;
  for (const u of units) {
    const reach = gap + u.r + maxR;
    const bx0 = Math.floor((u.x - reach) / size), bx1 = Math.floor((u.x + reach) / size);
    const by0 = Math.floor((u.y - reach) / size), by1 = Math.floor((u.y + reach) / size);
    let best = -1;
    for (let by = by0; by <= by1; by++)
      for (let bx = bx0; bx <= bx1; bx++) {
        const b = buckets.get(by * 65536 + bx);
        if (b)
          for (const n of b) {
            const o = out[n];
            const dx = o.x - u.x, dy = o.y - u.y, d = gap + o.r + u.r;
            if ((best < 0 || n < best) && dx * dx + dy * dy < d * d) best = n;
          }
      }
    if (best < 0) {
      out.push(u);
      add(out.length - 1);
      maxR = Math.max(maxR, u.r);
      continue;
    }
    const near = out[best];
    const old = buckets.get(keyOf(near.x, near.y))!;
    old.splice(old.indexOf(best), 1);
    const n = near.members.length, m = u.members.length;
    near.x = (near.x * n + u.x * m) / (n + m);
    near.y = (near.y * n + u.y * m) / (n + m);
    near.members = near.members.concat(u.members);
    // Merged groups become a cluster (zooming in separates them again), or at the highest zoom a spread group.
    near.spread = spreadStep > 0;
    near.r = spreadStep * Math.sqrt(n + m - 1) * 0.9;
    maxR = Math.max(maxR, near.r);
    add(best);
  }
  return out;
}

/**
 * The m-th offset of a sunflower (Vogel) spiral with neighbours about `step`
 * pixels apart: the first stays at the centre, the next ring around it.
 */
export function spiral(m: number, step: number): [number, number] {
  if (m === 0) return [0, 0];
  const r = step * Math.sqrt(m) * 0.9;
  const a = m * 2.399963; // golden angle
  return [r * Math.cos(a), r * Math.sin(a)];
}

/**
 * Reading order for keyboard moves between markers: rows of `band` pixels
 * from north to south, west to east within a row.
 */
export function readingOrder(markers: readonly Pick<Marker, 'x' | 'y'>[], band = 32): number[] {
  const rows = markers.map((mk) => Math.floor(mk.y / band));
  return markers.map((_, i) => i).sort((a, b) => rows[a] - rows[b] || markers[a].x - markers[b].x);
}

/** The first marker in reading order (see readingOrder), without sorting them all: it holds the tab stop by default. */
export function firstInReadingOrder(markers: readonly Pick<Marker, 'x' | 'y'>[], band = 32): number {
  let best = -1;
  for (let i = 0; i < markers.length; i++) {
    const b = markers[best];
    const row = Math.floor(markers[i].y / band);
    if (!b || row < Math.floor(b.y / band) || (row === Math.floor(b.y / band) && markers[i].x < b.x)) best = i;
  }
  return best;
}
