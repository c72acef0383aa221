// Size budgets (bench/budgets.json) hold: bytes are deterministic, so `npm test` enforces them.
// Timing is not, so there is no timing assertion anywhere. Run: node --test test/node/size.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// `limits` are enforced; `bytes` are the issues' targets, reported beside (see bench/budgets.json).
const { limits: budgets, bytes: targets } = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
const COMPONENTS = ['event-calendar', 'partner-map', 'goal-tracker', 'info-cards'];

// Strict run (the default): it exits 1 while a component is missing, so read its JSON whatever the exit code.
const run = spawnSync(process.execPath, [join(root, 'scripts/size.mjs'), '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
const report = JSON.parse(run.stdout);
const byId = new Map(report.rows.map((r) => [r.id, r]));

test('size report lists every budgeted entry, with its limit and target from bench/budgets.json', () => {
  for (const id of Object.keys(budgets)) {
    assert.ok(byId.has(id), `no row for ${id}`);
    assert.equal(byId.get(id).budget, budgets[id]);
    assert.equal(byId.get(id).target, targets[id]);
    assert.ok(budgets[id] >= targets[id], `${id}: a limit below its target would make the target pointless`);
  }
});

for (const name of COMPONENTS) {
  const exists = existsSync(join(root, `src/components/${name}/define.ts`));
  test(`<samverkan-${name}> entry with Lit is within its ${budgets[name]} B min+gzip limit`, { skip: exists ? false : `src/components/${name}/define.ts does not exist yet (listed as missing)` }, () => {
    const row = byId.get(name);
    assert.equal(row.status === 'error' ? row.detail : row.status, 'ok', `${row.bytes} B > ${row.budget} B`);
    assert.ok(row.bytes > 1000 && row.bytes <= budgets[name]);
  });
}

test('the whole kit with Lit is within its limit once every component exists', { skip: COMPONENTS.every((c) => existsSync(join(root, `src/components/${c}/define.ts`))) ? false : 'not every component exists yet' }, () => {
  const row = byId.get('kit');
  assert.equal(row.status === 'error' ? row.detail : row.status, 'ok', `${row.bytes} B > ${row.budget} B`);
});

test('the validator engine is within its 3 kB target', () => {
  const row = byId.get('validator');
  assert.equal(row.status === 'error' ? row.detail : row.status, 'ok', `${row.bytes} B > ${row.budget} B`);
});

test('anchors are measured, so the table compares ours with what an editor would embed instead', () => {
  for (const id of ['fullcalendar7', 'fullcalendar6', 'leaflet', 'leaflet-markercluster', 'dompurify', 'lit']) {
    const row = byId.get(id);
    assert.equal(row.status, 'info', `${id}: ${row.detail}`);
    assert.ok(row.bytes > 5000, `${id} measured ${row.bytes} B`);
  }
});

test('strict mode fails on a missing component; the exit code says so', () => {
  const missing = report.rows.filter((r) => r.status === 'missing' && r.budget != null);
  assert.equal(run.status, report.failures.length > 0 ? 1 : 0);
  for (const r of missing) assert.ok(report.failures.includes(r.id), `${r.id} missing but not a failure`);
});
