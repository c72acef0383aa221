/**
 * Mounts the embed code generator. The script the snippets load by default
 * is the demo's own copy of src/samverkan.ts, built by Vite as a standalone
 * classic bundle (the `?worker&url` import gives its final URL in dev and in
 * the static build).
 */
import scriptUrl from '../src/samverkan.ts?worker&url';
import { mountGenerator, type UiLang } from './generator.js';

const ui: UiLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
mountGenerator(document.querySelector<HTMLElement>('#generator')!, {
  scriptSrc: new URL(scriptUrl, location.href).href,
  // The dev server serves it as a module; the build makes one classic script (dynamic imports inlined).
  scriptType: import.meta.env.DEV ? 'module' : 'classic',
  uiLang: ui,
});
