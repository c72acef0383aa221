/** Ours: <samverkan-event-calendar> given the feed object, in month view (March 2027) and agenda view. */
import '../../src/components/event-calendar/define.js';
import { configureLocalization } from '../../src/internal/localize.js';
import { fetchJSON, register, stage, type Contender } from './harness.js';

configureLocalization();
let feed: object;
const prepare = async (p: { feed: string }) => {
  feed = await fetchJSON<object>(p.feed);
};
const contender = (attrs: Record<string, string>): Contender => ({
  prepare,
  async run() {
    const el = document.createElement('samverkan-event-calendar') as HTMLElement & { feed: object | null };
    el.style.cssText = 'display: block; inline-size: 1200px';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.feed = feed;
    stage().append(el);
  },
});
/**
 * The agenda until every event is checked: the first render checks only the
 * events it draws, the rest when the page is idle (samverkan-load then). This
 * times both, so the bench shows what the deferral moves and what it saves.
 */
const agendaChecked: Contender = {
  prepare,
  async run() {
    const el = document.createElement('samverkan-event-calendar') as HTMLElement & { feed: object | null };
    el.style.cssText = 'display: block; inline-size: 1200px';
    el.setAttribute('view', 'agenda');
    const checked = new Promise((resolve) => el.addEventListener('samverkan-load', resolve, { once: true }));
    el.feed = feed;
    stage().append(el);
    await checked;
  },
};
register({ month: contender({ view: 'month', month: '2027-03' }), agenda: contender({ view: 'agenda' }), agendaChecked });
