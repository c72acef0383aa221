/**
 * Loads one county's land outline (Natural Earth, public domain; see
 * README.md), only for the county the feed names, as its own file beside the
 * map's code: one static `new URL('./NN.json?no-inline', import.meta.url)` per county,
 * which Vite and Rollup turn into a separate hashed asset, so no geometry is
 * in the map's entry.
 *
 * Why not `import('./07.json')`: browsers need `with { type: 'json' }` for a
 * JSON module, and the TypeScript transform of the test runner (esbuild,
 * target ES2022) drops import attributes, so the import failed unbundled.
 * A same-origin fetch of the asset works the same everywhere.
 */

/** One county's land outline, as written by scripts/region-outlines.mjs. */
export interface Outline {
  county: string;
  name: string;
  /** [minLon, minLat, maxLon, maxLat], WGS84. */
  bbox: [number, number, number, number];
  /** Closed rings of [lon, lat]. */
  land: [number, number][][];
  /** ISO 3166 alpha-2 per ring of `land` ("NO", "DK": neighbouring land). */
  landCountry?: string[];
  source: string;
}

const urls = (county: string | undefined): URL | null => {
  switch (county) {
    case '07':
      return new URL('./07.json?no-inline', import.meta.url);
    case '12':
      return new URL('./12.json?no-inline', import.meta.url);
    case '13':
      return new URL('./13.json?no-inline', import.meta.url);
    case '17':
      return new URL('./17.json?no-inline', import.meta.url);
    default:
      return null;
  }
};

const cache = new Map<string, Promise<Outline | null>>();
/** Outlines that have arrived, by URL: a second element (or a re-render) draws with them at once, without waiting a microtask. */
const loaded = new Map<string, Outline | null>();

/** The outline of county `county` if it has already been loaded (null: there is none), else undefined. */
export function loadedOutline(county: string | undefined): Outline | null | undefined {
  const url = urls(county);
  return url ? loaded.get(url.href) : null;
}

/** The outline of county `county` (länskod), or null when there is none; fetched once per page. */
export function loadOutline(county: string | undefined): Promise<Outline | null> {
  const url = urls(county);
  if (!url) return Promise.resolve(null);
  let p = cache.get(url.href);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then((o: Outline | null) => (o && Array.isArray(o.bbox) && Array.isArray(o.land) ? o : null))
      .catch(() => null)
      .then((o) => (loaded.set(url.href, o), o));
    cache.set(url.href, p);
  }
  return p;
}
