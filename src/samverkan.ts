/**
 * The script-tag entry (`dist/samverkan.js`, and `dist/samverkan.iife.js` as
 * one classic script): interface translations on, every element registered,
 * and CMS-proof placeholders (`<div data-samverkan="event-calendar" …>`)
 * upgraded to elements, now and when added later. See docs/embedding.md.
 *
 * Safe to load twice, or next to another version. This file imports nothing
 * that loads Lit: when every element is already registered by another copy
 * of samverkan, it warns (if the versions differ) and stops before its own
 * copy of Lit runs. A second Lit would otherwise try to create a second
 * Trusted Types policy named `lit-html`, which a strict CSP
 * (`trusted-types lit-html samverkan` without 'allow-duplicates') refuses
 * with an uncaught error. Registration itself is guarded too (defineElement),
 * and a placeholder is upgraded once whichever copy sees it first.
 */
import { VERSION } from './internal/define.js';
import { EMBED_NAMES, watchPlaceholders } from './internal/embed.js';

const TAGS = EMBED_NAMES.map((name) => `samverkan-${name}`);
const LOADER = Symbol.for('samverkan.loader');
const store = globalThis as Record<symbol, unknown>;
/** A copy of this script that started earlier on the page (its registration may still be loading). */
const earlier = store[LOADER] as { version: string; ready: Promise<void> } | undefined;

const allDefined = () => TAGS.every((tag) => customElements.get(tag));

async function load(): Promise<void> {
  if (earlier) await earlier.ready;
  const versions = store[Symbol.for('samverkan.versions')] as Map<string, string> | undefined;
  if (versions && allDefined()) {
    // Another copy (a script tag, or an app's npm copy) registered everything: use it.
    const other = earlier?.version ?? versions.get(TAGS[0]);
    if (other !== VERSION) console.warn(`[samverkan] samverkan ${other ?? '(unknown version)'} is already on this page; this copy (${VERSION}) is not used.`);
    watchPlaceholders(document);
    return;
  }
  const { configureLocalization } = await import('./index.js');
  configureLocalization();
  watchPlaceholders(document);
}

/** Resolves when every element is registered and placeholders are watched (by this copy or an earlier one). */
export const ready: Promise<void> = load().catch((error) =>
  console.error('[samverkan] could not load the components; placeholders keep their fallback links.', error),
);
if (!earlier) store[LOADER] = { version: VERSION, ready };
