#!/usr/bin/env node
/**
 * Interface translations: `npm run localize`.
 *
 * 1. `lit-localize extract` writes every msg() of src/ into locales/<lang>.xlf.
 * 2. Targets are filled from locales/translations/*.json, one file per part of
 *    the kit, each mapping the Swedish source (as it stands in the XLIFF,
 *    placeholders included) to its translations: {"Försök igen": {"en": "Try again", …}}.
 *    Targets already in an XLIFF file (e.g. from a translation agency) are kept
 *    unless a JSON file has the string.
 * 3. `lit-localize build` writes src/generated/locales/*.ts.
 *
 * `--check` exits 1 when any language lacks a translation, listing them.
 *
 * Each lit-localize step builds a TypeScript program of src/ (about 6 s), and
 * `npm test`, `npm start` and `npm run typecheck` run this first: when no
 * input changed since the last run (a hash of src/, the translation files and
 * the config, kept in src/generated/), the steps are skipped. `--force` runs them anyway.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const run = (args) => execFileSync('npx', ['lit-localize', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const stamp = new URL('src/generated/.localize-stamp', root);
/** A hash of everything the generated files follow from; the XLIFF files are read and written, so it is taken after a run. */
function inputHash() {
  const hash = createHash('sha256');
  const files = [
    'lit-localize.json',
    'tsconfig.localize.json',
    ...readdirSync(new URL('src/', root), { recursive: true })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))
      .map((f) => `src/${f}`),
    ...readdirSync(new URL('locales/', root), { recursive: true })
      .filter((f) => /\.(json|xlf)$/.test(f))
      .map((f) => `locales/${f}`),
  ].sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(new URL(file, root))).update('\0');
  return hash.digest('hex');
}
const args = process.argv.slice(2);
if (!args.includes('--force') && !args.includes('--check') && existsSync(new URL('src/generated/locale-codes.ts', root)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputHash()) {
  console.log('Interface strings unchanged since the last `npm run localize`: src/generated is current.');
  process.exit(0);
}

run(['extract']);

const translations = {};
const dir = new URL('locales/translations/', root);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  Object.assign(translations, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
}

const missing = {};
const unit = /<trans-unit id="([^"]+)">\n  <source>([\s\S]*?)<\/source>(\n  <target>[\s\S]*?<\/target>)?\n<\/trans-unit>/g;
for (const file of readdirSync(new URL('locales/', root)).filter((f) => f.endsWith('.xlf'))) {
  const lang = file.replace('.xlf', '');
  const path = new URL(`locales/${file}`, root);
  const xml = readFileSync(path, 'utf8').replace(unit, (whole, id, source, target) => {
    const text = translations[unescapeXml(source)]?.[lang];
    if (text !== undefined) return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${escapeXml(text)}</target>\n</trans-unit>`;
    if (!target) (missing[lang] ??= []).push(unescapeXml(source));
    return whole;
  });
  writeFileSync(path, xml);
}

run(['build']);

const total = Object.values(missing).reduce((n, list) => n + list.length, 0);
if (total) {
  for (const [lang, list] of Object.entries(missing)) console.log(`${lang}: ${list.length} missing`);
  if (args.includes('--check')) {
    for (const [lang, list] of Object.entries(missing)) for (const s of list) console.log(`  ${lang}: ${s}`);
    process.exit(1);
  }
} else {
  console.log('All interface strings are translated.');
  // Only a complete run is remembered: one with missing strings says so again next time.
  writeFileSync(stamp, inputHash());
}

// Placeholders (<x id="0" equiv-text="${when}"/>) are kept as markup; everything else is text.
function unescapeXml(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
function escapeXml(s) {
  return s
    .split(/(<x id="\d+" equiv-text="[^"]*"\/>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}
