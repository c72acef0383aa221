/**
 * The one place that says which Chromium the tests, the bench and the
 * screenshots drive, and how. Debian's /usr/bin/chromium (CI installs it)
 * unless CHROME_PATH names another; undefined lets a launcher use its own.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Quiet and hermetic: --no-sandbox because CI runs as root; the background
 * services off; and no host but this machine resolves, so nothing under test
 * can reach (or wait for) another host.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
