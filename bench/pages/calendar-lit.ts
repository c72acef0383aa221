/** Baselines: plain Lit month grid and plain Lit list. */
import { LitMonthGrid } from '../baselines/lit-month-grid.js';
import { LitList } from '../baselines/lit-list.js';
import { fetchJSON, register, stage, type Contender } from './harness.js';

customElements.define('lit-month-grid', LitMonthGrid);
customElements.define('lit-list', LitList);

interface FeedEvent { id: string; title: unknown; start: string }
let events: FeedEvent[] = [];
const prepare = async (p: { feed: string }) => {
  events = (await fetchJSON<{ events: FeedEvent[] }>(p.feed)).events;
};

const month: Contender = {
  prepare,
  async run() {
    const el = document.createElement('lit-month-grid') as LitMonthGrid;
    el.month = '2027-03';
    el.events = events;
    stage().append(el);
  },
};
const agenda: Contender = {
  prepare,
  async run() {
    const el = document.createElement('lit-list') as LitList;
    el.events = events;
    stage().append(el);
  },
};
register({ month, agenda });
