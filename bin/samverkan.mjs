#!/usr/bin/env node
// `samverkan validate <file-or-URL>`: the published package runs dist/cli.js;
// in a clone without a build, the TypeScript source runs through tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(built)) cli = await import(built.href);
else {
  try {
    const { tsImport } = await import('tsx/esm/api');
    cli = await tsImport('../src/cli.ts', import.meta.url);
  } catch {
    console.error('samverkan: dist/cli.js is missing. Run `npm run build` first.');
    process.exit(2);
  }
}
process.exitCode = await cli.main(process.argv.slice(2));
