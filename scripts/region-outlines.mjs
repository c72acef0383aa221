#!/usr/bin/env node
/**
 * region-outlines.mjs — dev-time generator of the background land outlines of
 * <samverkan-partner-map>. Run it by hand (`node scripts/region-outlines.mjs`)
 * and commit its output; nothing runs at build or page-load time.
 *
 * Source: Natural Earth 1:10m admin-0 countries, via the npm package
 * `world-atlas` (countries-10m.json, TopoJSON, public domain), decoded with
 * `topojson-client`. Sweden plus the neighbouring land that falls in the box
 * (Norway, Denmark) is clipped to each county's box (Sutherland–Hodgman, per
 * ring), simplified (Douglas–Peucker, TOLERANCE degrees), rounded to
 * DECIMALS decimals, and written to
 * src/components/partner-map/geo/<länskod>.json.
 *
 * Output format (one minified JSON object per county):
 *   {
 *     "county": "07",                       länskod
 *     "name": "Kronobergs län",
 *     "bbox": [minLon, minLat, maxLon, maxLat],  the box the land is clipped to
 *                                          (county extent + margin), WGS84
 *     "land": [ [[lon, lat], ...], ... ],   closed rings of land, clipped to bbox
 *     "landCountry": ["SE", "NO", ...],     ISO 3166 alpha-2 country of each ring
 *                                          of "land" (same order), so neighbours
 *                                          can be drawn as muted context
 *     "source": "Natural Earth 1:10m via world-atlas 2.0.2, public domain"
 *   }
 * Rings are outer rings (Natural Earth admin-0 has no holes here); lakes are
 * NOT cut out (world-atlas ships no lakes layer), and there are no county or
 * municipality borders: the component marks municipality seats from the feed.
 * Where a ring was cut by the box, it runs along the box edge: fill it, and do
 * not stroke it along the frame (or clip the SVG to the bbox).
 *
 * Each county's bbox is checked to contain all its municipality seats
 * (SEATS below, approximate WGS84 positions of the centralorter).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { clipRing, ringArea, roundRing, simplifyRing } from './lib/geo.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/components/partner-map/geo');

const TOLERANCE = 0.001; // degrees; the 10m TopoJSON grid is 0.0036° × 0.0017° anyway
const DECIMALS = 3; // ≈ 60–110 m, finer than the source quantisation
const MIN_AREA = 0.0001; // deg²; islands smaller than this (≈ 0.7 km²) are left out

/** Natural Earth / world-atlas ids (ISO 3166 numeric) of the countries drawn. */
const COUNTRIES = { 752: 'SE', 578: 'NO', 208: 'DK', 246: 'FI' };

/**
 * County boxes: the county's extent (approx., WGS84) widened so that all
 * municipality seats and the county's edges fit with a margin of ≈ 0.1–0.2°.
 */
const COUNTIES = [
  { code: '07', name: 'Kronobergs län', bbox: [13.2, 56.25, 16.1, 57.35] },
  { code: '12', name: 'Skåne län', bbox: [12.3, 55.25, 14.7, 56.6] },
  { code: '13', name: 'Hallands län', bbox: [11.7, 56.25, 13.75, 57.7] },
  { code: '17', name: 'Värmlands län', bbox: [11.5, 58.8, 14.6, 61.2] },
];

/** Municipality seats (kommunkod: [lon, lat], approx.), used only to check the boxes. */
const SEATS = {
  '07': {
    '0760': [15.35, 57.16], '0761': [15.27, 56.75], '0763': [14.98, 56.52], '0764': [14.56, 56.90],
    '0765': [14.14, 56.55], '0767': [13.59, 56.46], '0780': [14.81, 56.88], '0781': [13.94, 56.83],
  },
  '12': {
    '1214': [13.21, 55.88], '1230': [13.23, 55.64], '1231': [13.46, 55.64], '1233': [13.16, 55.51], '1256': [14.07, 56.26],
    '1257': [13.43, 56.24], '1260': [12.84, 56.05], '1261': [13.06, 55.57], '1262': [12.92, 55.71], '1263': [13.35, 55.47],
    '1264': [13.59, 55.61], '1265': [13.66, 55.78], '1266': [13.50, 55.93], '1267': [13.84, 55.88], '1270': [14.16, 55.68],
    '1272': [14.47, 56.07], '1273': [13.99, 56.38], '1275': [13.14, 56.13], '1276': [13.14, 56.27], '1277': [12.93, 56.26],
    '1278': [12.85, 56.43], '1280': [13.00, 55.61], '1281': [13.19, 55.70], '1282': [12.83, 55.87], '1283': [12.69, 56.05],
    '1284': [12.56, 56.20], '1285': [13.38, 55.99], '1286': [13.82, 55.43], '1287': [13.16, 55.38], '1290': [14.16, 56.03],
    '1291': [14.35, 55.56], '1292': [12.82, 56.24], '1293': [13.77, 56.14],
  },
  '13': {
    '1315': [13.24, 56.99], '1380': [12.86, 56.67], '1381': [13.04, 56.51], '1382': [12.49, 56.90],
    '1383': [12.25, 57.11], '1384': [12.08, 57.49],
  },
  '17': {
    '1715': [13.32, 59.50], '1730': [12.29, 59.88], '1737': [13.00, 60.14], '1760': [14.27, 59.53],
    '1761': [13.47, 59.32], '1762': [13.55, 59.84], '1763': [13.48, 59.53], '1764': [13.10, 59.35],
    '1765': [12.13, 59.39], '1766': [13.14, 59.84], '1780': [13.50, 59.38], '1781': [14.11, 59.31],
    '1782': [14.17, 59.71], '1783': [13.69, 60.03], '1784': [12.59, 59.65], '1785': [12.93, 59.13],
  },
};

const pkg = require('world-atlas/package.json');
const SOURCE = `Natural Earth 1:10m via world-atlas ${pkg.version}, public domain`;
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features.filter((f) => COUNTRIES[f.id]);
if (countries.length !== Object.keys(COUNTRIES).length) throw new Error('world-atlas: expected countries not found');

/** Outer and inner rings of a country, with the ISO alpha-2 code. */
function ringsOf(f) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const poly of polys) poly.forEach((ring, i) => rings.push({ ring, hole: i > 0, country: COUNTRIES[f.id] }));
  return rings;
}
const allRings = countries.flatMap(ringsOf);

const bboxOverlaps = (ring, [x0, y0, x1, y1]) => ring.some((p) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1)
  || (Math.min(...ring.map((p) => p[0])) < x0 && Math.max(...ring.map((p) => p[0])) > x1);

mkdirSync(outDir, { recursive: true });
for (const county of COUNTIES) {
  const [x0, y0, x1, y1] = county.bbox;
  for (const [code, [lon, lat]] of Object.entries(SEATS[county.code])) {
    if (lon < x0 + 0.05 || lon > x1 - 0.05 || lat < y0 + 0.05 || lat > y1 - 0.05) {
      throw new Error(`${county.code}: seat of ${code} (${lon}, ${lat}) is not inside bbox ${county.bbox} with margin`);
    }
  }
  const land = [];
  const landCountry = [];
  let holes = 0;
  let before = 0;
  for (const { ring, hole, country } of allRings) {
    if (!bboxOverlaps(ring, county.bbox)) continue;
    const clipped = clipRing(ring, county.bbox);
    if (!clipped.length) continue;
    if (hole) holes++;
    if (Math.abs(ringArea(clipped)) < MIN_AREA) continue;
    before += clipped.length;
    let r = roundRing(simplifyRing(clipped, TOLERANCE), DECIMALS);
    if (r.length < 4 || ringArea(r) === 0) continue;
    if (ringArea(r) < 0) r = r.reverse(); // counter-clockwise, as RFC 7946 outer rings
    land.push(r);
    landCountry.push(country);
  }
  // Sweden first, then neighbours; larger rings first within a country.
  const order = land.map((r, i) => i).sort((a, b) => (landCountry[a] === 'SE' ? 0 : 1) - (landCountry[b] === 'SE' ? 0 : 1)
    || Math.abs(ringArea(land[b])) - Math.abs(ringArea(land[a])));
  const out = {
    county: county.code,
    name: county.name,
    bbox: county.bbox,
    land: order.map((i) => land[i]),
    landCountry: order.map((i) => landCountry[i]),
    source: SOURCE,
  };
  const json = JSON.stringify(out);
  const file = join(outDir, `${county.code}.json`);
  writeFileSync(file, `${json}\n`);
  const after = out.land.reduce((s, r) => s + r.length, 0);
  const per = {};
  for (const c of out.landCountry) per[c] = (per[c] ?? 0) + 1;
  console.log(`${county.code} ${county.name}: ${out.land.length} rings ${JSON.stringify(per)}, ${before} → ${after} points, ${Buffer.byteLength(json) + 1} bytes${holes ? `, ${holes} holes met` : ''}`);
}
