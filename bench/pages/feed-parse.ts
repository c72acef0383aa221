/**
 * Feed text → usable feed: our parseFeed (JSON.parse + validation against the
 * contract, dropping and reporting broken items) against JSON.parse alone.
 */
import { parseFeed } from '../../src/feed/feed.js';
import { fetchText, register, type Contender } from './harness.js';

let text = '';
let keep: unknown;
const prepare = async (p: { feed: string }) => {
  text = await fetchText(p.feed);
};
const parseOurs = async () => {
  const result = parseFeed(text);
  if (!result.feed || result.problems.length) throw new Error(`bench feed not valid: ${result.problems[0]?.message}`);
  keep = result;
};
const parseJson = async () => {
  keep = JSON.parse(text);
};
// run(): the first parse in a fresh page (cold: what a visitor's page does once); step(): the same again (warm JIT).
const ours: Contender = { noFrame: true, prepare, run: parseOurs, step: parseOurs };
const json: Contender = { noFrame: true, prepare, run: parseJson, step: parseJson };
register({ ours, json });
(window as unknown as { keep: () => unknown }).keep = () => keep;
