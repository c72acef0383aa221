// `samverkan validate`: what a feed publisher runs before publishing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../bin/samverkan.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'samverkan-cli-'));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const write = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

test('accepts every sample feed with exit code 0', () => {
  const feeds = readdirSync(new URL('../../demo/feeds/', import.meta.url)).filter((f) => f.endsWith('.json'));
  assert.ok(feeds.length > 0, 'there are sample feeds');
  for (const feed of feeds) {
    const result = run('validate', new URL(`../../demo/feeds/${feed}`, import.meta.url).pathname);
    assert.equal(result.status, 0, `${feed}: ${result.stdout}${result.stderr}`);
    assert.match(result.stdout, /0 errors/);
  }
});

test('rejects a broken feed, printing each problem with its JSON path', () => {
  const path = write('broken.json', {
    version: 1,
    organizations: [
      { id: 'ok', name: 'Växjö kommun', type: 'municipality' },
      { id: 'bad', name: 'X', type: 'spaceship', municipality: 780 },
    ],
    events: [{ id: 'e', title: 'Möte' }],
  });
  const result = run('validate', path);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /error \/organizations\/1\/type: "spaceship" is not one of/);
  assert.match(result.stdout, /error \/organizations\/1\/municipality: Expected string \(kommunkod\), found number/);
  assert.match(result.stdout, /error \/events\/0\/start: Required field "start" is missing/);
});

test('passes a feed with warnings only, and hides them with --quiet', () => {
  const path = write('warn.json', { version: 1, organizations: [{ id: 'a', name: 'A', type: 'region', colour: 'blue' }] });
  const result = run('validate', path);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /warning \/organizations\/0\/colour: Unknown field "colour" is ignored/);
  assert.doesNotMatch(run('validate', path, '--quiet').stdout, /colour/);
});

test('says what is wrong with text that is not JSON, and with a newer version', () => {
  assert.match(run('validate', write('bad.json', '{"version": 1,')).stdout, /not valid JSON/);
  const v2 = run('validate', write('v2.json', { version: 2 }));
  assert.equal(v2.status, 1);
  assert.match(v2.stdout, /version 2 is not supported/);
});

test('exits 2 for a file that cannot be read, and prints usage without a command', () => {
  const missing = run('validate', join(dir, 'nope.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot be read/);
  const usage = run();
  assert.equal(usage.status, 2);
  assert.match(usage.stdout, /Usage: samverkan validate/);
});

test('reads a feed from a URL and prints JSON with --json', async () => {
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ version: 1, organizations: [{ id: 'x', type: 'nope' }] })));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/feed.json`;
  try {
    // Async spawn: the server answers from this process, so spawnSync would deadlock.
    const result = await new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, 'validate', url, '--json']);
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report[url].ok, false);
    assert.deepEqual(report[url].problems.map((p) => p.path).sort(), ['/organizations/0/name', '/organizations/0/type']);
  } finally {
    server.close();
  }
});
