#!/usr/bin/env node
/**
 * `npm test`: the browser suite (web-test-runner, headless Chromium) and the
 * Node suite (node:test, for the CLI and scripts), then one line with the
 * real totals: `N passed, N failed`. Exits 1 when anything failed or did not load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

rmSync('test-results/browser.json', { force: true });
const browser = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
let passed = 0;
let failed = 0;
if (existsSync('test-results/browser.json')) {
  const counts = JSON.parse(readFileSync('test-results/browser.json', 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
} else failed++;
if (browser.status !== 0 && failed === 0) failed++;

const node = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], { encoding: 'utf8' });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(node.stdout)?.[1] ?? 0);
passed += count('pass');
failed += count('fail');
if (node.status !== 0 && count('fail') === 0) failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
