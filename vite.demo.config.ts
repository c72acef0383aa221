/**
 * The demo: `npm start` serves demo/ (region pages with the sample feeds,
 * a language switch and a phone-width preview); `npm run build:demo` builds
 * it to demo-dist/ (static files, used by Lighthouse in `npm run bench`).
 */
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { buildTransformsVite } from './scripts/lib/build-transforms.mjs';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));

export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [buildTransformsVite()],
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.html', ''), resolve('demo', p)])) },
  },
});
