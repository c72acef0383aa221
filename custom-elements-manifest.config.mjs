/** `npm run analyze`: custom-elements.json from the components' JSDoc, for Storybook, IDEs and docs. */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Registration is `defineElement('samverkan-…', Class)` in each component's
 * define.ts (guarded against a second copy of the script), which the analyzer
 * does not recognise as `customElements.define`: without this plugin the
 * manifest has no tag names, and IDEs and Storybook find no element docs.
 * It also drops the `name` event the analyzer reads from the generic
 * `emit(name, …)` helper.
 */
function samverkanTags() {
  const tags = new Map();
  for (const dir of readdirSync('src/components')) {
    let source;
    try {
      source = readFileSync(`src/components/${dir}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, tag, cls] of source.matchAll(/defineElement\(\s*'([^']+)'\s*,\s*(\w+)\s*\)/g)) tags.set(cls, tag);
  }
  return {
    name: 'samverkan-tags',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('samverkan-'));
          const tag = tags.get(declaration.name);
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          (module.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } });
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/samverkan-element.ts', 'src/internal/feed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/components/**/geo/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [samverkanTags()],
};
