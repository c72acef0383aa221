/**
 * Map projections and the view transform, as pure functions (no DOM), so the
 * bench can time them and the tests can check them without a browser layout.
 *
 * Two coordinate spaces:
 * - base units: what a projection returns for a (lon, lat);
 * - screen pixels: `base * k + t`, the SVG's user space (its viewBox is the
 *   container's size in CSS pixels, so one unit is one pixel and markers keep
 *   their size on a phone and on a desktop).
 */

/** [minLon, minLat, maxLon, maxLat], WGS84. */
export type BBox = readonly [number, number, number, number];
/** [minX, minY, maxX, maxY] in base units. */
export type Bounds = [number, number, number, number];

export interface Projection {
  readonly kind: 'equirectangular' | 'mercator';
  /** (lon, lat) → [x, y] base units, y down. */
  project(lon: number, lat: number): [number, number];
  /** [x, y] base units → [lon, lat]. */
  invert(x: number, y: number): [number, number];
}

const RAD = Math.PI / 180;

/**
 * Equirectangular with x scaled by cos(mid-latitude) of `bbox`: near-true
 * shapes at county scale (≈ 0.55 in Skåne, 0.50 in Värmland), no trigonometry
 * per point. Base units are degrees of latitude.
 */
export function equirectangular(bbox: BBox): Projection {
  const c = Math.cos(((bbox[1] + bbox[3]) / 2) * RAD);
  const lon0 = bbox[0];
  const lat0 = bbox[3];
  return {
    kind: 'equirectangular',
    project: (lon, lat) => [(lon - lon0) * c, lat0 - lat],
    invert: (x, y) => [x / c + lon0, lat0 - y],
  };
}

/**
 * Web Mercator (EPSG:3857) in the XYZ tile scheme's units: the whole world is
 * 256 × 256 at zoom 0, so tile (z, x, y) covers [x, y] · 256 / 2^z. Used only
 * when tiles are configured, so they line up with what is drawn.
 */
export function mercator(): Projection {
  return {
    kind: 'mercator',
    project: (lon, lat) => [((lon + 180) / 360) * 256, (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / (2 * Math.PI)) * 256],
    invert: (x, y) => [(x / 256) * 360 - 180, (2 * Math.atan(Math.exp((0.5 - y / 256) * 2 * Math.PI)) - Math.PI / 2) / RAD],
  };
}

/** The base-unit bounds of a WGS84 box under `p`. */
export function projectBBox(p: Projection, bbox: BBox): Bounds {
  const [x0, y0] = p.project(bbox[0], bbox[3]);
  const [x1, y1] = p.project(bbox[2], bbox[1]);
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** The WGS84 box around points given as [lon, lat], widened by `margin` of its size (at least 0.05°). */
export function bboxOf(points: Iterable<readonly [number, number]>, margin = 0.08): BBox | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (x0 > x1) return null;
  const mx = Math.max((x1 - x0) * margin, 0.05);
  const my = Math.max((y1 - y0) * margin, 0.05);
  return [x0 - mx, y0 - my, x1 + mx, y1 + my];
}

/** Screen = base · k + (tx, ty). */
export interface View {
  k: number;
  tx: number;
  ty: number;
}

/** The view that fits `b` into a `width` × `height` viewport with `pad` pixels around it, centred. */
export function fitView(b: Bounds, width: number, height: number, pad = 16): View {
  const w = Math.max(b[2] - b[0], 1e-9);
  const h = Math.max(b[3] - b[1], 1e-9);
  const k = Math.max(Math.min((width - 2 * pad) / w, (height - 2 * pad) / h), 1e-9);
  return { k, tx: (width - w * k) / 2 - b[0] * k, ty: (height - h * k) / 2 - b[1] * k };
}

/** Zooms by `factor` around the screen point (px, py), keeping it still; k stays within [minK, maxK]. */
export function zoomAt(v: View, factor: number, px: number, py: number, minK: number, maxK: number): View {
  const k = Math.min(Math.max(v.k * factor, minK), maxK);
  const f = k / v.k;
  return { k, tx: px - (px - v.tx) * f, ty: py - (py - v.ty) * f };
}

/** Centres the base point (x, y) in a `width` × `height` viewport at scale `k`. */
export function centreOn(x: number, y: number, k: number, width: number, height: number): View {
  return { k, tx: width / 2 - x * k, ty: height / 2 - y * k };
}

/**
 * Keeps at least part of `b` on screen: the map cannot be dragged away and
 * lost. `keep` is the share of the viewport the bounds must still reach into.
 */
export function clampView(v: View, b: Bounds, width: number, height: number, keep = 0.25): View {
  const clamp = (t: number, lo: number, hi: number, size: number) => {
    const min = size * keep - hi; // the far edge may not go left of keep·size
    const max = size * (1 - keep) - lo; // the near edge may not go right of (1-keep)·size
    return min > max ? (min + max) / 2 : Math.min(Math.max(t, min), max);
  };
  return {
    k: v.k,
    tx: clamp(v.tx, b[0] * v.k, b[2] * v.k, width),
    ty: clamp(v.ty, b[1] * v.k, b[3] * v.k, height),
  };
}

/** Interpolates two views (for an animated pan), t in [0, 1], zooming geometrically. */
export function lerpView(a: View, b: View, t: number, width: number, height: number): View {
  // Interpolate the base point at the viewport centre and log(k), so zoom and pan feel even.
  const ax = (width / 2 - a.tx) / a.k, ay = (height / 2 - a.ty) / a.k;
  const bx = (width / 2 - b.tx) / b.k, by = (height / 2 - b.ty) / b.k;
  const k = Math.exp(Math.log(a.k) + (Math.log(b.k) - Math.log(a.k)) * t);
  return centreOn(ax + (bx - ax) * t, ay + (by - ay) * t, k, width, height);
}

/** SVG path data for rings of [lon, lat] in base units, rounded to keep the DOM small. */
export function ringsToPath(p: Projection, rings: readonly (readonly (readonly number[])[])[], precision = 1e4): string {
  let d = '';
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = p.project(ring[i][0], ring[i][1]);
      d += (i ? 'L' : 'M') + Math.round(x * precision) / precision + ' ' + Math.round(y * precision) / precision;
    }
    d += 'Z';
  }
  return d;
}

/** Even-odd point-in-polygon for [lon, lat] against polygon rings (outer ring + holes). */
export function pointInRings(lon: number, lat: number, rings: readonly (readonly (readonly number[])[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Area-weighted centroid of the largest ring, for a label when a municipality has no seat. */
export function ringsCentroid(rings: readonly (readonly (readonly number[])[])[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const ring of rings) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f;
      cx += (ring[j][0] + ring[i][0]) * f;
      cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}
