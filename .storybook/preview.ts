/**
 * Storybook preview: interface translations on (as the script tag does),
 * docs from custom-elements.json, a `lang` toolbar that sets the language of
 * a wrapper around each story, and the a11y addon failing on violations.
 */
import { html } from 'lit';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { configureLocalization } from '../src/internal/localize.js';
import { directionOf, nativeName } from '../src/internal/language.js';
import { EMBED_NAMES } from '../src/internal/embed.js';

configureLocalization();

/**
 * The "Loading" stories point `src` at `never` with a huge timeout. A static
 * host (the built Storybook) and the dev server answer that path at once with
 * 404, so those stories showed the error state. Here a request for `/never` on
 * this origin never answers (it ends only when the component aborts it), so
 * designers see the loading state. Only that one path of the preview changes.
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  // Relative in the stories ("never", "feeds/…"), so a Storybook published under a sub-path finds them too.
  if (url.origin !== location.origin || !url.pathname.endsWith('/never')) return realFetch(input, init);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
};

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string }[];
  members?: { name: string; privacy?: string; static?: boolean }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}

/** The tokens every component reads (src/internal/styles.ts, docs/theming.md), listed on each docs page. */
const SHARED_TOKENS: [string, string, string][] = [
  ['--samverkan-color-accent', 'Links, buttons, selected states.', '#0b5cad'],
  ['--samverkan-color-on-accent', 'Text on accent-coloured buttons.', '#ffffff'],
  ['--samverkan-color-text', 'Text.', '#1a1a1a'],
  ['--samverkan-color-muted', 'Secondary text.', '#545454'],
  ['--samverkan-color-surface', 'Background of the widget.', '#ffffff'],
  ['--samverkan-color-surface-alt', 'Panels, status messages, cards.', '#f3f5f7'],
  ['--samverkan-color-border', 'Borders of controls and cells.', '#767b82'],
  ['--samverkan-color-success', 'Achieved / on track.', '#1d6b35'],
  ['--samverkan-color-warning', 'At risk, stale copy, example data.', '#8a4b00'],
  ['--samverkan-color-danger', 'Off track, errors.', '#b3261e'],
  ['--samverkan-focus-ring', 'Keyboard focus outline (an outline value).', '3px solid #1a1a1a'],
  ['--samverkan-focus-offset', 'Distance of the focus outline.', '2px'],
  ['--samverkan-radius', 'Corner radius.', '6px'],
  ['--samverkan-space', 'Base spacing unit.', '1rem'],
  ['--samverkan-font-family', "Font (the page's by default).", 'inherit'],
  ['--samverkan-font-size', 'Base text size.', '1rem'],
  ['--samverkan-min-height', 'Space reserved while the feed loads.', '12rem'],
];
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The analyzer cannot see which tag a class gets (registration is
 * `defineElement(tag, Class)` in define.ts, not `customElements.define`), so
 * the manifest has no `tagName` and Storybook would find no docs for
 * `component: 'samverkan-…'`. The kit's own tags are known: add them here. Also
 * drops the `name` event the analyzer reads from the generic `emit(name)`, and
 * private and protected members.
 */
function withTagNames(manifest: Manifest): Manifest {
  const tagOf = new Map(EMBED_NAMES.map((name) => [`Samverkan${name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`, `samverkan-${name}`]));
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.kind === 'class' ? tagOf.get(declaration.name) : undefined;
      if (!tag) continue;
      declaration.tagName ??= tag;
      declaration.customElement = true;
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('samverkan-'));
      const props = (declaration.cssProperties ??= []);
      for (const [name, description, value] of SHARED_TOKENS) if (!props.some((p) => p.name === name)) props.push({ name, description, default: value });
      // Only the public API in the docs tables (private state, static helpers and `_` names are not for users).
      if (declaration.members) declaration.members = declaration.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'));
    }
  }
  return manifest;
}

// custom-elements.json is written by `npm run analyze`; without it the docs pages just lack the tables.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(withTagNames(structuredClone(manifest)));

const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];

/** Wraps every story in `<div lang dir>` with the toolbar's language; a story's own `lang` arg on the element still wins. */
const withLanguage: Decorator = (story, context) => {
  const lang = (context.globals.lang as string | undefined) ?? 'sv';
  return html`<div lang=${lang} dir=${directionOf(lang)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the page around the component (Språk)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((value) => ({ value, title: `${nativeName(value)} (${value})`, right: directionOf(value) === 'rtl' ? 'RTL' : undefined })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    docs: { toc: true },
    // Fail (not just list) on WCAG violations, in the addon panel and in story tests.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
  },
  tags: ['autodocs'],
};

export default preview;
