#!/usr/bin/env node
/**
 * Screenshots as readers see them: `node scripts/screenshot.mjs <url> <out.png> [--width 390] [--height 844] [--full] [--wait 'css selector'] [--scroll 'css selector'] [--rtl]`.
 * `--scroll` brings an element to the top of the viewport and shoots the viewport, as a reader scrolled there sees it
 * (a `--full` page shot does not render what `content-visibility: auto` skips off screen).
 * Uses Debian's Chromium (or CHROME_PATH) through playwright-core, with no
 * request to any host but localhost. Open the PNG and look at it.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const [url, out = '/tmp/shot.png', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [--width N] [--height N] [--full] [--wait selector] [--scroll selector]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(opt('width', 390)), height: Number(opt('height', 844)) }, deviceScaleFactor: 1 });
page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const wait = opt('wait');
if (wait) await page.locator(wait).first().waitFor({ timeout: 10000 });
const scrollTo = opt('scroll');
if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
await page.waitForTimeout(Number(opt('settle', 400)));
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
await browser.close();
console.log(out);
