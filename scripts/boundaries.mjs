#!/usr/bin/env node
/**
 * boundaries.mjs — turn a Lantmäteriet or SCB municipality boundary file into
 * the compact GeoJSON the feed accepts in `region.boundaries.geojson`
 * (see src/feed/sections/region.ts and docs/boundaries.md).
 *
 * Usage:
 *   node scripts/boundaries.mjs [options] <input.geojson | ->
 *
 * Options:
 *   --county 07          keep only municipalities whose kommunkod starts with this länskod
 *   --tolerance 0.001    Douglas–Peucker tolerance in degrees (0 = no simplification)
 *   --precision 4        decimals kept in the output coordinates
 *   --code-field NAME    property holding the kommunkod (default: detected among
 *                        kommunkod, kom_kod, KnKod, KOMMUNKOD, code, kod, id, ...)
 *   --name-field NAME    property holding the municipality name (default: detected among
 *                        name, kom_namn, KnNamn, kommunnamn, namn, ...)
 *   --out FILE           write the result to FILE (default: standard output)
 *   -h, --help           show this help
 *
 * Input: a GeoJSON FeatureCollection of Polygon/MultiPolygon features, in WGS84
 * (lon/lat degrees) or SWEREF 99 TM (EPSG:3006, metres), detected from a `crs`
 * member or from each feature's coordinate ranges and converted to WGS84 with the
 * Gauss–Krüger formulas. Output: one feature per kommunkod (4-digit string,
 * leading zero kept), properties { kommunkod, name? }, rings closed, ≥ 4
 * positions, RFC 7946 winding, minified JSON. A summary goes to stderr.
 * Exit status: 0 on success, 1 on bad input, 2 on bad usage.
 *
 * Examples:
 *   node scripts/boundaries.mjs --county 07 --out kronoberg.json kommuner.geojson
 *   ogr2ogr -f GeoJSON /vsistdout/ ak_riks.gpkg kommun | node scripts/boundaries.mjs --county 12 - > skane.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { convert, InputError } from './lib/geo.mjs';

const USAGE = readFileSync(new URL(import.meta.url), 'utf8').match(/Usage:[\s\S]*?-h, --help[^\n]*/)[0].replace(/^ \* ?/gm, '');

function fail(message, code = 1) {
  process.stderr.write(`boundaries: ${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      county: { type: 'string' },
      tolerance: { type: 'string', default: '0.001' },
      precision: { type: 'string', default: '4' },
      'code-field': { type: 'string' },
      'name-field': { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(`${e.message}\n\n${USAGE}`, 2);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.positionals.length !== 1) fail(`expected one input path (or - for stdin)\n\n${USAGE}`, 2);

const tolerance = Number(args.values.tolerance);
const precision = Number(args.values.precision);
if (!Number.isFinite(tolerance) || tolerance < 0) fail(`--tolerance must be a number ≥ 0, got "${args.values.tolerance}"`, 2);
if (!Number.isInteger(precision) || precision < 0 || precision > 10) fail(`--precision must be an integer 0–10, got "${args.values.precision}"`, 2);

const inputPath = args.positionals[0];
let text;
try {
  text = readFileSync(inputPath === '-' ? 0 : inputPath, 'utf8');
} catch (e) {
  fail(`cannot read ${inputPath === '-' ? 'standard input' : inputPath}: ${e.code ?? e.message}`);
}
let input;
try {
  input = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  fail(`${inputPath === '-' ? 'standard input' : inputPath} is not valid JSON: ${e.message}`);
}

let result;
try {
  result = convert(input, {
    county: args.values.county,
    tolerance,
    precision,
    codeField: args.values['code-field'],
    nameField: args.values['name-field'],
  });
} catch (e) {
  if (e instanceof InputError) fail(e.message);
  throw e;
}

const json = JSON.stringify(result.geojson);
if (args.values.out) {
  try {
    writeFileSync(args.values.out, `${json}\n`);
  } catch (e) {
    fail(`cannot write ${args.values.out}: ${e.code ?? e.message}`);
  }
} else {
  process.stdout.write(`${json}\n`);
}

const s = result.stats;
const CRS_LABEL = { wgs84: 'WGS84', sweref99tm: 'SWEREF 99 TM → WGS84', 'sweref99tm-swapped': 'SWEREF 99 TM (northing, easting) → WGS84' };
const crsLabel = Object.entries(s.crs).map(([k, n]) => `${CRS_LABEL[k]} (${n} feature${n === 1 ? '' : 's'})`).join(', ');
const lines = [
  `coordinates: ${crsLabel}`,
  `fields: kommunkod from "${s.codeField}", name from ${s.nameField ? `"${s.nameField}"` : '(none found)'}`,
  `features: ${s.featuresIn} in, ${s.featuresOut} kept${args.values.county ? ` (county ${args.values.county})` : ''}`,
  `points: ${s.pointsBefore} before, ${s.pointsAfter} after (tolerance ${tolerance}°, ${precision} decimals)`,
  `bytes: ${Buffer.byteLength(json) + 1}${args.values.out ? ` → ${args.values.out}` : ''}`,
  ...s.warnings.map((w) => `warning: ${w}`),
];
process.stderr.write(lines.map((l) => `boundaries: ${l}`).join('\n') + '\n');
