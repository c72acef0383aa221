/**
 * What every build that ships or measures bytes does to our sources (the vite
 * builds, `npm run size`, the bench pages), so what is measured is what ships:
 * - src/feed/: descriptions dropped from the contract's descriptors (strip-schema-docs.mjs);
 * - elsewhere in src/: CSS and HTML inside Lit's template literals minified (minify-templates.mjs).
 * Not src/generated/: lit-localize's output, keyed by hashes of the source templates.
 * Tests, Storybook and the dev server read the sources as written.
 */
import { readFile } from 'node:fs/promises';
import { minifyTemplates } from './minify-templates.mjs';
import { stripSchemaDocs } from './strip-schema-docs.mjs';

const SOURCES = /[\\/]src[\\/](?!generated[\\/]).*\.ts$/;
const CONTRACT = /[\\/]src[\\/]feed[\\/]/;

/** @returns {{ code: string, map: unknown } | null} null when the file is not ours or nothing changed */
export function transformSource(code, id) {
  if (!SOURCES.test(id)) return null;
  return CONTRACT.test(id) ? stripSchemaDocs(code, id) : minifyTemplates(code, id);
}

/** For vite builds. */
export function buildTransformsVite() {
  return {
    name: 'samverkan:build-transforms',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return transformSource(code, id.split('?')[0]);
    },
  };
}

/** For esbuild (npm run size, the bench pages). */
export function buildTransformsEsbuild() {
  return {
    name: 'samverkan:build-transforms',
    setup(build) {
      // esbuild filters are Go regular expressions (no lookahead): narrow in transformSource.
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!SOURCES.test(args.path)) return undefined;
        const code = await readFile(args.path, 'utf8');
        return { contents: transformSource(code, args.path)?.code ?? code, loader: 'ts' };
      });
    },
  };
}
