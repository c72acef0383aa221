/**
 * The feed host the tests talk to: real HTTP on localhost, with the failures
 * a municipal feed host really has. Used as middleware of the test runner's
 * own server (same origin) and as a second server on another port (another
 * origin, for CORS).
 *
 *   GET /__feeds/sample/<name>.json          a sample feed from demo/feeds
 *   GET /__feeds/echo?id=K&…                 a feed whose behaviour the query sets:
 *        delay=ms      wait before answering
 *        status=N      answer with HTTP N
 *        body=valid|badjson|notfeed|v2|broken-item|empty
 *        cors=0|1      send Access-Control-Allow-Origin (default: 1)
 *        stall=1       send headers, then never finish the body
 *   GET /__feeds/hits?id=K                   how many times echo?id=K was asked
 *   GET /__feeds/reset                       forget all counts
 *   GET /__feeds/cross-origin                {origin} of the second, cross-origin server
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';

const hits = new Map();
const root = new URL('../../', import.meta.url);

const sampleFeed = {
  version: 1,
  region: { id: 'test', name: { sv: 'Testlän', en: 'Test county' } },
  organizations: [
    { id: 'vaxjo', name: 'Växjö kommun', type: 'municipality', municipality: '0780' },
    { id: 'af', name: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' }, type: 'government-agency' },
  ],
};

export function bodyFor(kind) {
  switch (kind) {
    case 'badjson':
      return '{"version": 1, "organizations": [';
    case 'notfeed':
      return '"just a string"';
    case 'v2':
      return JSON.stringify({ ...sampleFeed, version: 2 });
    case 'broken-item':
      return JSON.stringify({ ...sampleFeed, organizations: [sampleFeed.organizations[0], { id: 'x', type: 'nonsense' }, sampleFeed.organizations[1]] });
    case 'empty':
      return JSON.stringify({ version: 1 });
    default:
      return JSON.stringify(sampleFeed);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Answers a feed request; returns false when the path is not ours. */
export async function handle(pathAndQuery, res, { defaultCors = true } = {}) {
  const url = new URL(pathAndQuery, 'http://localhost');
  if (!url.pathname.startsWith('/__feeds/')) return false;
  const q = url.searchParams;
  const cors = q.has('cors') ? q.get('cors') === '1' : defaultCors;
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (cors) headers['Access-Control-Allow-Origin'] = '*';

  if (url.pathname === '/__feeds/hits') {
    res.writeHead(200, headers).end(JSON.stringify({ count: hits.get(q.get('id')) ?? 0 }));
    return true;
  }
  if (url.pathname === '/__feeds/cross-origin') {
    res.writeHead(200, headers).end(JSON.stringify({ origin: crossOrigin }));
    return true;
  }
  if (url.pathname === '/__feeds/reset') {
    hits.clear();
    res.writeHead(200, headers).end('{}');
    return true;
  }
  if (url.pathname.startsWith('/__feeds/sample/')) {
    const name = url.pathname.slice('/__feeds/sample/'.length).replace(/[^a-z0-9.-]/gi, '');
    try {
      res.writeHead(200, headers).end(await readFile(new URL(`demo/feeds/${name}`, root)));
    } catch {
      res.writeHead(404, headers).end('{"error":"not found"}');
    }
    return true;
  }
  if (url.pathname === '/__feeds/echo') {
    const id = q.get('id') ?? '';
    hits.set(id, (hits.get(id) ?? 0) + 1);
    const delay = Math.min(Number(q.get('delay') ?? 0), 20000);
    if (delay) await sleep(delay);
    if (q.get('stall') === '1') {
      res.writeHead(200, headers);
      res.write('{"version": 1,');
      // Never finish; the client's timeout must end it. Closed after 30 s so the process can exit.
      setTimeout(() => res.destroy(), 30000);
      return true;
    }
    const status = Number(q.get('status') ?? 200);
    res.writeHead(status, headers).end(status === 200 ? bodyFor(q.get('body') ?? 'valid') : '{"error":"failed"}');
    return true;
  }
  res.writeHead(404, headers).end('{}');
  return true;
}

/** Koa middleware for @web/test-runner's server. */
export function feedMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feeds/')) return next();
    ctx.respond = false;
    await handle(ctx.url, ctx.res);
  };
}

let crossOrigin = null;

/**
 * A second server on a free port: another origin, CORS headers only when
 * asked (cors=1). Tests learn its origin from GET /__feeds/cross-origin, so
 * two test runs on one machine never fight over a port.
 */
export function startCrossOriginServer() {
  const server = http.createServer(async (req, res) => {
    if (!(await handle(req.url ?? '/', res, { defaultCors: false }))) res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1', () => {
    crossOrigin = `http://127.0.0.1:${server.address().port}`;
  });
  server.unref();
  return server;
}
