/**
 * `samverkan validate <file-or-URL>…`: checks feeds against the contract,
 * prints each problem with its JSON path, exits 1 when any feed has errors
 * (warnings alone pass), 2 when a feed cannot be read at all.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed } from './feed/feed.js';

const USAGE = `Usage: samverkan validate <file-or-URL> [more…] [--json] [--quiet]

Checks samverkan feeds against feed contract v1 (schema/feed.schema.json).
Prints every problem with its JSON Pointer path.
  --json    print the problems as JSON
  --quiet   print errors only, not warnings
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 a feed could not be read.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'validate' || rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return command === 'validate' || command === '--help' || command === '-h' ? 0 : 2;
  }
  const json = rest.includes('--json');
  const quiet = rest.includes('--quiet');
  const sources = rest.filter((a) => !a.startsWith('--'));
  if (sources.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let exit = 0;
  const report: Record<string, unknown> = {};
  for (const source of sources) {
    let text: string;
    try {
      text = /^https?:\/\//i.test(source) ? await fetchText(source) : await readFile(source, 'utf8');
    } catch (error) {
      console.error(`${source}: cannot be read: ${(error as Error).message}`);
      exit = 2;
      continue;
    }
    const { feed, problems } = parseFeed(text);
    const errors = problems.filter((p) => p.severity === 'error');
    const shown = quiet ? errors : problems;
    if (json) report[source] = { ok: errors.length === 0 && feed !== null, problems: shown };
    else {
      for (const p of shown) console.log(`${source}: ${p.severity} ${p.path || '/'}: ${p.message}`);
      const warnings = problems.length - errors.length;
      console.log(`${source}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${feed ? '' : ' (nothing usable)'}`);
    }
    if ((errors.length > 0 || !feed) && exit === 0) exit = 1;
  }
  if (json) console.log(JSON.stringify(report, null, 2));
  return exit;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
