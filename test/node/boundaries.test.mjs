// Tests for scripts/boundaries.mjs and scripts/lib/geo.mjs. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clipRing, ringArea, simplifyRing, sweref99tmToWgs84, wgs84ToSweref99tm } from '../../scripts/lib/geo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'scripts', 'boundaries.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'samverkan-boundaries-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const write = (name, data) => {
  const file = join(tmp, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};

/**
 * Reference latitude of SWEREF 99 TM (E 500 000, N 6 300 000), on the central
 * meridian, so lon = 15° exactly. Value 56.8438118° (it is NOT 56.8379°, which
 * is ≈ 650 m further south). Cross-checked below, independently of the
 * Krüger series, by integrating the GRS 80 meridian arc numerically.
 */
const REF = { e: 500000, n: 6300000, lon: 15, lat: 56.8438118 };

/** Northing of latitude `lat` on the central meridian: k0 × meridian arc length (midpoint rule). */
function meridianNorthing(lat) {
  const a = 6378137, f = 1 / 298.257222101, e2 = f * (2 - f);
  const phi = (lat * Math.PI) / 180, steps = 100000;
  let s = 0;
  for (let i = 0; i < steps; i++) {
    const p = ((i + 0.5) / steps) * phi;
    s += (a * (1 - e2)) / (1 - e2 * Math.sin(p) ** 2) ** 1.5;
  }
  return 0.9996 * s * (phi / steps);
}

/** Regular polygon (closed ring) around [lon, lat]. */
const circle = (lon, lat, r, n) => {
  const ring = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    ring.push([lon + r * Math.cos(t), lat + r * 0.6 * Math.sin(t)]);
  }
  ring.push(ring[0]);
  return ring;
};

// Synthetic input: two municipalities of Kronoberg (07), one of Skåne (12).
// 0781 is in SWEREF 99 TM metres with a numeric code (leading zero lost, as in
// some CSV-derived files); the others are WGS84 with SCB-style property names.
const SWEREF_SQUARE = [[500000, 6300000], [520000, 6300000], [520000, 6320000], [500000, 6320000], [500000, 6300000]];
const input = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { KnKod: '0780', KnNamn: 'Växjö' }, geometry: { type: 'Polygon', coordinates: [circle(14.8, 56.88, 0.2, 200)] } },
    { type: 'Feature', properties: { KnKod: 781, KnNamn: 'Ljungby' }, geometry: { type: 'Polygon', coordinates: [SWEREF_SQUARE] } },
    { type: 'Feature', properties: { KnKod: '1280', KnNamn: 'Malmö' }, geometry: { type: 'MultiPolygon', coordinates: [[circle(13.0, 55.6, 0.1, 50)]] } },
  ],
};

test('reference value: SWEREF 99 TM (E 500000, N 6300000) is lat 56.8438118, lon 15', () => {
  // Independent check: the meridian arc to REF.lat, scaled by k0, is the northing.
  assert.ok(Math.abs(meridianNorthing(REF.lat) - REF.n) < 0.05, `meridian arc gives ${meridianNorthing(REF.lat)}`);
  const [lon, lat] = sweref99tmToWgs84(REF.e, REF.n);
  assert.ok(Math.abs(lon - REF.lon) < 1e-9);
  assert.ok(Math.abs(lat - REF.lat) < 1e-7, `got ${lat}`);
});

test('SWEREF 99 TM inverse and forward round-trip to < 1 mm across Sweden', () => {
  for (const [e, n] of [[266000, 6130000], [500000, 6300000], [430000, 6520000], [380000, 6650000], [650000, 6900000], [910000, 7600000], [760000, 7650000]]) {
    const [lon, lat] = sweref99tmToWgs84(e, n);
    const [e2, n2] = wgs84ToSweref99tm(lon, lat);
    assert.ok(Math.abs(e2 - e) < 1e-3 && Math.abs(n2 - n) < 1e-3, `(${e}, ${n}) → (${lon}, ${lat}) → (${e2}, ${n2})`);
  }
});

test('boundaries.mjs --county 07 keeps two features, converts SWEREF 99 TM, simplifies', () => {
  const inFile = write('in.geojson', input);
  const outFile = join(tmp, 'out.json');
  const r = run(['--county', '07', '--tolerance', '0.001', '--precision', '6', '--out', outFile, inFile]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /features: 3 in, 2 kept/);
  assert.match(r.stderr, /SWEREF 99 TM → WGS84 \(1 feature\)/);
  const fc = JSON.parse(readFileSync(outFile, 'utf8'));
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2);
  assert.deepEqual(fc.features.map((f) => f.properties), [
    { kommunkod: '0780', name: 'Växjö' },
    { kommunkod: '0781', name: 'Ljungby' },
  ]);
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Polygon');
    for (const ring of f.geometry.coordinates) {
      assert.ok(ring.length >= 4, 'ring has ≥ 4 positions');
      assert.deepEqual(ring[0], ring[ring.length - 1], 'ring is closed');
      assert.ok(ringArea(ring) > 0, 'outer ring is counter-clockwise (RFC 7946)');
      for (const [lon, lat] of ring) assert.ok(lon > 9 && lon < 26 && lat > 54 && lat < 70, `[${lon}, ${lat}] is in Sweden`);
    }
  }
  // Simplification: the 200-gon of Växjö loses points, and the summary says so.
  const vaxjo = fc.features[0].geometry.coordinates[0];
  assert.ok(vaxjo.length < 201, `Växjö ring has ${vaxjo.length} positions`);
  const [, before, after] = r.stderr.match(/points: (\d+) before, (\d+) after/).map(Number);
  assert.ok(after < before, `${after} < ${before}`);
  // SWEREF 99 TM: the square's corner (E 500000, N 6300000) is at the reference position.
  const ljungby = fc.features[1].geometry.coordinates[0];
  assert.equal(ljungby.length, 5);
  const sw = ljungby.find(([lon, lat]) => Math.abs(lon - 15) < 1e-4 && lat < 56.9);
  assert.ok(sw, 'the south-west corner is on the central meridian');
  assert.ok(Math.abs(sw[0] - REF.lon) < 1e-5 && Math.abs(sw[1] - REF.lat) < 1e-5, `SW corner ${sw}`);
  // Every converted corner projects back to its SWEREF 99 TM input within 1 m
  // (6 decimals ≈ 0.1 m of rounding).
  for (const [lon, lat] of ljungby.slice(0, -1)) {
    const [e, n] = wgs84ToSweref99tm(lon, lat);
    assert.ok(SWEREF_SQUARE.some(([e0, n0]) => Math.hypot(e - e0, n - n0) < 1), `[${lon}, ${lat}] → (${e}, ${n})`);
  }
});

test('boundaries.mjs reads stdin, writes stdout, default precision 4', () => {
  const r = run(['--county', '12', '-'], JSON.stringify(input));
  assert.equal(r.status, 0, r.stderr);
  const fc = JSON.parse(r.stdout);
  assert.deepEqual(fc.features.map((f) => f.properties.kommunkod), ['1280']);
  for (const [lon, lat] of fc.features[0].geometry.coordinates[0]) {
    assert.equal(Math.round(lon * 1e4) / 1e4, lon);
    assert.equal(Math.round(lat * 1e4) / 1e4, lat);
  }
});

test('boundaries.mjs detects other property names and honours --code-field', () => {
  const alt = { type: 'FeatureCollection', features: input.features.map((f) => ({ ...f, properties: { kom_kod: String(f.properties.KnKod).padStart(4, '0'), kom_namn: f.properties.KnNamn } })) };
  let r = run(['--county', '07', '-'], JSON.stringify(alt));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).features.map((f) => f.properties.name), ['Växjö', 'Ljungby']);
  const odd = { type: 'FeatureCollection', features: input.features.map((f) => ({ ...f, properties: { MUNI: f.properties.KnKod } })) };
  r = run(['-'], JSON.stringify(odd));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /cannot find the kommunkod property/);
  r = run(['--code-field', 'MUNI', '-'], JSON.stringify(odd));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).features.map((f) => f.properties.kommunkod), ['0780', '0781', '1280']);
});

test('boundaries.mjs exits non-zero with a clear message on bad input', () => {
  const cases = [
    [write('bad.json', '{ not json'), /not valid JSON/],
    [write('point.json', { type: 'Feature', geometry: null }), /not a GeoJSON FeatureCollection/],
    [write('line.json', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kommunkod: '0780' }, geometry: { type: 'LineString', coordinates: [[14, 56], [15, 57]] } }] }), /only Polygon and MultiPolygon/],
    [write('rt90.json', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kommunkod: '0780' }, geometry: { type: 'Polygon', coordinates: [[[1400000, 6300000], [1410000, 6300000], [1410000, 6310000], [1400000, 6300000]]] } }] }), /neither WGS84 degrees nor SWEREF 99 TM/],
    [write('badcode.json', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kommunkod: 'Växjö' }, geometry: input.features[0].geometry }] }), /not a kommunkod/],
    [join(tmp, 'missing.json'), /cannot read/],
  ];
  for (const [file, message] of cases) {
    const r = run([file]);
    assert.equal(r.status, 1, `${file}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  const none = run(['--county', '17', write('in2.geojson', input)]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /no feature has a kommunkod starting with "17"/);
  assert.equal(run([]).status, 2, 'missing input path is a usage error');
});

test('clipRing (Sutherland–Hodgman) clips a square to a rectangle', () => {
  const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
  const clipped = clipRing(square, [1, 1, 3, 3]);
  assert.deepEqual(clipped[0], clipped[clipped.length - 1], 'closed');
  assert.equal(clipped.length, 5);
  assert.equal(ringArea(clipped), 1);
  const xs = clipped.map((p) => p[0]), ys = clipped.map((p) => p[1]);
  assert.deepEqual([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], [1, 1, 2, 2]);
  // Fully inside: unchanged area; fully outside: nothing; box inside the square: the box.
  assert.equal(ringArea(clipRing(square, [-1, -1, 3, 3])), 4);
  assert.deepEqual(clipRing(square, [5, 5, 6, 6]), []);
  assert.equal(ringArea(clipRing(square, [0.5, 0.5, 1.5, 1.5])), 1);
  // A diamond clipped by a box cutting its corners: an octagon of area 8 - 4 × 0.5.
  const diamond = [[0, -2], [2, 0], [0, 2], [-2, 0], [0, -2]];
  const oct = clipRing(diamond, [-1, -1, 1, 1]);
  assert.equal(ringArea(oct), 4);
});

test('simplifyRing keeps rings valid', () => {
  const ring = circle(0, 0, 1, 100);
  const s = simplifyRing(ring, 0.05);
  assert.ok(s.length < ring.length && s.length >= 4);
  assert.deepEqual(s[0], s[s.length - 1]);
  // A huge tolerance still leaves a triangle (4 positions, closed).
  const t = simplifyRing(ring, 10);
  assert.equal(t.length, 4);
  assert.ok(ringArea(t) !== 0);
});
