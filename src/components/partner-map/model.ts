/**
 * The partner map's model: every organisation placed (or not) in base
 * coordinates, the shapes and labels to draw, search text. Pure functions of
 * the feed and the geometry, rebuilt only when those change.
 */
import { msg } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import type { Organization, OrganizationType } from '../../feed/sections/organizations.js';
import { pickText } from '../../internal/format.js';
import type { Outline } from './geo/index.js';
import { bboxOf, equirectangular, pointInRings, projectBBox, ringsCentroid, ringsToPath, type BBox, type Bounds, type Projection } from './projection.js';

export type Rings = [number, number][][];
export interface Shape {
  code: string;
  name: string;
  polygons: Rings[];
  d: string;
}
/** Everything derived from the feed and the geometry, rebuilt only when those change. */
export interface Model {
  orgs: Organization[];
  /** Each partner's name in the model's language. */
  names: string[];
  /** Each partner's municipality, an index into `places` (kommunkoder), or -1. */
  place: Int32Array;
  places: string[];
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
  /** Partner i's search text, lower case (built for every partner at the first search, not before). */
  haystack(i: number): string;
}


export interface GeoJsonLike {
  features: { properties?: { kommunkod?: string; name?: string }; geometry?: { type: string; coordinates: unknown } }[];
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
    case 'network':
      return msg('Nätverk eller samverkansplattform');
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
  // One collator and one picked name per partner: localeCompare(…, lang) would build a collator per comparison.
  const collator = collatorFor(lang);
  const named = (feed.organizations ?? []).map((o) => [o, typeof o.name === 'string' ? o.name : pickText(o.name, lang).text] as const).sort((a, b) => collator.compare(a[1], b[1]));
  const orgs = named.map(([o]) => o);
  const names = named.map(([, n]) => n);
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
  // One pass, no array per partner: [lon, lat] of where each partner is drawn, or null.
  const lonlat: (readonly [number, number] | null)[] = new Array(orgs.length);
  // Each partner's municipality as a number (index into `places`), for naming clusters on every zoom step.
  const places: string[] = [];
  const placeIndex = new Map<string, number>();
  const place = new Int32Array(orgs.length);
  // The box around the seats and the placed partners, kept as they are met (no second pass, no iterator).
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const grow = (p: readonly [number, number]) => {
    if (p[0] < x0) x0 = p[0];
    if (p[0] > x1) x1 = p[0];
    if (p[1] < y0) y0 = p[1];
    if (p[1] > y1) y1 = p[1];
  };
  for (const p of seatOf.values()) grow(p);
  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i];
    const c = o.municipality ?? o.address?.municipality;
    const p = (lonlat[i] = o.location ? [o.location.lon, o.location.lat] : (c && seatOf.get(c)) || null);
    if (p) grow(p);
    let n = c ? placeIndex.get(c) : -1;
    if (n === undefined) placeIndex.set(c!, (n = places.push(c!) - 1));
    place[i] = n;
  }
  /** The seats and the placed partners, as the two corners of their box (bboxOf adds the margin). */
  const placed = (): [number, number][] => (x0 > x1 ? [] : [[x0, y0], [x1, y1]]);
  const placedBy = orgs.map((o, i) => (o.location ? 'location' : lonlat[i] ? 'municipality' : null) as Model['placedBy'][number]);
  let bbox: BBox | null = outline?.bbox ?? null;
  if (!bbox) bbox = bboxOf(shapesRaw.flatMap((s) => s.polygons.flatMap((p) => p[0] as [number, number][])), 0.02);
  if (!bbox) bbox = bboxOf(placed());
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
  // Search text only when the reader searches: most never do, and 5,000 descriptions in several languages are a lot of strings.
  let haystacks: string[] | null = null;
  const haystack = (i: number) =>
    (haystacks ??= orgs.map((o) =>
      [allText(o.name), allText(o.shortName), allText(o.description), allText(o.role), o.address?.street, o.address?.city, muniNames.get(o.municipality ?? ''), typeLabel(o.type)].join(' ').toLowerCase(),
    ))[i];
  const contentBox = bboxOf(placed(), 0.06) ?? bbox;
  return { orgs, names, place, places, proj, bounds: projectBBox(proj, bbox), content: projectBBox(proj, contentBox), xs, ys, placedBy, muniNames, seats, shapes, land, haystack };
}

const collators = new Map<string, Intl.Collator>();
const collatorFor = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang)).get(lang)!;

/**
 * The municipalities `members` are in, most members first (on a tie, the one met first), at most `max`: names a
 * cluster. A cluster on a phone can take in partners of the next municipality too.
 */
export function placesOf(m: Model, members: readonly number[], max = 4): string[] {
  // One array of counts for the page, cleared after use (a typed array per cluster on every zoom step was collector work).
  if (counts.length < m.places.length) counts = new Int32Array(m.places.length);
  const found: number[] = [];
  for (const i of members) {
    const p = m.place[i];
    if (p >= 0 && counts[p]++ === 0) found.push(p);
  }
  // A stable sort: equal counts keep the order they were met in.
  const names = found
    .sort((a, b) => counts[b] - counts[a])
    .slice(0, max)
    .map((p) => m.muniNames.get(m.places[p]) ?? m.places[p]);
  for (const p of found) counts[p] = 0;
  return names;
}
let counts = new Int32Array(0);

/** The municipality (kommunkod) whose boundary contains (lon, lat), if any: for tests and tools. */
export function municipalityAt(boundaries: GeoJsonLike, lon: number, lat: number): string | null {
  for (const f of boundaries.features) {
    if (polygonsOf(f.geometry).some((p) => pointInRings(lon, lat, p))) return f.properties?.kommunkod ?? null;
  }
  return null;
}
