/**
 * Interface strings: @lit/localize in reentrant mode, so that every element
 * answers `msg()` in its own language.
 *
 * @lit/localize's runtime mode has one locale per page; its reentrant mode asks
 * `getLocale()` on every `msg()` call. Lit renders synchronously inside
 * `update()`, so the base element sets `activeLocale` around its own update
 * (see SamverkanElement) and every `msg()` in `render()` gets that element's
 * language.
 *
 * Nothing here runs on import. `configureLocalization()` is called by the
 * script-tag entry, or by an npm app that wants our translations; an app that
 * configures @lit/localize itself keeps its own setup, and our elements then
 * speak Swedish (the source language) unless it calls this instead.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { primary } from './language.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let activeLocale: string = sourceLocale;
const CONFIGURED = Symbol.for('samverkan.localize.configured');

/** Somali and Tigrinya strings come with month and weekday names: the browser has none for them (see format.ts). */
const withDateNames = (strings: Promise<LocaleModule>): Promise<LocaleModule> => Promise.all([strings, import('./date-names.js')]).then(([module]) => module);

/** Import map of the generated locale modules; static strings so bundlers split them into chunks. */
const loaders: Record<string, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
  fa: () => import('../generated/locales/fa.js'),
  prs: () => import('../generated/locales/prs.js'),
  so: () => withDateNames(import('../generated/locales/so.js')),
  ti: () => withDateNames(import('../generated/locales/ti.js')),
  uk: () => import('../generated/locales/uk.js'),
  ru: () => import('../generated/locales/ru.js'),
};

/** True once our reentrant msg() implementation is installed (by this copy of the script or an earlier one). */
export const isLocalizationConfigured = (): boolean => Boolean((globalThis as Record<symbol, unknown>)[CONFIGURED]);

/**
 * Installs per-element interface translations. Safe to call twice (a page
 * that loads the script twice does). Returns false when @lit/localize was
 * already configured by someone else; our elements then use that setup.
 */
export function configureLocalization(): boolean {
  if (isLocalizationConfigured()) return true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => activeLocale,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
  } catch (error) {
    console.warn('[samverkan] @lit/localize is already configured on this page; interface strings follow that setup.', error);
    return false;
  }
  (globalThis as Record<symbol, unknown>)[CONFIGURED] = true;
  return true;
}

/**
 * The interface locale for a content language: `ar-SE` → `ar`, Dari (`prs`,
 * `fa-AF`) → `prs`, Norwegian and Danish → Swedish (close enough to read), any
 * other language we have no strings for → English.
 */
export function uiLocaleFor(tag: string): UiLocale {
  const lower = tag.toLowerCase();
  if (lower === 'fa-af' || lower.startsWith('prs')) return 'prs';
  const lang = primary(tag);
  if ((UI_LOCALES as readonly string[]).includes(lang)) return lang as UiLocale;
  if (['nb', 'nn', 'no', 'da'].includes(lang)) return 'sv';
  return 'en';
}

/** Loads a locale's strings once; resolves at once for Swedish and for loaded locales. */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (locale === sourceLocale || loaded.has(locale) || !isLocalizationConfigured()) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((module) => void loaded.set(locale, module))
      .catch((error) => {
        // A missing chunk (e.g. a half-deployed CDN copy) must not blank the widget: Swedish it is.
        loading.delete(locale);
        console.warn(`[samverkan] could not load interface strings for "${locale}"`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}

export const isLocaleLoaded = (locale: UiLocale): boolean => locale === sourceLocale || loaded.has(locale);

/**
 * Runs `fn` with `locale` as the answer to `msg()`. Nested calls restore the
 * outer locale, so an element rendering inside another's update is safe.
 */
export function withLocale<T>(locale: string, fn: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return fn();
  } finally {
    activeLocale = previous;
  }
}
