/**
 * Loads one county's land outline (Natural Earth, public domain; see
 * README.md) as its own chunk: one static `import()` string per file, so
 * bundlers split each county out of the map's entry and only the page's
 * county is fetched.
 *
 * Plain JavaScript on purpose: JSON modules need the `with { type: 'json' }`
 * attribute in browsers, and the TypeScript transform used by the tests
 * (esbuild, target ES2022) drops import attributes from .ts files.
 *
 * @param {string | undefined} county länskod, e.g. "07"
 * @returns {Promise<import('./index.js').Outline | null>}
 */
export function loadOutline(county) {
  switch (county) {
    case '07':
      return import('./07.json', { with: { type: 'json' } }).then((m) => m.default);
    case '12':
      return import('./12.json', { with: { type: 'json' } }).then((m) => m.default);
    case '13':
      return import('./13.json', { with: { type: 'json' } }).then((m) => m.default);
    case '17':
      return import('./17.json', { with: { type: 'json' } }).then((m) => m.default);
    default:
      return Promise.resolve(null);
  }
}

/** The counties that have an outline here. */
export const OUTLINE_COUNTIES = ['07', '12', '13', '17'];
