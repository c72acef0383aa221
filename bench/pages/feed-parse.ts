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
const ours: Contender = {
  noFrame: true,
  prepare,
  async run() {
    const result = parseFeed(text);
    if (!result.feed || result.problems.length) throw new Error(`bench feed not valid: ${result.problems[0]?.message}`);
    keep = result;
  },
};
const json: Contender = {
  noFrame: true,
  prepare,
  async run() {
    keep = JSON.parse(text);
  },
};
register({ ours, json });
(window as unknown as { keep: () => unknown }).keep = () => keep;
