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

configureLocalization();

// custom-elements.json is written by `npm run analyze`; without it the docs pages just lack the tables.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

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
