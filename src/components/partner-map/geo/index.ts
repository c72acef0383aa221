/**
 * Loads one county's land outline (Natural Earth, public domain; see
 * README.md), only for the county the feed names: one static `import()` per
 * county, so bundlers make each a chunk of its own beside the map's code (in
 * the classic-script bundle, which cannot load chunks, they are inlined).
 *
 * Why a JSON module and not a fetched asset URL: `new URL(…, import.meta.url)`
 * has no base in a classic script (the IIFE bundle threw "Invalid base URL"),
 * and an asset Vite inlines as a `data:` URL is blocked by a strict
 * `connect-src`. A chunk is loaded under `script-src 'self'` like the rest.
 * The test runner serves JSON as JS modules (esbuild's json loader), so the
 * same import works unbundled.
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

const importers: Record<string, () => Promise<{ default: unknown }>> = {
  '07': () => import('./07.json'),
  '12': () => import('./12.json'),
  '13': () => import('./13.json'),
  '17': () => import('./17.json'),
};

const cache = new Map<string, Promise<Outline | null>>();
/** Outlines that have arrived, by county: a second element (or a re-render) draws with them at once, without waiting a microtask. */
const loaded = new Map<string, Outline | null>();

/** The outline of county `county` if it has already been loaded (null: there is none), else undefined. */
export function loadedOutline(county: string | undefined): Outline | null | undefined {
  return county && Object.hasOwn(importers, county) ? loaded.get(county) : null;
}

/** The outline of county `county` (länskod), or null when there is none; loaded once per page. */
export function loadOutline(county: string | undefined): Promise<Outline | null> {
  if (!county || !Object.hasOwn(importers, county)) return Promise.resolve(null);
  let p = cache.get(county);
  if (!p) {
    p = importers[county]()
      .then(({ default: json }) => {
        const o = json as Outline | null;
        return o && Array.isArray(o.bbox) && o.bbox.length === 4 && Array.isArray(o.land) ? o : null;
      })
      .catch(() => null)
      .then((o) => (loaded.set(county, o), o));
    cache.set(county, p);
  }
  return p;
}
