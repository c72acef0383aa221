/**
 * The calendar's first render checks only the events it draws; the rest of
 * the feed is checked when the page is idle (FeedHost.checkLater). These
 * tests hold it to the same result as checking everything first: the same
 * events on screen, every broken item reported with its JSON path, nothing
 * thrown for items of any shape.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import type { SamverkanEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { FeedLoadDetail } from '../../src/internal/feed-controller.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';
import { feed, NOW } from './fixture.js';

type Cal = SamverkanEventCalendar;

const pad = (n: number) => String(n).padStart(2, '0');
/** `n` one-off events, one a day at 10:00 from 24 November 2026, ids e0…; in feed order or reversed. */
function manyEvents(n: number, reversed = false): Record<string, unknown>[] {
  const list = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, 24 + i));
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return { id: `e${i}`, title: `Evenemang ${i}`, start: `${day}T10:00`, end: `${day}T11:00` };
  });
  return reversed ? list.reverse() : list;
}

/** A feed of 200 events with broken items among them, at known positions. */
function brokenFeed(reversed = false) {
  const data = feed() as { events: unknown[] };
  const events: unknown[] = manyEvents(200, reversed);
  // The earliest start of all, but its title is a number: it must never be drawn.
  events.splice(50, 0, { id: 'bad-title', title: 42, start: '2026-11-23T13:00' });
  events.splice(10, 0, null);
  events.splice(11, 0, 7);
  events.splice(12, 0, { id: 'no-start', title: 'Utan start', start: 5 });
  // The id of an event on the first page, again, later: the later one is dropped.
  events.push({ id: reversed ? 'e199' : 'e0', title: 'Dubblett', start: '2026-11-24T12:00' });
  data.events = events;
  return data;
}

async function mountCalendar(attrs: string, data: object): Promise<{ el: Cal; loads: FeedLoadDetail[] }> {
  const el = mount<Cal>(`<samverkan-event-calendar ${attrs}></samverkan-event-calendar>`);
  const loads: FeedLoadDetail[] = [];
  el.addEventListener('samverkan-load', (e) => loads.push((e as CustomEvent<FeedLoadDetail>).detail));
  el.now = NOW;
  el.feed = data;
  await el.updateComplete;
  return { el, loads };
}

const keys = (el: Cal) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.event')].map((li) => li.dataset.key);
const text = (el: Cal) => el.shadowRoot!.textContent ?? '';

describe('<samverkan-event-calendar> checks the events it draws first, the rest at idle', () => {
  afterEach(() => unmountAll());

  it('draws its first page before the whole feed is checked, then reports every broken item with its path', async () => {
    const { el, loads } = await mountCalendar('view="agenda" debug', brokenFeed());
    // First render: the page is drawn, the feed not yet checked in full (the load event says when it is).
    expect(loads.length).to.equal(0);
    const first = keys(el);
    expect(first.length).to.equal(20);
    expect(first[0]).to.equal('e0');
    expect(text(el)).to.not.contain('42');
    expect(text(el)).to.not.contain('Utan start');
    // A later duplicate of an id is the one thing the first render cannot tell (see ItemChecker): drawn until the whole check.
    expect(text(el)).to.contain('Dubblett');

    await until(() => loads.length, 'the whole feed checked');
    await el.updateComplete;
    expect(loads.length).to.equal(1);
    const paths = loads[0].problems.map((p) => `${p.path} ${p.code}`);
    expect(paths).to.include.members(['/events/10 type', '/events/11 type', '/events/12/start type', '/events/53/title type', '/events/204/id duplicate-id']);
    // The page a check of everything first gives: the duplicate is gone.
    expect(keys(el)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `e${i}`));
    expect(text(el)).to.not.contain('Dubblett');
    expect(text(el)).to.contain('200 evenemang');
    // The editor's problem list has them too, with their paths.
    await until(() => el.shadowRoot!.querySelector('.problems'), 'the problem list');
    expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.contain('/events/53/title');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('does not draw a good feed a second time when the rest of it is checked', async () => {
    const data = feed() as { events: unknown[] };
    data.events = manyEvents(200);
    const { el, loads } = await mountCalendar('view="agenda"', data);
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    const first = keys(el);
    await until(() => loads.length, 'the whole feed checked');
    await new Promise((r) => setTimeout(r, 50));
    expect(loads[0].problems).to.deep.equal([]);
    expect(updates).to.equal(0);
    expect(keys(el)).to.deep.equal(first);
    // The next update reads the checked copy: the same page.
    el.requestUpdate();
    await el.updateComplete;
    expect(keys(el)).to.deep.equal(first);
  });

  it('finds the first page in a feed in reverse date order, checking the items that could be on it', async () => {
    const { el, loads } = await mountCalendar('view="agenda"', brokenFeed(true));
    // The duplicate of e199 (first in this feed) starts on the first day: drawn until the whole check.
    expect(keys(el).slice(0, 3)).to.deep.equal(['e0', 'e199', 'e1']);
    expect(keys(el).length).to.equal(20);
    await until(() => loads.length, 'the whole feed checked');
    await el.updateComplete;
    expect(keys(el).slice(0, 3)).to.deep.equal(['e0', 'e1', 'e2']);
    expect(text(el)).to.not.contain('Dubblett');
  });

  it('draws a month grid from unchecked items of any shape without throwing', async () => {
    const { el, loads } = await mountCalendar('view="month" month="2026-12"', brokenFeed());
    const chips = () => [...el.shadowRoot!.querySelectorAll('.chip')].map((c) => c.textContent ?? '');
    expect(chips().some((t) => t.includes('Evenemang 7'))).to.equal(true);
    expect(chips().some((t) => t.includes('Utan start'))).to.equal(false);
    const before = chips().join('|');
    await until(() => loads.length, 'the whole feed checked');
    await el.updateComplete;
    expect(chips().join('|')).to.equal(before);
  });

  it('checks every event before the first render when a filter is set (a filter reads them all)', async () => {
    const { el, loads } = await mountCalendar('view="agenda" q="Evenemang 1"', brokenFeed());
    expect(loads.length).to.equal(1);
    expect(keys(el)[0]).to.equal('e1');
    expect(text(el)).to.not.contain('Dubblett');
  });

  it('checks the rest at once when a filter is set before the page was idle', async () => {
    const { el, loads } = await mountCalendar('view="agenda"', brokenFeed());
    expect(loads.length).to.equal(0);
    el.q = 'Evenemang 19';
    await el.updateComplete;
    expect(loads.length).to.equal(1);
    // "19" is in "119" and "190"–"199" too.
    expect(keys(el)).to.deep.equal(['e19', 'e119', 'e190', 'e191', 'e192', 'e193', 'e194', 'e195', 'e196', 'e197', 'e198', 'e199']);
  });
});
