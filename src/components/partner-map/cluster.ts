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
  /** Grid cell size in pixels: points closer than this merge. */
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
  const cell = o.cell ?? 44;
  const maxSpread = o.maxSpread ?? 12;
  const cells = new Map<number, { sx: number; sy: number; members: number[]; x0: number; y0: number; x1: number; y1: number }>();
  const margin = cell;
  const cols = Math.ceil((o.width + 2 * margin) / cell) + 1;
  for (let n = 0; n < indices.length; n++) {
    const i = indices[n];
    const sx = xs[i] * v.k + v.tx;
    const sy = ys[i] * v.k + v.ty;
    // Written so that NaN (a partner with no place) fails too.
    if (!(sx >= -margin && sy >= -margin && sx <= o.width + margin && sy <= o.height + margin)) continue;
    const key = Math.floor((sy + margin) / cell) * cols + Math.floor((sx + margin) / cell);
    const c = cells.get(key);
    if (c) {
      c.sx += sx;
      c.sy += sy;
      c.members.push(i);
      if (xs[i] < c.x0) c.x0 = xs[i];
      if (xs[i] > c.x1) c.x1 = xs[i];
      if (ys[i] < c.y0) c.y0 = ys[i];
      if (ys[i] > c.y1) c.y1 = ys[i];
    } else cells.set(key, { sx, sy, members: [i], x0: xs[i], y0: ys[i], x1: xs[i], y1: ys[i] });
  }
  const atMax = v.k >= o.maxK * 0.999;
  const step = 34;
  // Units: a cell's group before it is drawn. `r` is how far its spread spiral reaches.
  let units: { x: number; y: number; members: number[]; spread: boolean; r: number }[] = [];
  for (const c of cells.values()) {
    const n = c.members.length;
    // Can zooming in separate them? Not if they are within a pixel at the highest zoom.
    const together = Math.max(c.x1 - c.x0, c.y1 - c.y0) * o.maxK < 1;
    const spread = n > 1 && ((together && n <= maxSpread) || atMax);
    units.push({ x: c.sx / n, y: c.sy / n, members: c.members, spread, r: spread ? step * Math.sqrt(n - 1) * 0.9 : 0 });
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
  for (const u of units) {
    const near = out.find((o) => Math.hypot(o.x - u.x, o.y - u.y) < gap + o.r + u.r);
    if (!near) {
      out.push(u);
      continue;
    }
    const n = near.members.length, m = u.members.length;
    near.x = (near.x * n + u.x * m) / (n + m);
    near.y = (near.y * n + u.y * m) / (n + m);
    near.members = near.members.concat(u.members);
    // Merged groups become a cluster (zooming in separates them again), or at the highest zoom a spread group.
    near.spread = spreadStep > 0;
    near.r = spreadStep * Math.sqrt(n + m - 1) * 0.9;
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
  return markers
    .map((_, i) => i)
    .sort((a, b) => Math.floor(markers[a].y / band) - Math.floor(markers[b].y / band) || markers[a].x - markers[b].x);
}
