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
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const run = (args) => execFileSync('npx', ['lit-localize', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

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
  if (process.argv.includes('--check')) {
    for (const [lang, list] of Object.entries(missing)) for (const s of list) console.log(`  ${lang}: ${s}`);
    process.exit(1);
  }
} else console.log('All interface strings are translated.');

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
