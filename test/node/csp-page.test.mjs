// The built script-tag bundle on a hostile host page: strict CSP with Trusted
// Types, hostile global CSS, an RTL document, CMS-proof placeholders, the
// script loaded twice and next to another version. Run: node --test test/node/csp-page.test.mjs
//
// Builds `vite build --mode script-tag` and `--mode script-tag-iife` into a
// temporary directory (reuses dist/ when it is newer than every source file),
// serves the pages with the CSP header, and drives /usr/bin/chromium (or
// CHROME_PATH) through playwright-core.
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html samverkan";

const HOSTILE_CSS = `
* { all: unset; font-size: 40px !important; color: red !important; background: yellow !important; line-height: 0.8 !important; }
div { display: none !important; }
section, p, ul, li, button, a { border: 4px dotted red !important; text-transform: uppercase !important; letter-spacing: 0.3em !important; }
html, body { display: block; }
`;

const TAGS = ['samverkan-event-calendar', 'samverkan-partner-map', 'samverkan-goal-tracker', 'samverkan-info-cards', 'samverkan-info-card'];

const feed = JSON.parse(readFileSync(join(root, 'demo/feeds/kronoberg.json'), 'utf8'));
const cardId = feed.infoCards[0].id;

/**
 * The sample feed with its recordings served from the page's own origin.
 * A feed's recordings come from the hosts it names, and Chromium checks
 * media-src as soon as an <audio src> is rendered (even with preload="none"),
 * so a page must list those hosts in media-src (docs/embedding.md); the
 * policy under test allows only 'self', so the test hosts them itself.
 */
const feedWithLocalMedia = structuredClone(feed);
for (const card of feedWithLocalMedia.infoCards ?? []) {
  for (const media of card.media ?? []) {
    for (const key of ['url', 'captions']) if (media[key]) media[key] = `/media/${media[key].split('/').pop()}`;
  }
}

/** The newest modification time under `dir` (files only). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

let outDir;
let tempDir;
function build() {
  const dist = join(root, 'dist');
  const fresh = ['samverkan.js', 'samverkan.iife.js'].every((f) => existsSync(join(dist, f)) && statSync(join(dist, f)).mtimeMs > newest(join(root, 'src')));
  if (fresh) return dist;
  tempDir = mkdtempSync(join(tmpdir(), 'samverkan-csp-'));
  for (const mode of ['script-tag', 'script-tag-iife']) {
    const r = spawnSync('npx', ['vite', 'build', '--mode', mode, '--outDir', tempDir, '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `vite build --mode ${mode} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return tempDir;
}

const placeholders = (lang) => `
  <div data-samverkan="event-calendar" data-src="/feeds/kronoberg.json"${lang ? ` data-lang="${lang}"` : ''}><p><a href="https://www.example.se/kalender">Kalender</a></p></div>
  <div data-samverkan="partner-map" data-src="/feeds/kronoberg.json"><p><a href="https://www.example.se/partner">Partner</a></p></div>
  <div data-samverkan="goal-tracker" data-src="/feeds/kronoberg.json"><p><a href="https://www.example.se/mal">Mål</a></p></div>
  <div data-samverkan="info-cards" data-src="/feeds/kronoberg.json"><p><a href="https://www.example.se/info">Information</a></p></div>
  <div data-samverkan="info-card" data-src="/feeds/kronoberg.json" data-card="${cardId}"><p><a href="https://www.example.se/vard">Vård</a></p></div>`;

/** The same hostility without the 40px root font (which is text at 250 %): for the reflow check at 320 px. */
const HOSTILE_CSS_REFLOW = HOSTILE_CSS.replace(' font-size: 40px !important;', '');

const page = (head, body, css = '/hostile.css') => `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>صفحة اختبار samverkan</title>
<link rel="stylesheet" href="${css}">
${head}
</head>
<body>
<main>
<h1>samverkan</h1>
${body}
</main>
</body>
</html>`;

const PAGES = {
  // The ES module bundle, twice (a CMS module and the theme both add it).
  '/module.html': page(
    '<script type="module" src="/samverkan.js"></script>\n<script type="module" src="/samverkan.js?copy=2"></script>',
    placeholders('sv'),
  ),
  // WCAG 1.4.10 reflow: 320 CSS px wide, still under hostile CSS.
  '/reflow.html': page('<script type="module" src="/samverkan.js"></script>', placeholders('sv'), '/hostile-reflow.css'),
  // One classic script in <head>, before the placeholders are parsed (CMSs that strip type="module").
  '/iife.html': page('<script src="/samverkan.iife.js"></script>', placeholders()),
  // Two versions: the module bundle and an older copy of the classic bundle on one page.
  '/two-versions.html': page('<script type="module" src="/samverkan.js"></script>\n<script src="/samverkan-0.0.9.iife.js" defer></script>', placeholders()),
  // The autoloader: loads each placeholder's chunk, then upgrades it.
  '/autoloader.html': page('<script type="module" src="/autoloader.js"></script>', placeholders()),
  // Placeholders added by a CMS after the script ran.
  '/late.html': page('<script type="module" src="/samverkan.js"></script>\n<script type="module" src="/add-late.js"></script>', '<section aria-label="sen"></section>'),
};

const ADD_LATE = `
setTimeout(() => {
  const section = document.querySelector('section');
  const div = document.createElement('div');
  div.dataset.samverkan = 'goal-tracker';
  div.dataset.src = '/feeds/kronoberg.json';
  const a = document.createElement('a');
  a.href = 'https://www.example.se/mal';
  a.textContent = 'Mål';
  div.append(a);
  section.append(div);
}, 300);`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

let server;
let origin;
let browser;

before(async () => {
  outDir = build();
  server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, body, type) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      if (PAGES[path]) return send(200, PAGES[path], TYPES['.html']);
      if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
      if (path === '/hostile.css') return send(200, HOSTILE_CSS, TYPES['.css']);
      if (path === '/hostile-reflow.css') return send(200, HOSTILE_CSS_REFLOW, TYPES['.css']);
      if (path === '/add-late.js') return send(200, ADD_LATE, TYPES['.js']);
      if (path === '/feeds/kronoberg.json') return send(200, JSON.stringify(feedWithLocalMedia), TYPES['.json']);
      if (path.startsWith('/media/')) return send(path.endsWith('.vtt') ? 200 : 204, path.endsWith('.vtt') ? 'WEBVTT\n\n' : '', path.endsWith('.vtt') ? 'text/vtt' : 'audio/mpeg');
      if (path === '/samverkan-0.0.9.iife.js') {
        // The same classic bundle claiming an older version: defineElement must skip it with a warning.
        const code = readFileSync(join(outDir, 'samverkan.iife.js'), 'utf8');
        const version = /(["'`])0\.1\.0\1/g;
        if (!version.test(code)) return send(500, 'the bundle holds no version string "0.1.0"', 'text/plain');
        return send(200, code.replace(version, '$10.0.9$1'), TYPES['.js']);
      }
      const file = normalize(join(outDir, path));
      if (file.startsWith(outDir) && existsSync(file) && statSync(file).isFile()) return send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
      send(404, 'not found', 'text/plain');
    } catch (error) {
      send(500, String(error), 'text/plain');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** Opens `path`, collecting console messages, page errors and CSP violations from before the first script. */
async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'ar' });
  const p = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [] };
  p.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  p.on('pageerror', (e) => log.pageErrors.push(e.message));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  const response = await p.goto(origin + path, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], CSP);
  return { page: p, context, log };
}

/** Waits until every widget has rendered its loaded state; returns a summary per tag. */
async function rendered(p, tags = TAGS, log = null) {
  await p.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const el = document.querySelector(tag);
        const root = el?.shadowRoot;
        return root && root.querySelector('[part~="base"]') && !root.querySelector('.loading') && root.textContent.trim().length > 0;
      }),
    tags,
    { timeout: 20000 },
  ).catch(async (error) => {
    const state = await p.evaluate((tags) => tags.map((t) => `${t}: ${document.querySelector(t)?.shadowRoot?.textContent.trim().slice(0, 120) ?? '(missing)'}`), tags);
    const errors = log ? [...log.pageErrors, ...log.errors].map((e) => e.slice(0, 300)) : [];
    throw new Error(`${error.message}\n${state.join('\n')}\nerrors:\n${errors.join('\n')}`);
  });
  return p.evaluate((tags) =>
    tags.map((tag) => {
      const el = document.querySelector(tag);
      const base = el.shadowRoot.querySelector('[part~="base"]');
      const error = el.shadowRoot.querySelector('[data-kind="error"]');
      const text = [...el.shadowRoot.querySelectorAll('p, li, h2, h3, span, a, button')].find((n) => n.textContent.trim());
      const style = text ? getComputedStyle(text) : null;
      return {
        tag,
        lang: base.getAttribute('lang'),
        dir: base.getAttribute('dir'),
        error: error ? error.textContent.trim() : null,
        height: el.getBoundingClientRect().height,
        color: style?.color,
        fallbackShown: [...el.querySelectorAll('[slot="fallback"] a')].some((a) => a.getClientRects().length > 0),
        placeholdersLeft: document.querySelectorAll('div[data-samverkan]:not([data-samverkan-upgraded])').length,
      };
    }),
  tags);
}

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's findings inside the widgets. axe is evaluated through the
 * DevTools protocol: under `require-trusted-types-for 'script'` a <script src>
 * set by the test itself is refused (we only allow our own policy names).
 * Read the CSP violations before calling this: axe's own DOM work is not ours.
 */
async function axe(p, tags = TAGS) {
  await p.evaluate(AXE);
  return p.evaluate(async (tags) => {
    const result = await window.axe.run(
      tags.map((t) => document.querySelector(t)),
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, tags);
}

const violations = (p) => p.evaluate(() => window.__violations);

/** Everything that can go wrong on a page, gathered so that a failure shows all of it at once. */
async function findings(p, log, summary, tags = TAGS) {
  const problems = [];
  for (const s of summary) {
    if (s.error) problems.push(`${s.tag} shows an error: ${s.error}`);
    if (!(s.height > 50)) problems.push(`${s.tag} has no visible box (${s.height}px)`);
    if (s.color === 'rgb(255, 0, 0)') problems.push(`${s.tag}: the page's "* { color: red !important }" reaches the widget's text`);
    if (s.fallbackShown) problems.push(`${s.tag}: the fallback link is shown after the upgrade`);
  }
  if (summary.some((s) => s.placeholdersLeft)) problems.push(`${summary[0].placeholdersLeft} placeholders were not upgraded`);
  return {
    problems,
    cspViolations: await violations(p),
    pageErrors: log.pageErrors,
    consoleErrors: log.errors,
    axe: await axe(p, tags),
  };
}
const CLEAN = { problems: [], cspViolations: [], pageErrors: [], consoleErrors: [], axe: [] };

/** Elements wider than the viewport (light and shadow DOM), to name what makes a page scroll sideways. */
const overflowing = (p) =>
  p.evaluate(() => {
    // Only when the page really scrolls sideways (SVG content beyond its viewBox is clipped, not overflow).
    if (document.documentElement.scrollWidth <= innerWidth) return [];
    const out = [`page is ${document.documentElement.scrollWidth}px wide`];
    const walk = (root, where) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > innerWidth + 1 || r.left < -1) out.push(`${where}${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (${Math.round(r.left)}–${Math.round(r.right)})`);
        if (el.shadowRoot) walk(el.shadowRoot, `${el.localName} › `);
      }
    };
    walk(document, '');
    return out.slice(0, 8);
  });

test('the module bundle, loaded twice under a strict CSP with hostile CSS in an RTL page, renders every component with no error, CSP violation or axe violation', async () => {
  const { page: p, context, log } = await open('/module.html');
  try {
    const summary = await rendered(p, TAGS, log);
    // The document is Arabic: widgets without data-lang follow it; data-lang="sv" wins for the calendar.
    assert.deepEqual(summary.map((s) => [s.tag, s.lang, s.dir]), TAGS.map((t, i) => [t, i === 0 ? 'sv' : 'ar', i === 0 ? 'ltr' : 'rtl']));
    assert.equal(await p.evaluate(() => document.querySelectorAll('samverkan-event-calendar').length), 1, 'two copies of the script upgrade each placeholder once');
    assert.deepEqual(await findings(p, log, summary), CLEAN);
  } finally {
    await context.close();
  }
});

test('at 320 px (WCAG 1.4.10 reflow) every component fits without horizontal scrolling, with no axe violation', async () => {
  const { page: p, context, log } = await open('/reflow.html', { width: 320, height: 720 });
  try {
    const summary = await rendered(p, TAGS, log);
    assert.deepEqual({ ...(await findings(p, log, summary)), overflowing: await overflowing(p) }, { ...CLEAN, overflowing: [] });
  } finally {
    await context.close();
  }
});

// The other two ways to load the kit, with the same page and checks: all placeholders follow the Arabic document.
for (const [path, way] of [
  ['/iife.html', 'the classic (IIFE) bundle in <head> upgrades the placeholders once the page is parsed'],
  ['/autoloader.html', 'the autoloader upgrades the placeholders, loading only their chunks'],
]) {
  test(`${way}, under the same CSP`, async () => {
    const { page: p, context, log } = await open(path);
    try {
      const summary = await rendered(p, TAGS, log);
      assert.deepEqual(summary.map((s) => s.lang), TAGS.map(() => 'ar'));
      assert.deepEqual(await findings(p, log, summary), CLEAN);
    } finally {
      await context.close();
    }
  });
}

test('every script-tag file starts with the compile hint, so Chromium compiles it off the main thread as it streams in', () => {
  // The entries and every file they can load (dist/ may also hold the npm build's chunks, which are not for pages).
  const files = new Set(['samverkan.js', 'autoloader.js', 'samverkan.iife.js'].map((f) => join(outDir, f)));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('//# allFunctionsCalledOnLoad\n'), file);
    for (const [, path] of text.matchAll(/["'`](\.\/[\w./-]+\.js)["'`]/g)) {
      const next = normalize(join(dirname(file), path));
      if (existsSync(next)) files.add(next);
    }
  }
  assert.ok(files.size > 10, `script-tag files found: ${files.size}`);
});

test('two versions on one page: no error, only a console warning that the second is not used', async () => {
  const { page: p, context, log } = await open('/two-versions.html');
  try {
    const summary = await rendered(p, TAGS, log);
    await p.waitForFunction(() => document.readyState === 'complete');
    await p.waitForTimeout(200);
    assert.ok(
      // Whichever copy runs second warns (module and deferred classic scripts run in document order, but do not rely on it).
      log.warnings.some((w) => /samverkan (0\.1\.0|0\.0\.9) is already on this page; this copy \((0\.0\.9|0\.1\.0)\) is not used/.test(w)),
      `a version warning is printed (got: ${log.warnings.join(' / ') || 'none'})`,
    );
    assert.deepEqual(await findings(p, log, summary), CLEAN);
  } finally {
    await context.close();
  }
});

test('a placeholder a CMS adds after the script ran is upgraded', async () => {
  const { page: p, context, log } = await open('/late.html');
  try {
    const tags = ['samverkan-goal-tracker'];
    const summary = await rendered(p, tags, log);
    assert.deepEqual(await findings(p, log, summary, tags), CLEAN);
  } finally {
    await context.close();
  }
});
