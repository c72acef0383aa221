/**
 * Tests run in real headless Chromium: Debian's /usr/bin/chromium when
 * present (CI installs it), else CHROME_PATH, else Playwright's download.
 * The browser runs in America/New_York on purpose: every date must still
 * come out in Stockholm time, across both zones' (different) DST dates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { feedMiddleware, startCrossOriginServer } from './test/server/feed-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.mjs';

startCrossOriginServer();

const executablePath = chromiumPath();

/**
 * `import('./07.json')` as bundlers do it: a JSON file the browser asks for
 * as a script (a module import) is answered as a JS module; the same file
 * fetched as data (a feed) stays JSON.
 */
function jsonModules() {
  const asModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (asModule(context)) return 'js';
    },
    transform(context) {
      if (asModule(context)) return { body: `export default ${context.body};` };
    },
  };
}

/** Writes the real counts of the run to test-results/browser.json for scripts/test.mjs. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load ran no test: count it as a failure, not as nothing.
        if (!session.passed && (!session.testResults || (session.testResults.tests.length === 0 && session.testResults.suites.length === 0))) failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/browser.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: a page in a background tab gets no animation frames or resize
  // observations, and the map and calendar measure themselves before drawing (flaky at 2).
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), jsonModules()],
  middleware: [feedMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: 'new',
        env: { ...process.env, TZ: 'America/New_York' },
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
