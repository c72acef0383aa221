#!/usr/bin/env node
// The published package ships dist/cli.js; in a clone, run `npm run build` first (or `npx tsx src/cli.ts`).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error('samverkan: dist/cli.js is missing. In a clone of the repository, run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
