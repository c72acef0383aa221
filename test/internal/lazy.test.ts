import { expect } from '@open-wc/testing';
import { lazyLoader, whenIdle } from '../../src/internal/lazy.js';

describe('lazyLoader (lazy chunks)', () => {
  it('shares one request among callers and keeps the module once it came', async () => {
    let requests = 0;
    const load = lazyLoader(async () => ({ n: ++requests }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(requests).to.equal(1);
  });

  it('forgets a failed request, so the next need tries again (offline, then back)', async () => {
    let requests = 0;
    const load = lazyLoader(async () => {
      requests++;
      if (requests === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'module';
    });
    let failure: unknown;
    await load().catch((e) => (failure = e));
    expect(failure).to.be.instanceOf(TypeError);
    expect(await load()).to.equal('module');
    expect(await load()).to.equal('module');
    expect(requests).to.equal(2);
  });
});

describe('whenIdle', () => {
  it('runs after the current task, not during it, with and without a time limit', async () => {
    const order: string[] = [];
    const done = Promise.all([new Promise<void>((r) => whenIdle(() => (order.push('idle'), r()))), new Promise<void>((r) => whenIdle(() => (order.push('idle, 100 ms at most'), r()), 100))]);
    order.push('task');
    await done;
    expect(order[0]).to.equal('task');
    expect([...order].sort()).to.deep.equal(['idle', 'idle, 100 ms at most', 'task']);
  });
});
