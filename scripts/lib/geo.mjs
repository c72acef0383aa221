/**
 * Pure geometry helpers for the dev-time map scripts
 * (`scripts/region-outlines.mjs`, `scripts/boundaries.mjs`) and their tests
 * (`test/node/boundaries.test.mjs`). No I/O, no dependencies.
 *
 * Conventions: a point is `[x, y]` (for geographic data `[lon, lat]`, WGS84
 * degrees); a ring is an array of points, closed (first point repeated last)
 * unless stated otherwise; a bbox is `[minX, minY, maxX, maxY]`.
 *
 * Exports:
 *   simplifyLine(points, tolerance)        Douglas–Peucker on an open polyline
 *   simplifyRing(ring, tolerance)          Douglas–Peucker on a closed ring, keeps ≥ 4 points
 *   clipRing(ring, bbox)                   Sutherland–Hodgman clip of a ring to a rectangle
 *   ringArea(ring)                         signed shoelace area (> 0 = counter-clockwise)
 *   roundRing(ring, decimals)              rounds and drops repeated points, keeps it closed
 *   sweref99tmToWgs84(easting, northing)   SWEREF 99 TM (EPSG:3006) → [lon, lat]
 *   wgs84ToSweref99tm(lon, lat)            [lon, lat] → SWEREF 99 TM [easting, northing]
 *   namedCrs(featureCollection)            coordinate system named by a `crs` member, if any
 *   detectCrs(geometry)                    'wgs84' | 'sweref99tm' | 'sweref99tm-swapped' from ranges
 *   convert(featureCollection, options)    the whole boundaries pipeline, see below
 */

// ---------------------------------------------------------------------------
// Rings and lines

const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Closes a ring (repeats the first point at the end) if it is open. Returns a new array. */
export function closeRing(ring) {
  if (ring.length === 0) return [];
  const out = ring.slice();
  if (!samePoint(out[0], out[out.length - 1])) out.push(out[0].slice());
  return out;
}

/** Signed area by the shoelace formula, in squared input units. > 0 = counter-clockwise. */
export function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

/** Squared distance from p to the segment a–b. */
function segDist2(p, a, b) {
  let x = a[0], y = a[1];
  let dx = b[0] - x, dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) { x = b[0]; y = b[1]; } else if (t > 0) { x += dx * t; y += dy * t; }
  }
  dx = p[0] - x; dy = p[1] - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker simplification of an open polyline. Keeps the first and
 * last point; removes points closer than `tolerance` to the simplified line.
 * Iterative (no recursion limit on long coastlines).
 */
export function simplifyLine(points, tolerance) {
  const n = points.length;
  if (n <= 2 || !(tolerance > 0)) return points.slice();
  const tol2 = tolerance * tolerance;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxD = 0, index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(points[i], points[first], points[last]);
      if (d > maxD) { maxD = d; index = i; }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Douglas–Peucker simplification of a closed ring. The ring is split at its
 * first point and at the vertex farthest from it, and both halves are
 * simplified, so the result always keeps at least 3 distinct vertices:
 * a closed ring of ≥ 4 points (a valid GeoJSON LinearRing) whenever the input
 * had ≥ 3 distinct vertices. Input may be open or closed; output is closed.
 */
export function simplifyRing(ring, tolerance) {
  const closed = closeRing(ring);
  const n = closed.length;
  if (n <= 4 || !(tolerance > 0)) return closed;
  const p0 = closed[0];
  let far = 1, farD = -1;
  for (let i = 1; i < n - 1; i++) {
    const dx = closed[i][0] - p0[0], dy = closed[i][1] - p0[1];
    const d = dx * dx + dy * dy;
    if (d > farD) { farD = d; far = i; }
  }
  const a = simplifyLine(closed.slice(0, far + 1), tolerance);
  const b = simplifyLine(closed.slice(far), tolerance);
  let out = a.concat(b.slice(1));
  if (out.length < 4) {
    // Both halves collapsed to straight lines: keep one more vertex, the one
    // farthest from the chord p0–far, so the ring stays a triangle.
    let best = -1, bestD = -1;
    for (let i = 1; i < n - 1; i++) {
      if (i === far) continue;
      const d = segDist2(closed[i], p0, closed[far]);
      if (d > bestD) { bestD = d; best = i; }
    }
    if (best !== -1) {
      out = best < far
        ? [p0, closed[best], closed[far], p0]
        : [p0, closed[far], closed[best], p0];
    }
  }
  return out;
}

/**
 * Sutherland–Hodgman clipping of one ring against an axis-aligned rectangle
 * `[minX, minY, maxX, maxY]`. Returns a closed ring, or `[]` if nothing is
 * left. A concave ring that leaves and re-enters the rectangle comes back as
 * ONE ring whose pieces are joined by zero-width edges along the rectangle's
 * border: correct for filling (nonzero or evenodd), but those edges lie on the
 * frame, so do not stroke clipped rings where they touch the bbox.
 */
export function clipRing(ring, bbox) {
  const [minX, minY, maxX, maxY] = bbox;
  // Work on the open ring.
  let pts = ring.length > 1 && samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
  const edges = [
    [(p) => p[0] >= minX, (a, b) => intersectX(a, b, minX)],
    [(p) => p[0] <= maxX, (a, b) => intersectX(a, b, maxX)],
    [(p) => p[1] >= minY, (a, b) => intersectY(a, b, minY)],
    [(p) => p[1] <= maxY, (a, b) => intersectY(a, b, maxY)],
  ];
  for (const [inside, intersect] of edges) {
    if (pts.length === 0) break;
    const input = pts;
    pts = [];
    let prev = input[input.length - 1];
    let prevIn = inside(prev);
    for (const cur of input) {
      const curIn = inside(cur);
      if (curIn) {
        if (!prevIn) pts.push(intersect(prev, cur));
        pts.push(cur);
      } else if (prevIn) {
        pts.push(intersect(prev, cur));
      }
      prev = cur;
      prevIn = curIn;
    }
  }
  // Drop repeated points the clipping may have produced.
  const out = [];
  for (const p of pts) if (!out.length || !samePoint(out[out.length - 1], p)) out.push(p);
  while (out.length > 1 && samePoint(out[0], out[out.length - 1])) out.pop();
  if (out.length < 3) return [];
  return closeRing(out);
}

function intersectX(a, b, x) {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}
function intersectY(a, b, y) {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

/** Rounds a ring to `decimals` and drops consecutive repeated points; keeps it closed. */
export function roundRing(ring, decimals) {
  const f = 10 ** decimals;
  const out = [];
  for (const p of ring) {
    const q = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    if (!out.length || !samePoint(out[out.length - 1], q)) out.push(q);
  }
  return out.length ? closeRing(out) : out;
}

/** Number of distinct vertices of a closed ring. */
const vertexCount = (ring) => (ring.length && samePoint(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length);

// ---------------------------------------------------------------------------
// SWEREF 99 TM  <->  WGS84
//
// Gauss–Krüger formulas as published by Lantmäteriet ("Gauss Krüger
// projection formulas", the series in n to the 4th order). SWEREF 99 TM:
// GRS 80 ellipsoid, central meridian 15° E, scale factor 0.9996, false
// northing 0, false easting 500 000 m. Accuracy of the series is far below
// a millimetre inside Sweden. SWEREF 99 and WGS84 differ by < 1 m, which is
// ignored (as everyone does for map display).

const GRS80_A = 6378137;
const GRS80_F = 1 / 298.257222101;
const TM = { lon0: 15, k0: 0.9996, fn: 0, fe: 500000 };

const E2 = GRS80_F * (2 - GRS80_F);
const N = GRS80_F / (2 - GRS80_F);
const A_HAT = (GRS80_A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const DEG = Math.PI / 180;

/** SWEREF 99 TM (EPSG:3006) easting/northing in metres → `[lon, lat]` in degrees. */
export function sweref99tmToWgs84(easting, northing) {
  const n = N, e2 = E2;
  const d1 = n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96 - n ** 4 / 360;
  const d2 = n ** 2 / 48 + n ** 3 / 15 - (437 * n ** 4) / 1440;
  const d3 = (17 * n ** 3) / 480 - (37 * n ** 4) / 840;
  const d4 = (4397 * n ** 4) / 161280;
  const As = e2 + e2 ** 2 + e2 ** 3 + e2 ** 4;
  const Bs = -(7 * e2 ** 2 + 17 * e2 ** 3 + 30 * e2 ** 4) / 6;
  const Cs = (224 * e2 ** 3 + 889 * e2 ** 4) / 120;
  const Ds = -(4279 * e2 ** 4) / 1260;

  const xi = (northing - TM.fn) / (TM.k0 * A_HAT);
  const eta = (easting - TM.fe) / (TM.k0 * A_HAT);
  const xiP = xi
    - d1 * Math.sin(2 * xi) * Math.cosh(2 * eta)
    - d2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
    - d3 * Math.sin(6 * xi) * Math.cosh(6 * eta)
    - d4 * Math.sin(8 * xi) * Math.cosh(8 * eta);
  const etaP = eta
    - d1 * Math.cos(2 * xi) * Math.sinh(2 * eta)
    - d2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
    - d3 * Math.cos(6 * xi) * Math.sinh(6 * eta)
    - d4 * Math.cos(8 * xi) * Math.sinh(8 * eta);
  const phiS = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  const dLambda = Math.atan(Math.sinh(etaP) / Math.cos(xiP));
  const s2 = Math.sin(phiS) ** 2;
  const phi = phiS + Math.sin(phiS) * Math.cos(phiS) * (As + Bs * s2 + Cs * s2 ** 2 + Ds * s2 ** 3);
  return [TM.lon0 + dLambda / DEG, phi / DEG];
}

/** `[lon, lat]` in degrees → SWEREF 99 TM `[easting, northing]` in metres (forward Gauss–Krüger). */
export function wgs84ToSweref99tm(lon, lat) {
  const n = N, e2 = E2;
  const A = e2;
  const B = (5 * e2 ** 2 - e2 ** 3) / 6;
  const C = (104 * e2 ** 3 - 45 * e2 ** 4) / 120;
  const D = (1237 * e2 ** 4) / 1260;
  const b1 = n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180;
  const b2 = (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440;
  const b3 = (61 * n ** 3) / 240 - (103 * n ** 4) / 140;
  const b4 = (49561 * n ** 4) / 161280;

  const phi = lat * DEG;
  const dLambda = (lon - TM.lon0) * DEG;
  const s2 = Math.sin(phi) ** 2;
  const phiS = phi - Math.sin(phi) * Math.cos(phi) * (A + B * s2 + C * s2 ** 2 + D * s2 ** 3);
  const xiP = Math.atan(Math.tan(phiS) / Math.cos(dLambda));
  const etaP = Math.atanh(Math.cos(phiS) * Math.sin(dLambda));
  const k = TM.k0 * A_HAT;
  const northing = k * (xiP
    + b1 * Math.sin(2 * xiP) * Math.cosh(2 * etaP)
    + b2 * Math.sin(4 * xiP) * Math.cosh(4 * etaP)
    + b3 * Math.sin(6 * xiP) * Math.cosh(6 * etaP)
    + b4 * Math.sin(8 * xiP) * Math.cosh(8 * etaP)) + TM.fn;
  const easting = k * (etaP
    + b1 * Math.cos(2 * xiP) * Math.sinh(2 * etaP)
    + b2 * Math.cos(4 * xiP) * Math.sinh(4 * etaP)
    + b3 * Math.cos(6 * xiP) * Math.sinh(6 * etaP)
    + b4 * Math.cos(8 * xiP) * Math.sinh(8 * etaP)) + TM.fe;
  return [easting, northing];
}

// ---------------------------------------------------------------------------
// Boundary-file conversion (used by scripts/boundaries.mjs)

/** Property names tried, in order (case-insensitive), for the municipality code and name. */
export const CODE_FIELDS = ['kommunkod', 'kom_kod', 'KnKod', 'kommun_kod', 'kommunKod', 'KOMMUNKOD', 'code', 'kod', 'id'];
export const NAME_FIELDS = ['name', 'kom_namn', 'KnNamn', 'kommunnamn', 'kommun_namn', 'namn', 'kommun'];

/** Error with a message meant for the user (the CLI prints it and exits 1). */
export class InputError extends Error {
  constructor(message) { super(message); this.name = 'InputError'; }
}

/** Calls fn(point) for every position of a Polygon/MultiPolygon geometry. */
function eachPosition(geometry, fn) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) fn(p);
}

/**
 * Coordinate system named by a GeoJSON 2008 `crs` member: 'sweref99tm',
 * 'wgs84', or undefined when there is none. Other named systems (RT 90,
 * SWEREF 99 local zones, ...) are refused.
 */
export function namedCrs(fc) {
  const name = fc?.crs?.properties?.name;
  if (typeof name !== 'string') return undefined;
  if (/EPSG:{1,2}3006$/i.test(name)) return 'sweref99tm';
  if (/(EPSG:{1,2}4326|CRS84)$/i.test(name)) return 'wgs84';
  throw new InputError(`unsupported coordinate system "${name}": only WGS84 (EPSG:4326/CRS84) and SWEREF 99 TM (EPSG:3006) are supported; reproject the file first (e.g. ogr2ogr -t_srs EPSG:4326)`);
}

/**
 * Which coordinate system a geometry's positions are in, from their ranges:
 * 'wgs84' (lon/lat degrees), 'sweref99tm' (EPSG:3006, [easting, northing]
 * metres) or 'sweref99tm-swapped' ([northing, easting], as some exports
 * write it). Throws InputError for anything else.
 */
export function detectCrs(geometry) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  eachPosition(geometry, (p) => {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  });
  if (!Number.isFinite(minX)) throw new InputError('a geometry has no coordinates');
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return 'wgs84';
  const isE = (lo, hi) => lo >= 100000 && hi <= 1100000; // SWEREF 99 TM eastings in/around Sweden
  const isN = (lo, hi) => lo >= 6000000 && hi <= 7800000; // northings, 54°–70° N
  if (isE(minX, maxX) && isN(minY, maxY)) return 'sweref99tm';
  if (isN(minX, maxX) && isE(minY, maxY)) return 'sweref99tm-swapped';
  throw new InputError(
    `coordinates are neither WGS84 degrees nor SWEREF 99 TM metres (x ${minX}…${maxX}, y ${minY}…${maxY}); ` +
    'RT 90 and SWEREF 99 local zones are not supported: reproject to EPSG:4326 or EPSG:3006 first',
  );
}

const PROJECT = {
  wgs84: (p) => [p[0], p[1]],
  sweref99tm: (p) => sweref99tmToWgs84(p[0], p[1]),
  'sweref99tm-swapped': (p) => sweref99tmToWgs84(p[1], p[0]),
};

/** Finds the property to use: `wanted` if given (must exist), else the first of `candidates` present on most features. */
function pickField(features, candidates, wanted, what, required) {
  const keysOf = (f) => Object.keys(f.properties ?? {});
  if (wanted) {
    const hits = features.filter((f) => keysOf(f).includes(wanted)).length;
    if (!hits) throw new InputError(`no feature has the ${what} property "${wanted}"`);
    return wanted;
  }
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const counts = new Map();
    for (const f of features) for (const k of keysOf(f)) if (k.toLowerCase() === lc) counts.set(k, (counts.get(k) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= features.length / 2) return best[0];
  }
  if (!required) return undefined;
  const seen = [...new Set(features.flatMap(keysOf))].slice(0, 20).join(', ') || '(none)';
  throw new InputError(`cannot find the ${what} property (tried ${candidates.join(', ')}); properties present: ${seen}. Use --code-field NAME`);
}

/** Normalises a kommunkod: numbers and short strings get leading zeros ("780" → "0780"). */
export function normaliseKommunkod(value) {
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (!/^\d{3,4}$/.test(v)) return undefined;
  return v.padStart(4, '0');
}

/**
 * Converts a municipality boundary FeatureCollection into the compact form
 * `region.boundaries.geojson` of the feed accepts.
 *
 * Options: `county` ("07": keep kommunkod starting with it), `tolerance`
 * (Douglas–Peucker, degrees; 0 = none), `precision` (decimals),
 * `codeField` / `nameField` (property names; detected when omitted).
 * The coordinate system comes from the file's `crs` member if it has one,
 * otherwise from each feature's coordinate ranges (see detectCrs).
 *
 * Features with the same kommunkod are merged into one MultiPolygon. Polygons
 * (and holes) smaller than tolerance² are dropped, except a feature's largest
 * polygon. Rings are closed, have ≥ 4 positions and follow RFC 7946 winding
 * (outer rings counter-clockwise, holes clockwise). Output is sorted by kommunkod.
 *
 * Returns `{ geojson, stats }`; throws InputError on bad input.
 */
export function convert(input, options = {}) {
  const { county, tolerance = 0.001, precision = 4, codeField, nameField } = options;
  if (!input || typeof input !== 'object') throw new InputError('input is not a JSON object');
  if (input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    throw new InputError(`input is not a GeoJSON FeatureCollection (type: ${JSON.stringify(input.type)})`);
  }
  if (county !== undefined && !/^\d{2}$/.test(county)) throw new InputError(`--county must be a two-digit länskod such as "07", got "${county}"`);
  if (!(tolerance >= 0)) throw new InputError('--tolerance must be a number ≥ 0');
  if (!(Number.isInteger(precision) && precision >= 0 && precision <= 10)) throw new InputError('--precision must be an integer 0–10');
  if (input.features.length === 0) throw new InputError('the FeatureCollection has no features');

  input.features.forEach((f, i) => {
    if (!f || f.type !== 'Feature') throw new InputError(`features[${i}] is not a GeoJSON Feature`);
    const g = f.geometry;
    if (!g) throw new InputError(`features[${i}] has no geometry`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new InputError(`features[${i}] has geometry type ${g.type}; only Polygon and MultiPolygon are supported`);
    if (!Array.isArray(g.coordinates)) throw new InputError(`features[${i}] has no coordinates array`);
    try {
      eachPosition(g, (p) => {
        if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error();
      });
    } catch {
      throw new InputError(`features[${i}] has malformed coordinates (expected [x, y] number pairs)`);
    }
  });

  const codeKey = pickField(input.features, CODE_FIELDS, codeField, 'kommunkod', true);
  const nameKey = pickField(input.features, NAME_FIELDS, nameField, 'name', false);
  const fileCrs = namedCrs(input);

  const stats = { crs: {}, codeField: codeKey, nameField: nameKey ?? null, featuresIn: input.features.length, featuresOut: 0, pointsBefore: 0, pointsAfter: 0, warnings: [] };
  const byCode = new Map();
  input.features.forEach((f, i) => {
    const raw = f.properties?.[codeKey];
    const code = normaliseKommunkod(raw);
    if (!code) throw new InputError(`features[${i}] has ${codeKey} = ${JSON.stringify(raw)}, not a kommunkod (3–4 digits)`);
    if (county && !code.startsWith(county)) return;
    const crs = fileCrs ?? detectCrs(f.geometry);
    stats.crs[crs] = (stats.crs[crs] ?? 0) + 1;
    const project = PROJECT[crs];
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { code, name: undefined, polygons: [] }));
    const name = nameKey ? f.properties?.[nameKey] : undefined;
    if (typeof name === 'string' && name.trim() && !entry.name) entry.name = name.trim();
    for (const poly of polys) {
      const rings = poly.map((ring) => {
        stats.pointsBefore += ring.length;
        return closeRing(ring.map(project));
      });
      entry.polygons.push(rings);
    }
  });
  if (byCode.size === 0) {
    throw new InputError(county ? `no feature has a kommunkod starting with "${county}"` : 'no features left');
  }

  let outside = 0;
  const minArea = tolerance * tolerance;
  const features = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)).map((entry) => {
    // Largest outer ring first, so it is never dropped as "too small".
    const polys = entry.polygons
      .map((rings) => rings.filter((r) => vertexCount(r) >= 3))
      .filter((rings) => rings.length)
      .map((rings) => ({ rings, area: Math.abs(ringArea(rings[0])) }))
      .sort((a, b) => b.area - a.area);
    const out = [];
    polys.forEach(({ rings, area }, pi) => {
      if (pi > 0 && area < minArea) return;
      const done = [];
      rings.forEach((ring, ri) => {
        if (ri > 0 && Math.abs(ringArea(ring)) < minArea) return;
        let r = simplifyRing(ring, tolerance);
        const rounded = roundRing(r, precision);
        if (vertexCount(rounded) >= 3 && ringArea(rounded) !== 0) r = rounded;
        else if (ri > 0 || pi > 0) return; // a sliver after rounding: drop it
        else r = closeRing(r); // keep the feature's main ring unrounded rather than lose it
        // RFC 7946 winding: outer counter-clockwise, holes clockwise.
        const ccw = ringArea(r) > 0;
        if ((ri === 0) !== ccw) r = r.slice().reverse();
        for (const p of r) if (p[0] < 9 || p[0] > 26 || p[1] < 54 || p[1] > 70) outside++;
        done.push(r);
      });
      if (done.length) out.push(done);
    });
    for (const poly of out) for (const ring of poly) stats.pointsAfter += ring.length;
    const properties = { kommunkod: entry.code };
    if (entry.name) properties.name = entry.name;
    return {
      type: 'Feature',
      properties,
      geometry: out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out },
    };
  });
  if (outside) stats.warnings.push(`${outside} positions fall outside Sweden (lon 9–26, lat 54–70): are the axes swapped or the coordinate system wrong?`);
  stats.featuresOut = features.length;
  return { geojson: { type: 'FeatureCollection', features }, stats };
}
