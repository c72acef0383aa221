/**
 * Vite config for Storybook only (the root vite.config.ts is a library build,
 * which Storybook must not inherit). Decorators follow tsconfig.json
 * (experimentalDecorators, useDefineForClassFields false).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
