/** Public entry `samverkan/localize.js`: opt in to the kit's interface translations from an npm app. */
export { configureLocalization, UI_LOCALES, uiLocaleFor, type UiLocale } from './internal/localize.js';
