/**
 * Lazy chunks that cannot be fetched (the reader went offline after the page
 * loaded, or a deploy replaced the files): the place shows a localized alert
 * with a retry, never a control that does nothing. In a page of its own: a
 * chunk that has come once stays for the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import { chunks, type SamverkanEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { axeViolations, mount, nextEvent, unmountAll, until } from '../helpers.js';
import { feed, NOW } from './fixture.js';

type Cal = SamverkanEventCalendar;
const real = { ...chunks };
const offline = () => Promise.reject(new Error('offline (test)'));

async function calendar(attrs: string): Promise<Cal> {
  const el = mount<Cal>(`<samverkan-event-calendar ${attrs}></samverkan-event-calendar>`);
  el.now = NOW;
  el.feed = feed();
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('.toolbar'), 'the calendar');
  return el;
}
const $ = (el: Cal, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const active = (el: Cal) => el.shadowRoot!.activeElement as HTMLElement | null;
const nameOf = (e: Element | null) => (e ? `<${e.localName} class="${e.className}">${e.textContent?.slice(0, 40)}` : 'nothing');
const alertIn = (el: Cal, place: string) => $(el, `[data-chunk="${place}"] [role="alert"]`);
/** Presses `retry` while the chunk still cannot be fetched: the alert stays, and focus stays on its button. */
async function retryStillOffline(el: Cal, place: string, retry: HTMLButtonElement): Promise<void> {
  retry.focus();
  retry.click();
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  expect(alertIn(el, place) !== null, 'the alert').to.equal(true);
  expect(active(el) === retry, `focus on retry, not ${nameOf(active(el))}`).to.equal(true);
}

describe('<samverkan-event-calendar> when a lazy chunk cannot be fetched', () => {
  before(() => {
    chunks.dialog = offline;
    chunks.filters = offline;
    chunks.ics = offline;
  });
  afterEach(() => unmountAll());
  after(() => Object.assign(chunks, real));

  it('shows an alert with a retry in place of the details, and the retry opens them; focus returns to the title', async () => {
    const el = await calendar('view="agenda"');
    const title = $(el, '.title-button')!;
    title.focus();
    title.click();
    await until(() => alertIn(el, 'dialog'), 'the alert');
    expect(alertIn(el, 'dialog')!.textContent).to.contain('Den här delen kunde inte laddas');
    expect($(el, 'dialog')!.hasAttribute('open')).to.equal(false);
    expect(active(el) === title, `focus on title, not ${nameOf(active(el))}`).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Still offline: the retry fails again and the message (with the focused button) stays.
    const retry = alertIn(el, 'dialog')!.parentElement!.querySelector('button')!;
    await retryStillOffline(el, 'dialog', retry);

    chunks.dialog = real.dialog;
    retry.click();
    await until(() => $(el, 'dialog')!.hasAttribute('open'), 'the details');
    await el.updateComplete;
    expect(alertIn(el, 'dialog') === null, 'no alert').to.equal(true);
    expect(active(el) === $(el, 'dialog h2'), `focus on dialog h2, not ${nameOf(active(el))}`).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.closeDialog();
    await until(() => active(el) === title, 'focus back on the title');
    expect(active(el) === title, `focus on title, not ${nameOf(active(el))}`).to.equal(true);
  });

  it('shows the alert when the list’s .ics cannot be made, and keeps it (and focus) while a retry fails; a second calendar is not affected', async () => {
    const el = await calendar('view="agenda"');
    const other = await calendar('view="agenda" lang="en"');
    $(el, '[data-ics="list"]')!.click();
    await until(() => alertIn(el, 'list'), 'the alert');
    expect(alertIn(other, 'list') === null, 'no alert in the other calendar').to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    await retryStillOffline(el, 'list', alertIn(el, 'list')!.querySelector('button')!);
  });

  it('shows the alert inside the details when the event’s .ics cannot be made, and the retry downloads it', async () => {
    const el = await calendar('view="agenda"');
    $(el, '.title-button')!.click();
    await until(() => $(el, 'dialog')!.hasAttribute('open'), 'the details');
    $(el, 'dialog [data-ics="event"]')!.click();
    await until(() => $(el, 'dialog [data-chunk="event"] [role="alert"]'), 'the alert in the details');
    expect(await axeViolations(el)).to.deep.equal([]);
    chunks.ics = real.ics;
    const download = nextEvent<{ filename: string; text: string }>(el, 'samverkan-download');
    el.addEventListener('samverkan-download', (e) => e.preventDefault(), { once: true });
    const retry = $(el, 'dialog [data-chunk="event"] button')!;
    retry.focus();
    retry.click();
    expect((await download).detail.text).to.contain('BEGIN:VCALENDAR');
    await until(() => !$(el, 'dialog [data-chunk="event"]'), 'the alert to go');
    await el.updateComplete;
    expect(active(el) === $(el, 'dialog [data-ics="event"]'), `focus on dialog [data-ics="event"], not ${nameOf(active(el))}`).to.equal(true);
    chunks.ics = offline;
  });

  it('shows the alert in the opened filter panel, in the reader’s language and direction, and the retry brings the fields', async () => {
    const el = await calendar('view="agenda" lang="ar"');
    const details = $(el, 'details.more-filters') as HTMLDetailsElement;
    details.open = true;
    await until(() => alertIn(el, 'filters'), 'the alert in the panel');
    const alert = alertIn(el, 'filters')!;
    expect(details.contains(alert)).to.equal(true);
    expect(alert.textContent).to.match(/[\u0600-\u06ff]/);
    expect(alert.textContent).to.not.contain('Den här delen');
    expect(getComputedStyle(alert).direction).to.equal('rtl');
    expect(await axeViolations(el)).to.deep.equal([]);

    chunks.filters = real.filters;
    const retry = alert.querySelector('button')!;
    retry.focus();
    retry.click();
    await until(() => $(el, '.fields select'), 'the filter fields');
    await el.updateComplete;
    expect(alertIn(el, 'filters') === null, 'no alert').to.equal(true);
    expect(active(el) === $(el, '.fields select'), `focus on .fields select, not ${nameOf(active(el))}`).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

});
