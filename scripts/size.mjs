#!/usr/bin/env node
/**
 * `npm run size`: min+gzip bytes of what a page downloads, ours beside the
 * anchors, with our budgets enforced (bench/budgets.json).
 *
 *   node scripts/size.mjs                  table; exit 1 when an entry is over budget or missing
 *   node scripts/size.mjs --allow-missing  during development: entries whose source does not exist yet pass
 *   node scripts/size.mjs --json           the same as JSON on stdout (test/node/size.test.mjs reads it)
 *
 * How: esbuild --bundle --minify --format=esm --target=es2022 (Lit included),
 * with our sources transformed as the vite builds do (scripts/lib/build-transforms.mjs:
 * template CSS and HTML minified, contract descriptions dropped), then zlib gzip level 9 (what `gzip -9` gives, minus its 18-byte header
 * difference). Dynamic `import()`s are left out of the "entry" figure, except
 * those every first render waits for (FIRST_RENDER_CHUNKS): they
 * are separate chunks fetched only when needed (interface translations,
 * county geometry, an optional tile library); the "with lazy" column inlines
 * them, as a plain `esbuild --bundle` of the entry does. Budgets hold the
 * entry figure. Bytes are deterministic; the build (vite) output is what
 * ships, and dist/samverkan.js is reported beside it when dist/ exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildTransformsEsbuild } from './lib/build-transforms.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const allowMissing = args.has('--allow-missing');
// Two tiers: `bytes` are the issues' targets (reported, with a verdict); `limits` are what CI enforces:
// ceilings just above what ships today, so the kit can only shrink towards the targets, never grow.
const budgetFile = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
const targets = budgetFile.bytes;
const budgets = budgetFile.limits;

export const COMPONENTS = ['event-calendar', 'partner-map', 'goal-tracker', 'info-cards'];
const at = (p) => join(root, p);
const gz = (text) => gzipSync(Buffer.isBuffer(text) ? text : Buffer.from(text), { level: 9 }).length;

/**
 * Chunks loaded with import() that every first render waits for anyway: they
 * count in their entry's figure, as if imported statically. None at present:
 * the partner map's drawing (map-view) was one until it became a static part
 * of the map's entry (third session). Chunks fetched on a reader's action,
 * for an attribute, or prefetched at idle after the first render are not.
 */
const FIRST_RENDER_CHUNKS = [];

/** Leaves dynamic imports out of the bundle (they are lazy chunks), except the first-render ones. */
const lazyExternal = {
  name: 'lazy-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (a) => {
      if (a.kind !== 'dynamic-import') return undefined;
      const target = join(dirname(a.importer), a.path);
      return FIRST_RENDER_CHUNKS.some((re) => re.test(target)) ? undefined : { path: a.path, external: true };
    });
  },
};

async function bundle({ entry, contents, lazy = false, loader = 'ts' }) {
  const result = await esbuild.build({
    ...(entry ? { entryPoints: [at(entry)] } : { stdin: { contents, resolveDir: root, loader, sourcefile: 'entry.ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: root,
    outdir: join(root, 'bench/.build/size'),
    plugins: lazy ? [buildTransformsEsbuild()] : [buildTransformsEsbuild(), lazyExternal],
    loader: { '.css': 'css' },
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => f.contents);
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.contents);
  return { js: Buffer.concat(js), css: Buffer.concat(css) };
}

async function cssBytes(files) {
  const text = files.map((f) => readFileSync(at(f), 'utf8')).join('\n');
  const out = await esbuild.transform(text, { loader: 'css', minify: true, legalComments: 'none' });
  return out.code;
}

/** One row: measures `measure()` unless a source file it needs is missing. */
async function row(rows, spec) {
  const { id, name, kind, needs = [], budget, measure, note } = spec;
  const missing = needs.filter((p) => !existsSync(at(p)));
  const target = id && targets[id] != null ? targets[id] : null;
  const base = { id, name, kind, budget: budget ?? null, target, note: note ?? '' };
  if (missing.length) {
    rows.push({ ...base, status: 'missing', bytes: null, lazyBytes: null, detail: `not there yet: ${missing.join(', ')}` });
    return;
  }
  try {
    const { bytes, lazyBytes = null, detail = '' } = await measure();
    const status = budget == null ? 'info' : bytes <= budget ? 'ok' : 'over';
    rows.push({ ...base, status, bytes, lazyBytes, detail });
  } catch (error) {
    rows.push({ ...base, status: 'error', bytes: null, lazyBytes: null, detail: String(error.message ?? error).split('\n').slice(0, 3).join(' ') });
  }
}

const entryMeasure = (entry) => async () => {
  const eager = await bundle({ entry });
  const bytes = gz(eager.js) + (eager.css.length ? gz(eager.css) : 0);
  try {
    const all = await bundle({ entry, lazy: true });
    return { bytes, lazyBytes: gz(all.js) + (all.css.length ? gz(all.css) : 0) };
  } catch {
    // A lazy chunk that does not exist yet (a component still being written) leaves only the entry figure.
    return { bytes, detail: 'lazy chunks not all there yet' };
  }
};
const jsCss = (contents, css = []) => async () => {
  const b = await bundle({ contents, lazy: true });
  const js = gz(b.js);
  const c = css.length ? gz(await cssBytes(css)) : 0;
  return { bytes: js + c, detail: c ? `JS ${fmt(js)} + CSS ${fmt(c)}` : '' };
};

export async function measureAll() {
  const rows = [];
  for (const c of COMPONENTS) {
    await row(rows, { name: `<samverkan-${c}> with Lit`, kind: 'ours', id: c, budget: budgets[c], needs: [`src/components/${c}/define.ts`], measure: entryMeasure(`src/components/${c}/define.ts`) });
  }
  // The single card shows its body at once, so its first render waits for the details chunk (the
  // sanitizer with it), which the collection's does not: its own row, entry and chunk together.
  await row(rows, {
    id: 'info-card-single',
    name: '<samverkan-info-card> (one card) with Lit and its details chunk',
    kind: 'ours',
    needs: ['src/components/info-cards/define.ts', 'src/components/info-cards/details.ts'],
    note: 'what a single card\'s first render waits for: the entry above plus the body, sanitizer included',
    measure: async () => {
      const b = await bundle({ contents: "import './src/components/info-cards/define.ts'; export * from './src/components/info-cards/details.ts';" });
      return { bytes: gz(b.js) };
    },
  });
  // src/samverkan.ts is a small loader that imports src/index.ts (every element): measure what it pulls in.
  const kitEntry = 'src/index.ts';
  await row(rows, {
    name: `whole kit with Lit (${kitEntry})`,
    kind: 'ours',
    id: 'kit',
    budget: budgets.kit,
    needs: [kitEntry, ...COMPONENTS.map((c) => `src/components/${c}/define.ts`)],
    measure: entryMeasure(kitEntry),
  });
  await row(rows, { id: 'autoloader', name: 'autoloader (entry chunk)', kind: 'ours', needs: ['src/autoloader.ts'], measure: entryMeasure('src/autoloader.ts') });
  await row(rows, {
    name: 'validator engine (schema-kit + section validation)',
    kind: 'ours',
    id: 'validator',
    budget: budgets.validator,
    needs: ['src/feed/validate.ts'],
    note: 'the validation code; the contract it checks is data, next row',
    measure: async () => ({ bytes: gz((await bundle({ contents: "export { validateSections } from './src/feed/validate.ts'; export { check, CheckContext } from './src/feed/schema-kit.ts';" })).js) }),
  });
  await row(rows, {
    id: 'validator-contract',
    name: 'validator with the whole contract (feed.ts)',
    kind: 'ours',
    needs: ['src/feed/feed.ts'],
    note: 'what the CLI checks; a component bundles only its sections',
    measure: async () => ({ bytes: gz((await bundle({ contents: "export { parseFeed, validateFeed } from './src/feed/feed.ts';" })).js) }),
  });
  // What every component pays before drawing anything: Lit, the base elements, feed loader and controller, validator, localize.
  await row(rows, {
    id: 'foundation',
    name: 'foundation: empty FeedElement subclass with Lit',
    kind: 'ours',
    needs: ['src/internal/feed-element.ts'],
    note: 'shared by every entry above',
    measure: async () => ({ bytes: gz((await bundle({ contents: "import { html } from 'lit'; import { FeedElement } from './src/internal/feed-element.ts'; import { defineElement } from './src/internal/define.ts'; class X extends FeedElement { render() { return this.renderFeed(() => html`x`); } } defineElement('x-foundation', X);" })).js) }),
  });
  const geoDir = 'src/components/partner-map/geo';
  if (existsSync(at(geoDir))) {
    for (const f of readdirSync(at(geoDir)).filter((f) => f.endsWith('.json')).sort()) {
      await row(rows, { id: `geo-${f}`, name: `geo chunk ${f}`, kind: 'geo', measure: async () => ({ bytes: gz(JSON.stringify(JSON.parse(readFileSync(at(join(geoDir, f)), 'utf8')))) }) });
    }
  }
  // The shipped files: what a page fetches before the script runs (static imports), and for the
  // script-tag loader, which imports the kit with import(), everything it can fetch in all, less the
  // interface translations (one language at a time) and county outlines (one county at a time).
  const shipped = [
    ['dist-samverkan', 'dist/samverkan.js', 'its static imports', {}],
    ['dist-autoloader', 'dist/autoloader.js', 'its static imports', {}],
    ['dist-samverkan-all', 'dist/samverkan.js', 'every chunk it can load (no translations, no outlines)', { dynamic: true, skip: /[\\/](ar|en|fa|prs|so|ti|uk|ru|sv|\d\d)-[\w-]+\.js$/ }],
  ];
  for (const [id, file, what, options] of shipped) {
    if (!existsSync(at(file))) continue;
    await row(rows, {
      id,
      name: `${file} (vite build) + ${what}`,
      kind: 'built',
      measure: async () => {
        const files = closure(at(file), options);
        return { bytes: files.reduce((n, f) => n + gz(readFileSync(f)), 0), detail: `${files.length} files as shipped by \`npm run build\`, each gzipped` };
      },
    });
  }
  const anchors = [
    ['lit', 'Lit, one trivial element', "import { LitElement, html } from 'lit'; customElements.define('x-a', class extends LitElement { render() { return html`a`; } });", []],
    ['fullcalendar7', 'FullCalendar 7.1 (fullcalendar: daygrid+list+classic theme, + CSS)', "export { Calendar } from 'fullcalendar'; export { default as d } from 'fullcalendar/daygrid'; export { default as l } from 'fullcalendar/list'; export { default as t } from 'fullcalendar/themes/classic';", ['node_modules/fullcalendar/skeleton.css', 'node_modules/fullcalendar/themes/classic/theme.css', 'node_modules/fullcalendar/themes/classic/palette.css']],
    ['fullcalendar6', 'FullCalendar 6.1 core+daygrid+list (CSS in JS)', "export { Calendar } from '@fullcalendar/core'; export { default as d } from '@fullcalendar/daygrid'; export { default as l } from '@fullcalendar/list';", []],
    ['leaflet', 'Leaflet 1.9 (+CSS)', "export * from 'leaflet/dist/leaflet-src.esm.js';", ['node_modules/leaflet/dist/leaflet.css']],
    ['leaflet-markercluster', 'Leaflet 1.9 + markercluster 1.5 (+CSS)', "import 'leaflet'; import 'leaflet.markercluster';", ['node_modules/leaflet/dist/leaflet.css', 'node_modules/leaflet.markercluster/dist/MarkerCluster.css', 'node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css']],
    ['dompurify', 'DOMPurify 3', "export { default } from 'dompurify';", []],
  ];
  for (const [id, name, contents, css] of anchors) {
    await row(rows, { id, name, kind: 'anchor', measure: jsCss(contents, css) });
  }
  return rows;
}

/**
 * A built ES module and every module it imports statically (what the browser fetches before it runs);
 * with `dynamic`, `import()`s too, except files matching `skip`.
 */
function closure(file, { dynamic = false, skip = null } = {}, seen = new Set()) {
  if (seen.has(file) || !existsSync(file) || skip?.test(file)) return [...seen];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), m[1]), { dynamic, skip }, seen);
  if (dynamic) for (const m of text.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) closure(join(dirname(file), m[1]), { dynamic, skip }, seen);
  return [...seen];
}

export function fmt(bytes) {
  return bytes == null ? '—' : `${(bytes / 1000).toFixed(1)} kB`;
}

export function verdictOf(r, strict) {
  if (r.status === 'missing') return strict ? 'MISSING' : 'missing';
  if (r.status === 'over') return 'OVER';
  if (r.status === 'error') return 'ERROR';
  if (r.status === 'ok') return 'ok';
  return '';
}

export function sizeTable(rows, { strict = true, markdown = false } = {}) {
  const head = ['entry', 'min+gzip', 'with lazy', 'target', 'limit', 'verdict', 'note'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.bytes),
    r.lazyBytes == null ? '' : fmt(r.lazyBytes),
    r.target == null ? '' : fmt(r.target),
    r.budget == null ? '' : fmt(r.budget),
    r.status === 'ok' && r.target != null && r.bytes > r.target ? 'over target' : verdictOf(r, strict),
    [r.detail, r.note].filter(Boolean).join('; '),
  ]);
  if (markdown) {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function failures(rows, strict) {
  return rows.filter((r) => r.status === 'over' || r.status === 'error' || (strict && r.status === 'missing' && r.budget != null));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await measureAll();
  const strict = !allowMissing;
  const bad = failures(rows, strict);
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ strict, budgets, targets, rows, failures: bad.map((r) => r.id) }, null, 2)}\n`);
  } else {
    console.log(`Sizes, min+gzip (esbuild minify, gzip -9; 1 kB = 1000 bytes), from ${relative(process.cwd(), root) || '.'}\n`);
    console.log(sizeTable(rows, { strict }));
    if (bad.length) {
      console.error(`\nsize check failed:\n${bad.map((r) => `  ${r.name}: ${r.status === 'over' ? `${fmt(r.bytes)} > limit ${fmt(r.budget)}` : r.status === 'missing' ? `${r.detail} (use --allow-missing while it is being written)` : r.detail}`).join('\n')}`);
    } else {
      console.log(`\nsize budgets hold${strict ? '' : ' (missing entries allowed)'}.`);
    }
  }
  process.exit(bad.length ? 1 : 0);
}
