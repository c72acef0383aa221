/**
 * Library builds (`npm run build` runs each mode):
 * - default: per-component ES modules for npm, with lit and @lit/* external
 *   (the app brings one copy of Lit; two copies of @lit/localize fail).
 * - `script-tag`: dist/samverkan.js (registers every element) and
 *   dist/autoloader.js (registers the ones on the page), Lit bundled,
 *   minified; interface translations and autoloaded components are chunks
 *   next to them, fetched from the same place only when needed.
 * - `script-tag-iife`: dist/samverkan.iife.js, one classic script for CMSs
 *   that strip `type="module"`.
 * - `cli`: dist/cli.js, the `samverkan validate` command for Node.
 *
 * Every browser build transforms our sources as `npm run size` and the bench
 * pages do (scripts/lib/build-transforms.mjs: CSS and HTML inside Lit's
 * template literals minified, the contract's descriptions dropped), so what
 * is measured is what ships.
 */
import { defineConfig, type UserConfig } from 'vite';
import { buildTransformsVite } from './scripts/lib/build-transforms.mjs';

const components = ['event-calendar', 'partner-map', 'goal-tracker', 'info-cards'];
/** V8's magic comment for eager compilation of a whole file (https://v8.dev/blog/explicit-compile-hints); the bench pages get it too. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'script-tag' || mode === 'script-tag-iife') {
    const iife = mode === 'script-tag-iife';
    return {
      plugins: [buildTransformsVite()],
      build: {
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        sourcemap: true,
        lib: iife
          ? { entry: { 'samverkan.iife': 'src/samverkan.ts' }, formats: ['iife' as const], name: 'Samverkan' }
          : { entry: { samverkan: 'src/samverkan.ts', autoloader: 'src/autoloader.ts' }, formats: ['es' as const] },
        rolldownOptions: {
          // minify: true in full. In library mode vite keeps the whitespace of ES output (for an app's
          // bundler to re-read); these files are what pages load as they are, so that whitespace was
          // 40 % of what shipped (78.7 kB gzipped against 55.4 kB measured by `npm run size`).
          // The compile hint first in every file: Chromium (V8 explicit compile hints) compiles the whole file
          // while it streams in, on a background thread, instead of each function on the main thread at its
          // first call, which is in the first render (about 10 ms of a month grid's first render, see
          // docs/performance.md). Other engines read it as a comment.
          output: iife
            ? { codeSplitting: false, entryFileNames: '[name].js', minify: true, postBanner: COMPILE_HINT }
            : { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true, postBanner: COMPILE_HINT },
        },
      },
    };
  }
  if (mode === 'cli') {
    return {
      build: {
        emptyOutDir: false,
        ssr: true,
        target: 'node20',
        minify: false,
        rolldownOptions: { input: { cli: 'src/cli.ts' }, output: { entryFileNames: '[name].js', format: 'es' } },
      },
    };
  }
  return {
    // Also for npm: an app's minifier leaves the CSS and HTML inside template literals as they are.
    plugins: [buildTransformsVite()],
    build: {
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          feed: 'src/feed/index.ts',
          localize: 'src/localize.ts',
          ...Object.fromEntries(components.map((c) => [c, `src/components/${c}/define.ts`])),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
