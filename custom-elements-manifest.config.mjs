/** `npm run analyze`: custom-elements.json from the components' JSDoc, for Storybook, IDEs and docs. */
export default {
  globs: ['src/components/**/*.ts', 'src/internal/samverkan-element.ts', 'src/internal/feed-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/components/**/geo/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
