#!/usr/bin/env node
/**
 * `npm run bench`: builds the bench pages (esbuild → bench/.build), serves
 * them on 127.0.0.1, drives headless Chromium (playwright-core; CHROME_PATH or
 * /usr/bin/chromium) and prints one table: each scenario's median with
 * min–max over N runs, ours beside the anchor (FullCalendar, Leaflet, …) and
 * a plain baseline, with their ratios, the target and a verdict. Then
 * Lighthouse on the built demo and the size table. Writes bench/results.json.
 *
 *   node bench/run.mjs [--runs 5] [--only <scenario-id-part>] [--no-lighthouse] [--no-size] [--write-docs]
 *
 * Each run measures every scenario once per contender, each in a fresh
 * browser context, the order of ours/anchor/baseline reversed every other
 * run, so machine noise falls on all of them and cancels in the ratios.
 * Timing method (bench/pages/harness.ts): data in hand → timer → render →
 * pending Lit updates → next animation frame → forced layout → timer.
 * Nothing here is asserted in tests: time is not deterministic; bytes are
 * (scripts/size.mjs, test/node/size.test.mjs).
 */
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/lib/chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus, release, platform } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildTransformsEsbuild } from '../scripts/lib/build-transforms.mjs';
import { chromium } from 'playwright-core';
import { writeFeeds } from './generate.mjs';


const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const out = join(here, '.build');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(opt('--runs', 5)));
const ONLY = opt('--only', '');
const LIGHTHOUSE = !argv.includes('--no-lighthouse');
const SIZE = !argv.includes('--no-size');
const WRITE_DOCS = argv.includes('--write-docs');
const CHROME = chromiumPath();
const FLAGS = CHROMIUM_ARGS;
const log = (...a) => console.error(...a);
const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'));
const T = budgets.timing;

const CAL = 'src/components/event-calendar/define.ts';
const MAP = 'src/components/partner-map/define.ts';
const GOALS = 'src/components/goal-tracker/define.ts';
const CARDS = 'src/components/info-cards/define.ts';
const COMPONENT_TAGS = {
  'event-calendar': ['samverkan-event-calendar'],
  'partner-map': ['samverkan-partner-map'],
  'goal-tracker': ['samverkan-goal-tracker'],
  'info-cards': ['samverkan-info-cards'],
};

/**
 * The scenarios of the component issues (#3–#6) and the feed-scale ones (#8).
 * `ours.needs`: the source that must exist; without it the scenario's ours is "missing".
 */
const SCENARIOS = [
  ...[1000, 10000].map((n) => ({
    id: `month-${n}`,
    title: `calendar month view, ${n.toLocaleString('en')} events in the year`,
    feed: `agenda-${n}`,
    ours: { entry: 'calendar-ours', fn: 'month', needs: [CAL] },
    anchor: { entry: 'calendar-fc7', fn: 'month', name: 'FullCalendar 7.1 dayGridMonth' },
    baseline: { entry: 'calendar-lit', fn: 'month', name: 'plain Lit month grid (bench/baselines/lit-month-grid.ts)' },
    target: { vsAnchor: T['calendar-month'].vsAnchor, vsBaseline: T['calendar-month'].vsBaseline },
  })),
  ...[1000, 10000].map((n) => ({
    id: `agenda-${n}`,
    title: `calendar agenda, ${n.toLocaleString('en')} events in the year`,
    feed: `agenda-${n}`,
    ours: { entry: 'calendar-ours', fn: 'agenda', needs: [CAL] },
    anchor: { entry: 'calendar-fc7', fn: 'agenda', name: 'FullCalendar 7.1 listYear' },
    baseline: { entry: 'calendar-lit', fn: 'agenda', name: 'plain Lit list, every event (bench/baselines/lit-list.ts)' },
    target: n === 10000 ? { maxMs: T['calendar-agenda-10000'].maxMs } : {},
    // The first event of the year must be on screen.
    expect: (f) => [...f.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0].title,
  })),
  {
    id: 'agenda-10000-checked',
    title: 'calendar agenda, 10,000 events, until every event is checked (the idle check included)',
    feed: 'agenda-10000',
    // Beside agenda-10000 (same anchor and baseline there): what the first render leaves for the idle check.
    ours: { entry: 'calendar-ours', fn: 'agendaChecked', needs: [CAL] },
    target: {},
  },
  ...[500, 5000].map((n) => ({
    id: `map-${n}`,
    title: `partner map, ${n.toLocaleString('en')} partners`,
    feed: `map-${n}`,
    ours: { entry: 'map-ours', fn: 'map', needs: [MAP] },
    anchor: { entry: 'map-leaflet', fn: 'map', name: 'Leaflet 1.9 + markercluster 1.5, circleMarkers, no tiles' },
    baseline: { entry: 'map-svg', fn: 'map', name: 'hand-projected SVG circles (bench/baselines/svg-circles.ts)' },
    target: { vsAnchor: T['partner-map'].vsAnchor, vsBaseline: T['partner-map'].vsBaseline },
    step: { name: 'zoom step', target: { vsAnchor: T['partner-map'].vsAnchor } },
  })),
  {
    id: 'goals-50',
    title: 'goal tracker, 50 goals × 4 indicators × 20 measurements',
    feed: 'goals-50',
    ours: { entry: 'goals-ours', fn: 'goals', needs: [GOALS] },
    baseline: { entry: 'goals-lit', fn: 'goals', name: 'plain Lit list of 50 goal cards (bench/baselines/lit-goal-cards.ts)' },
    target: {},
    expect: (f) => f.agreement.goals[0].title.sv,
  },
  {
    id: 'cards-200',
    title: 'info cards, 200 cards in 12 languages',
    feed: 'cards-200',
    ours: { entry: 'cards-ours', fn: 'cards', needs: [CARDS] },
    baseline: { entry: 'cards-lit', fn: 'cards', name: 'plain Lit list of 200 cards, body as text (bench/baselines/lit-info-cards.ts)' },
    target: {},
    step: { name: 'language switch sv → ar', target: {} },
    expect: (f) => f.infoCards[0].title.sv,
  },
  ...['1mb', '10mb'].map((s) => ({
    id: `parse-${s}`,
    title: `feed parse + validate, ${s.toUpperCase().replace('MB', ' MB')}`,
    feed: `feed-${s}`,
    ours: { entry: 'feed-parse', fn: 'ours', needs: ['src/feed/feed.ts'] },
    anchor: { entry: 'feed-parse', fn: 'json', name: 'JSON.parse alone' },
    target: { vsAnchor: T['feed-parse'].vsAnchor },
    step: { name: 'again, warm', target: { vsAnchor: T['feed-parse'].vsAnchor } },
    noHeap: true,
  })),
  ...['1mb', '10mb'].map((s) => ({
    id: `render-${s}`,
    title: `first render of every component, ${s.toUpperCase().replace('MB', ' MB')} feed`,
    feed: `feed-${s}`,
    ours: { entry: 'feed-render-ours', fn: 'all', needs: [CAL, MAP, GOALS, CARDS], partial: true },
    target: {},
    expect: (f) => (existsSync(join(root, GOALS)) ? f.agreement.goals[0].title.sv : null),
  })),
].filter((s) => !ONLY || s.id.includes(ONLY));

// ---------------------------------------------------------------- build

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { nproc: availableParallelism(), cpu, memGiB: Math.round(Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)?.[1] ?? 0) / 1048576), os: `${platform()} ${release()}`, node: process.version };
}

/** The real validator, bundled for Node, to prove the generated feeds valid before measuring. */
async function loadValidator() {
  const r = await esbuild.build({ stdin: { contents: "export { validateFeed } from './src/feed/feed.ts';", resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return (await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`)).validateFeed;
}

function feedRenderSource() {
  const present = Object.keys(COMPONENT_TAGS).filter((c) => existsSync(join(root, `src/components/${c}/define.ts`)));
  return {
    present,
    source: `${present.map((c) => `import '../../src/components/${c}/define.ts';`).join('\n')}
import { configureLocalization } from '../../src/internal/localize.ts';
import { fetchJSON, register, stage } from './harness.ts';
${present.includes('partner-map') ? "import { loadOutline } from '../../src/components/partner-map/geo/index.ts';" : 'const loadOutline = async () => {};'}
configureLocalization();
let feed;
const tags = ${JSON.stringify(present.flatMap((c) => COMPONENT_TAGS[c]))};
register({ all: {
  async prepare(p) { feed = await fetchJSON(p.feed); await loadOutline('07'); },
  async run() {
    // Each element validates the feed object itself (FeedController): counted, as a page with all four pays it.
    for (const tag of tags) { const el = document.createElement(tag); el.style.cssText = 'display: block; inline-size: 1200px'; el.feed = feed; stage().append(el); }
  },
} });
`,
  };
}

async function buildPages(entries) {
  const pagesOut = join(out, 'pages');
  mkdirSync(pagesOut, { recursive: true });
  const built = {};
  // Assets our components fetch beside their code (new URL('./x', import.meta.url)): the county outlines.
  const geo = join(root, 'src/components/partner-map/geo');
  if (existsSync(geo)) for (const f of readdirSync(geo).filter((f) => f.endsWith('.json'))) copyFileSync(join(geo, f), join(pagesOut, f));
  for (const entry of entries) {
    // Every page, ours, anchors and baselines alike, starts with the compile hint our script-tag files ship with
    // (vite.config.ts, COMPILE_HINT): the same build for all, so a ratio compares code, not builds.
    const common = { plugins: [buildTransformsEsbuild()], bundle: true, minify: true, format: 'esm', target: 'es2022', outdir: pagesOut, absWorkingDir: root, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' }, loader: { '.png': 'dataurl' }, banner: { js: '//# allFunctionsCalledOnLoad' } };
    try {
      if (entry === 'feed-render-ours') {
        const { source, present } = feedRenderSource();
        if (!present.length) throw new Error('no component exists yet');
        await esbuild.build({ ...common, stdin: { contents: source, resolveDir: join(here, 'pages'), loader: 'ts', sourcefile: 'feed-render-ours.ts' }, entryNames: 'feed-render-ours', outdir: pagesOut });
        built[entry] = { ok: true, present };
      } else {
        await esbuild.build({ ...common, entryPoints: [join(here, 'pages', `${entry}.ts`)] });
        built[entry] = { ok: true };
      }
      const css = existsSync(join(pagesOut, `${entry}.css`)) ? `<link rel="stylesheet" href="${entry}.css">` : '';
      writeFileSync(join(pagesOut, `${entry}.html`), `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench ${entry}</title><link rel="icon" href="data:,">${css}<style>body{margin:0;font:14px system-ui,sans-serif}#stage{inline-size:1200px}</style></head><body><main id="stage"></main><script type="module" src="${entry}.js"></script></body></html>`);
    } catch (error) {
      built[entry] = { ok: false, error: String(error.message ?? error).split('\n').slice(0, 4).join(' ') };
    }
  }
  return built;
}

// ---------------------------------------------------------------- serve

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };
function serve(dirs) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const dir of dirs) {
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// ---------------------------------------------------------------- measure

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs) => (xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length, all: xs.map((x) => Math.round(x * 10) / 10) } : null);

async function measureOnce(browser, base, sc, role) {
  const c = sc[role];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/pages/${c.entry}.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30_000 });
    const call = (phase) => page.evaluate(([n, ph, p]) => window.benchCall(n, ph, p), [c.fn, phase, { feed: sc.feed }]);
    await call('prepare');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = sc.noHeap ? 0 : await heap();
    const ms = await call('run');
    const nodes = sc.noHeap ? null : await page.evaluate(() => window.benchNodes());
    // A render that shows the wrong thing (an error, an empty state) is not a figure: say so.
    const invalid = sc.expectText && !(await page.evaluate(() => window.benchText())).includes(sc.expectText) ? `did not show "${sc.expectText}"` : null;
    const after = sc.noHeap ? 0 : await heap();
    const stepMs = sc.step ? await call('step') : null;
    return { ms, stepMs, nodes, heap: sc.noHeap ? null : (after - before) / 1048576, errors, invalid };
  } catch (error) {
    return { error: `${String(error.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- lighthouse

/** Async: the page server runs in this process, so a blocking spawnSync would starve it. */
function run(cmd, args, options) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      ok({ status, stderr });
    });
  });
}

async function lighthouse(url) {
  const file = join(out, `lighthouse-${Math.random().toString(36).slice(2)}.json`);
  const r = await run(process.execPath, [join(root, 'node_modules/lighthouse/cli/index.js'), url, '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${FLAGS.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROME }, timeout: 120_000 });
  if (!existsSync(file)) return { url, error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  const lhr = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices', 'seo'].some((cat) => lhr.categories[cat]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))).map((a) => a.id);
  return {
    url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    failing,
    consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => `${i.source}: ${String(i.description).slice(0, 160)}${i.sourceLocation?.url ? ` (${i.sourceLocation.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')})` : ''}`).slice(0, 5),
    // What moved: the largest layout shifts with the element that moved (Lighthouse's own attribution).
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 3).map((i) => `${(i.score ?? 0).toFixed(3)} ${i.node?.snippet?.slice(0, 80) ?? ''}${i.node?.nodeLabel ? ` "${i.node.nodeLabel.replace(/\s+/g, ' ').slice(0, 60)}"` : ''}`.trim()),
    runtimeError: lhr.runtimeError?.message,
  };
}

// ---------------------------------------------------------------- report

const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const cell = (s, key = 'ms') => {
  if (!s) return '—';
  if (s.status === 'missing') return 'missing';
  if (s.status === 'error') return 'error';
  const st = s[key];
  return st ? `${ms(st.median)} (${ms(st.min)}–${ms(st.max)})` : '—';
};
const ratio = (a, b) => (a && b && b.median > 0 ? a.median / b.median : null);
const fmtRatio = (r) => (r == null ? '—' : r < 1 ? `${r.toFixed(2)} (${(1 / r).toFixed(1)}× faster)` : `${r.toFixed(2)}`);

function verdict(target, r) {
  if (r.invalid && r.oursStatus === 'ok') return { target: [target.vsAnchor != null && `≤${target.vsAnchor} of anchor`, target.vsBaseline != null && `≤${target.vsBaseline} of baseline`, target.maxMs != null && `<${target.maxMs} ms`].filter(Boolean).join(', ') || '—', verdict: `INVALID: ours ${r.invalid}` };
  const checks = [];
  if (target.vsAnchor != null) checks.push([`≤${target.vsAnchor} of anchor`, r.vsAnchor, r.vsAnchor != null && r.vsAnchor <= target.vsAnchor]);
  if (target.vsBaseline != null) checks.push([`≤${target.vsBaseline} of baseline`, r.vsBaseline, r.vsBaseline != null && r.vsBaseline <= target.vsBaseline]);
  if (target.maxMs != null) checks.push([`<${target.maxMs} ms`, r.ours, r.ours != null && r.ours < target.maxMs]);
  if (!checks.length) return { target: '—', verdict: r.oursStatus === 'missing' ? 'missing' : r.oursStatus === 'error' ? 'error' : '—' };
  const text = checks.map((c) => c[0]).join(', ');
  if (r.oursStatus === 'missing') return { target: text, verdict: 'missing' };
  if (r.oursStatus === 'error') return { target: text, verdict: 'error' };
  const missed = checks.filter((c) => !c[2]).map((c) => c[0]);
  return { target: text, verdict: missed.length ? `MISSES ${missed.join(', ')}` : 'meets' };
}

function rowsOf(results) {
  const rows = [];
  for (const sc of results) {
    const metrics = [['ms', sc.title, sc.target ?? {}], ...(sc.step ? [['stepMs', `${sc.title}: ${sc.step.name}`, sc.step.target ?? {}]] : [])];
    for (const [key, title, target] of metrics) {
      const o = sc.roles.ours;
      const a = sc.roles.anchor;
      const b = sc.roles.baseline;
      const r = { ours: o?.[key]?.median ?? null, oursStatus: o?.status, invalid: o?.invalid, vsAnchor: ratio(o?.[key], a?.[key]), vsBaseline: ratio(o?.[key], b?.[key]) };
      const v = verdict(target, r);
      const mem = (s) => (s?.heap ? s.heap.median.toFixed(1) : '—');
      const nodes = (s) => (s?.nodes ? String(Math.round(s.nodes.median)) : '—');
      rows.push({
        id: `${sc.id}${key === 'stepMs' ? ':step' : ''}`,
        cells: [
          title,
          cell(o, key),
          a ? cell(a, key) : '',
          a ? fmtRatio(r.vsAnchor) : '',
          b ? cell(b, key) : '',
          b ? fmtRatio(r.vsBaseline) : '',
          v.target,
          v.verdict,
          key === 'ms' && !sc.noHeap ? [o, a, b].filter(Boolean).map(nodes).join(' / ') : '',
          key === 'ms' && !sc.noHeap ? [o, a, b].filter(Boolean).map(mem).join(' / ') : '',
        ],
        ratios: { vsAnchor: r.vsAnchor, vsBaseline: r.vsBaseline },
        ...v,
      });
    }
  }
  return rows;
}

const HEAD = ['scenario', 'ours: median (min–max)', 'anchor: median (min–max)', 'ours/anchor', 'baseline: median (min–max)', 'ours/baseline', 'target', 'verdict', 'DOM nodes (ours / anchor / baseline)', 'heap MiB (ours / anchor / baseline)'];
function textTable(rows) {
  const body = rows.map((r) => r.cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ').trimEnd();
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
const mdTable = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');

function legend(results) {
  return results
    .map((sc) => `${sc.id}: ${sc.title}; feed ${(sc.feedBytes / 1e6).toFixed(2)} MB${sc.present ? `; components present: ${sc.present.join(', ')}` : ''}${sc.anchor ? `; anchor = ${sc.anchor.name}` : ''}${sc.baseline ? `; baseline = ${sc.baseline.name}` : ''}${Object.entries(sc.roles).filter(([, r]) => r.invalid).map(([k, r]) => `; ${k} INVALID: ${r.invalid}`).join('')}${Object.values(sc.roles).some((r) => r.status !== 'ok') ? `; ${Object.entries(sc.roles).filter(([, r]) => r.status !== 'ok').map(([k, r]) => `${k} ${r.status}: ${r.detail}`).join('; ')}` : ''}`)
    .join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  log(`bench: ${RUNS} run(s), ${SCENARIOS.length} scenario(s); Chromium ${CHROME ?? '(playwright default)'}`);
  mkdirSync(out, { recursive: true });
  // A fresh clone has no generated interface translations (src/generated is not committed): make them, as `npm test` does.
  if (!existsSync(join(root, 'src/generated/locale-codes.ts'))) {
    log('src/generated missing: running npm run localize');
    spawnSync(process.execPath, [join(root, 'scripts/localize.mjs')], { cwd: root, stdio: 'inherit' });
  }

  // Feeds, proven valid with the real validator.
  const feeds = writeFeeds(join(out, 'feeds'));
  const validateFeed = await loadValidator();
  const feedProblems = {};
  for (const [name, info] of Object.entries(feeds)) {
    const { feed, problems } = validateFeed(JSON.parse(readFileSync(info.file, 'utf8')));
    if (!feed || problems.length) feedProblems[name] = problems.slice(0, 3).map((p) => `${p.path} ${p.message}`);
  }
  if (Object.keys(feedProblems).length) log(`warning: generated feeds no longer match the contract (bench/generate.mjs): ${JSON.stringify(feedProblems)}`);

  const entries = new Set();
  for (const sc of SCENARIOS) for (const role of ['ours', 'anchor', 'baseline']) if (sc[role] && (!sc[role].needs || sc[role].partial || sc[role].needs.every((p) => existsSync(join(root, p))))) entries.add(sc[role].entry);
  const built = await buildPages([...entries]);
  log(`built ${Object.values(built).filter((b) => b.ok).length}/${entries.size} bench pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // The demo for Lighthouse (built before measuring, so it does not load the machine meanwhile).
  let demoBuilt = false;
  if (LIGHTHOUSE) {
    const t = Date.now();
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.demo.config.ts', '--logLevel', 'error'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    demoBuilt = r.status === 0 && existsSync(join(root, 'demo-dist/region.html'));
    log(demoBuilt ? `built demo-dist in ${((Date.now() - t) / 1000).toFixed(1)} s` : `demo build failed: ${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
  }

  const { server, url: base } = await serve([out]);
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const chromiumVersion = browser.version();

  // Results per scenario and role.
  const results = SCENARIOS.map((sc) => {
    const roles = {};
    for (const role of ['ours', 'anchor', 'baseline']) {
      const c = sc[role];
      if (!c) continue;
      const missing = c.needs && !c.partial ? c.needs.filter((p) => !existsSync(join(root, p))) : [];
      if (missing.length) roles[role] = { name: c.name ?? 'samverkan', status: 'missing', detail: `not there yet: ${missing.join(', ')}` };
      else if (!built[c.entry]?.ok) roles[role] = { name: c.name ?? 'samverkan', status: /Could not resolve ".*components\/.*define/.test(built[c.entry]?.error ?? '') ? 'missing' : 'error', detail: built[c.entry]?.error ?? 'not built' };
      else roles[role] = { name: c.name ?? 'samverkan', status: 'ok', samples: [] };
    }
    const expectText = sc.expect ? sc.expect(JSON.parse(readFileSync(feeds[sc.feed].file, 'utf8'))) : null;
    return { ...sc, expectText, feedBytes: feeds[sc.feed].bytes, counts: feeds[sc.feed].counts, present: built[sc.ours.entry]?.present, roles };
  });

  for (let run = 0; run < RUNS; run++) {
    const t = Date.now();
    for (const sc of results) {
      const order = ['ours', 'anchor', 'baseline'].filter((r) => sc.roles[r]?.status === 'ok');
      if (run % 2) order.reverse();
      for (const role of order) {
        const m = await measureOnce(browser, base, sc, role);
        if (m.error) {
          sc.roles[role].errors = [...(sc.roles[role].errors ?? []), m.error];
          log(`  ${sc.id} ${role}: ${m.error}`);
        } else sc.roles[role].samples.push(m);
      }
    }
    log(`run ${run + 1}/${RUNS} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  for (const sc of results) {
    for (const r of Object.values(sc.roles)) {
      if (r.status !== 'ok') continue;
      const s = r.samples;
      if (!s.length) {
        r.status = 'error';
        r.detail = r.errors?.[0] ?? 'no sample';
        continue;
      }
      r.ms = stats(s.map((x) => x.ms));
      r.stepMs = sc.step ? stats(s.map((x) => x.stepMs)) : null;
      r.nodes = s[0].nodes == null ? null : stats(s.map((x) => x.nodes));
      r.heap = s[0].heap == null ? null : stats(s.map((x) => x.heap));
      r.pageErrors = [...new Set(s.flatMap((x) => x.errors))].slice(0, 3);
      r.invalid = s.find((x) => x.invalid)?.invalid ?? null;
      delete r.samples;
    }
  }
  await browser.close();

  let lh = [];
  if (LIGHTHOUSE && demoBuilt) {
    const demo = await serve([join(root, 'demo-dist'), join(root, 'demo')]);
    for (const path of ['/region.html?region=kronoberg', '/index.html']) {
      log(`lighthouse ${path} …`);
      lh.push(await lighthouse(`${demo.url}${path}`));
    }
    demo.server.close();
  }
  server.close();

  let sizes = null;
  if (SIZE) {
    const { measureAll } = await import('../scripts/size.mjs');
    sizes = await measureAll();
  }

  const rows = rowsOf(results);
  const mach = { ...machine(), chromium: chromiumVersion };
  const seconds = Math.round((Date.now() - started) / 1000);
  const header = `samverkan bench — ${new Date().toISOString().slice(0, 16)}Z — ${mach.nproc} cores, ${mach.cpu}, Chromium ${chromiumVersion}, Node ${mach.node}; ${RUNS} runs, fresh context each, ours/anchor/baseline order alternating`;
  console.log(`\n${header}\n`);
  console.log(textTable(rows));
  console.log(`\nTime: start → render → pending Lit updates → next frame → forced layout. Ratios are of medians; < 1 means ours is faster. Heap: retained JS heap after a forced GC (CDP), render's increase.\n${legend(results)}`);
  if (lh.length) {
    console.log('\nLighthouse (built demo, mobile defaults, offline):');
    console.log(mdTable(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'LCP', 'TBT', 'failing audits'], lh.map((l) => (l.error ? [l.url, l.error, '', '', '', '', '', '', ''] : [l.url, l.performance, l.accessibility, l.bestPractices, l.seo, l.cls?.toFixed(3), ms(l.lcpMs), ms(l.tbtMs), l.failing.join(', ') || '—']))));
    for (const l of lh) for (const e of l.consoleErrors ?? []) console.log(`  console error on ${l.url}: ${e}`);
    for (const l of lh) for (const e of l.layoutShifts ?? []) console.log(`  layout shift on ${l.url}: ${e}`);
  } else if (LIGHTHOUSE) console.log('\nLighthouse: demo build failed, not run.');
  if (sizes) {
    const { sizeTable } = await import('../scripts/size.mjs');
    console.log(`\nSizes (npm run size):\n${sizeTable(sizes, { strict: false })}`);
  }

  // Change since the last committed results (bench/results.json), by ratio: ratios survive a busier or quieter machine, absolute times do not.
  const previousFile = join(here, 'results.json');
  if (existsSync(previousFile)) {
    try {
      const prev = JSON.parse(readFileSync(previousFile, 'utf8'));
      const before = new Map(prev.table.map((r) => [r.id, r]));
      const lines = [];
      const fr = (x) => (x == null ? '—' : x.toFixed(2));
      for (const r of rows) {
        const p = before.get(r.id);
        if (!p) continue;
        const oursNow = r.cells[1];
        const oursThen = p.cells[HEAD[1]];
        const changed = ['vsAnchor', 'vsBaseline'].some((k) => r.ratios[k] != null && p.ratios[k] != null && Math.abs(r.ratios[k] / p.ratios[k] - 1) > 0.25) || (oursThen === 'missing') !== (oursNow === 'missing');
        if (changed) lines.push(`  ${r.cells[0]}: ours/anchor ${fr(p.ratios.vsAnchor)} → ${fr(r.ratios.vsAnchor)}, ours/baseline ${fr(p.ratios.vsBaseline)} → ${fr(r.ratios.vsBaseline)}; ours ${oursThen} → ${oursNow}`);
      }
      console.log(`\nChanges of more than 25 % in a ratio (run-to-run noise here is 20–40 %) since bench/results.json of ${prev.date.slice(0, 16)}Z:${lines.length ? `\n${lines.join('\n')}` : ' none.'}`);
    } catch (error) {
      log(`could not compare with the previous bench/results.json: ${error.message}`);
    }
  }

  console.log(`\nbench finished in ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);

  const json = { date: new Date().toISOString(), machine: mach, runs: RUNS, seconds, feedProblems, scenarios: results.map(({ ours, anchor, baseline, ...rest }) => ({ ...rest, entries: { ours: ours?.entry, anchor: anchor?.entry, baseline: baseline?.entry } })), table: rows.map((r) => ({ id: r.id, cells: Object.fromEntries(HEAD.map((h, i) => [h, r.cells[i]])), ratios: r.ratios, target: r.target, verdict: r.verdict })), lighthouse: lh, sizes };
  if (!ONLY) writeFileSync(join(here, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  else log('--only: bench/results.json not written');

  if (WRITE_DOCS && !ONLY) {
    const docs = join(root, 'docs/performance.md');
    const text = readFileSync(docs, 'utf8');
    const md = [
      `Measured ${json.date.slice(0, 16)}Z on ${mach.nproc} cores (${mach.cpu}), ${mach.memGiB} GiB, ${mach.os}, Chromium ${chromiumVersion} (headless), Node ${mach.node}; ${RUNS} runs; \`npm run bench\` took ${Math.floor(seconds / 60)} min ${seconds % 60} s.`,
      '',
      mdTable(HEAD, rows.map((r) => r.cells)),
      '',
      legend(results).split('\n').map((l) => `- ${l}`).join('\n'),
      ...(lh.length ? ['', 'Lighthouse on the built demo (mobile defaults, offline):', '', mdTable(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'LCP', 'TBT', 'failing audits'], lh.map((l) => (l.error ? [l.url, l.error, '', '', '', '', '', '', ''] : [l.url, l.performance, l.accessibility, l.bestPractices, l.seo, l.cls?.toFixed(3), ms(l.lcpMs), ms(l.tbtMs), l.failing.join(', ') || '—'])))] : []),
      ...(sizes ? ['', 'Sizes (`npm run size`):', '', (await import('../scripts/size.mjs')).sizeTable(sizes, { strict: true, markdown: true })] : []),
    ].join('\n');
    const next = text.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, `<!-- bench:begin -->\n${md}\n<!-- bench:end -->`);
    writeFileSync(docs, next);
    log('docs/performance.md figures updated');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
