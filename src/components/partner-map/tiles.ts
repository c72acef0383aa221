/**
 * An XYZ tile layer (Web Mercator), loaded as its own chunk only when the
 * element has a `tiles` template: no tile is requested, and none of this
 * code is downloaded, in the default mode.
 */
import type { View } from './projection.js';

export interface Tile {
  key: string;
  href: string;
  /** Top-left corner and size in screen pixels. */
  x: number;
  y: number;
  size: number;
}

/**
 * The tiles covering a `width` × `height` viewport at view `v` (base units of
 * `mercator()`: 256 per world at zoom 0). The tile zoom is the one whose tiles
 * come closest to 256 screen pixels, within [minZoom, maxZoom].
 */
export function tilesFor(template: string, v: View, width: number, height: number, minZoom = 0, maxZoom = 18): Tile[] {
  const z = Math.min(Math.max(Math.round(Math.log2(v.k)), minZoom), maxZoom);
  const n = 2 ** z;
  const unit = 256 / n; // one tile in base units
  const size = unit * v.k;
  const x0 = Math.max(0, Math.floor(-v.tx / v.k / unit));
  const y0 = Math.max(0, Math.floor(-v.ty / v.k / unit));
  const x1 = Math.min(n - 1, Math.floor((width - v.tx) / v.k / unit));
  const y1 = Math.min(n - 1, Math.floor((height - v.ty) / v.k / unit));
  const out: Tile[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      out.push({
        key: `${z}/${x}/${y}`,
        href: template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)),
        x: x * size + v.tx,
        y: y * size + v.ty,
        size,
      });
    }
  }
  return out;
}
