import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/event-calendar/define.js';
import type { SamverkanEventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { validateFeed } from '../../src/feed/feed.js';
import { clearCopies } from '../../src/internal/feed-loader.js';
import { axeViolations, column, feedUrl, mount, nextEvent, shadowText, uniqueId, unmountAll, until } from '../helpers.js';
import { feed, NOW } from './fixture.js';

type Cal = SamverkanEventCalendar;

async function calendar(attrs = '', data: object | null = feed(), container?: HTMLElement): Promise<Cal> {
  const el = mount<Cal>(`<samverkan-event-calendar ${attrs}></samverkan-event-calendar>`, container);
  el.now = NOW;
  if (data) el.feed = data;
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('.toolbar'), 'the calendar');
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Cal, sel: string) => el.shadowRoot!.querySelector<T & HTMLElement>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Cal, sel: string) => [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(sel)];
const active = (el: Cal) => el.shadowRoot!.activeElement as HTMLElement | null;
const dayOf = (iso: string) => String(Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000));
const cell = (el: Cal, iso: string) => $(el, `td[data-day="${dayOf(iso)}"]`);
const key = async (el: Cal, k: string, opts: KeyboardEventInit = {}) => {
  const target = active(el)!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...opts }));
  await el.updateComplete;
  await el.updateComplete;
};

/** Titles too long for a month cell, in Swedish and Arabic. */
const LONG_SV = 'Informationsmöte om bostadsbidrag och hyresavtal för nyanlända familjer';
const LONG_AR = 'لقاء إعلامي حول بدل السكن وعقود الإيجار للعائلات الوافدة حديثاً';
/** The box of a title's first character lies inside its chip: the title is cut at its end, not its start. */
const startVisible = (title: HTMLElement) => {
  const r = document.createRange();
  r.setStart(title.firstChild!, 0);
  r.setEnd(title.firstChild!, 1);
  const c = r.getBoundingClientRect();
  const chip = title.closest('.chip')!.getBoundingClientRect();
  return c.width > 0 && c.left >= chip.left - 0.5 && c.right <= chip.right + 0.5;
};

describe('<samverkan-event-calendar>', () => {
  afterEach(() => {
    unmountAll();
    clearCopies();
  });

  describe('month grid', () => {
    it('shows a Monday-first month with ISO week numbers and Stockholm times in a New York browser', async () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
      const el = await calendar('view="month" month="2026-11"');
      expect($(el, '#period').textContent).to.equal('november 2026');
      expect($$(el, 'thead th').map((th) => th.querySelector('[aria-hidden]')!.textContent)).to.deep.equal(['v.', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön']);
      expect($$(el, 'tbody th').map((th) => th.textContent!.replace(/\D/g, ''))).to.deep.equal(['44', '45', '46', '47', '48', '49']);
      const chip = cell(el, '2026-11-24').querySelector('.chip')!;
      expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('18:00 Språkcafé');
      expect(cell(el, '2026-11-23').getAttribute('aria-current')).to.equal('date');
      expect($(el, '[part=count]').textContent).to.equal('november 2026: 4 evenemang');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('keeps 18:00 after the change to summer time (March 2027) though New York changed on another date', async () => {
      const el = await calendar('view="month" month="2027-03"');
      const chips = [cell(el, '2027-03-23'), cell(el, '2027-03-30')].map((c) => c.querySelector('.chip-time')!.textContent);
      expect(chips).to.deep.equal(['18:00', '18:00']);
    });

    it('marks cancelled and changed events in words, not colour alone', async () => {
      const el = await calendar('view="month" month="2026-11"');
      expect(cell(el, '2026-11-27').textContent).to.contain('Inställt:');
      expect(cell(el, '2026-11-30').textContent).to.contain('Ändrat:');
    });

    it('moves focus with arrows, Home/End, PageUp/PageDown, and opens a day with Enter (APG grid)', async () => {
      const el = await calendar('view="month" month="2026-11"');
      const today = cell(el, '2026-11-23');
      expect(today.tabIndex).to.equal(0);
      expect($$(el, 'td[tabindex="0"]')).to.have.length(1);
      today.focus();
      await key(el, 'ArrowRight');
      expect(active(el)).to.equal(cell(el, '2026-11-24'));
      expect(cell(el, '2026-11-24').tabIndex).to.equal(0);
      await key(el, 'ArrowLeft');
      await key(el, 'ArrowUp');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-11-16'));
      await key(el, 'End');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-11-22'));
      await key(el, 'Home');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-11-16'));
      await key(el, 'PageDown');
      expect(el.month).to.equal('2026-12');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-12-16'));
      expect($(el, '[part=count]').textContent).to.match(/^december 2026: \d+ evenemang$/);
      await key(el, 'PageUp');
      expect(el.month).to.equal('2026-11');
      await key(el, 'ArrowDown');
      await key(el, 'ArrowDown');
      // 30 November + 7 is in December: the grid follows the focus.
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-11-30'));
      await key(el, 'ArrowDown');
      expect(el.month).to.equal('2026-12');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-12-07'));
      expect(el.getAttribute('month')).to.equal('2026-12');
      await key(el, 'PageUp');
      // Enter on a day with one event opens its details; focus goes into the dialog.
      cell(el, '2026-11-26').focus();
      await key(el, 'Enter');
      await until(() => $<HTMLDialogElement>(el, 'dialog').open, 'the dialog');
      expect(active(el)!.id).to.equal('dialog-title');
      expect($(el, 'dialog').textContent).to.contain('Information om SFI');
      expect(await axeViolations(el)).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await until(() => !$<HTMLDialogElement>(el, 'dialog').open, 'the dialog to close');
      await el.updateComplete;
      expect(active(el)).to.equal(cell(el, '2026-11-26'));
    });

    it('shows "+N more" past max-per-day and lists the whole day in the dialog', async () => {
      const data = feed();
      for (let i = 0; i < 5; i++) data.events.push({ id: `x${i}`, title: `Extra ${i}`, start: '2026-11-25T1' + i + ':00', category: 'other' } as never);
      const el = await calendar('view="month" month="2026-11" max-per-day="2"', data);
      const c = cell(el, '2026-11-25');
      expect(c.querySelectorAll('.chip')).to.have.length(2);
      expect(c.querySelector('.more')!.textContent).to.equal('+3 till');
      c.focus();
      await key(el, ' ');
      await until(() => $<HTMLDialogElement>(el, 'dialog').open, 'the day dialog');
      expect($$(el, '.day-list li')).to.have.length(5);
      $(el, '.day-list button').click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '#dialog-title').textContent).to.contain('Extra 0');
      el.closeDialog();
      await until(() => !$<HTMLDialogElement>(el, 'dialog').open);
      expect(active(el)).to.equal(cell(el, '2026-11-25'));
    });

    it('keeps focus on the view switch and the navigation buttons after they change the view', async () => {
      const el = await calendar('view="month" month="2026-11"');
      const next = $(el, '[data-nav=next]');
      next.focus();
      next.click();
      await el.updateComplete;
      expect(el.month).to.equal('2026-12');
      expect(active(el)).to.equal(next);
      const list = $(el, '[data-view=agenda]');
      list.focus();
      list.click();
      await el.updateComplete;
      expect(el.view).to.equal('agenda');
      expect(active(el)).to.equal(list);
      expect(list.getAttribute('aria-pressed')).to.equal('true');
      const month = $(el, '[data-view=month]');
      month.focus();
      month.click();
      await el.updateComplete;
      $(el, '[data-nav=today]').focus();
      $(el, '[data-nav=today]').click();
      await el.updateComplete;
      await el.updateComplete;
      // "Today" disables itself; focus lands on today's cell instead of the page.
      expect(active(el)).to.equal(cell(el, '2026-11-23'));
    });
  });

  describe('agenda', () => {
    it('is a list with a heading per day, upcoming only, with place, languages and status', async () => {
      const el = await calendar('view="agenda"');
      const headings = $$(el, '.agenda h3').map((h) => h.textContent!.trim());
      expect(headings.slice(0, 4)).to.deep.equal(['tisdag 24 november', 'torsdag 26 november', 'fredag 27 november', 'måndag 30 november']);
      expect(el.shadowRoot!.querySelector('ol.agenda > li > ul > li.event')).to.not.equal(null);
      const first = $(el, 'li.event');
      expect(first.querySelector('.when')!.textContent).to.equal('\u206618:00–20:00\u2069');
      expect(first.textContent).to.contain('Stadsbiblioteket, Växjö');
      expect([...first.querySelectorAll('.meta [lang]')].map((s) => s.getAttribute('lang'))).to.deep.equal(['sv', 'ar', 'prs']);
      expect(shadowText(el)).to.not.contain('Föreläsning som har varit');
      expect($(el, 'li.event[data-status=cancelled]').textContent).to.contain('Inställt:');
      expect(await axeViolations(el)).to.deep.equal([]);
      const past = $<HTMLInputElement>(el, '.past input');
      past.click();
      await el.updateComplete;
      expect(el.past).to.equal(true);
      expect(el.hasAttribute('past')).to.equal(true);
      expect(shadowText(el)).to.contain('Föreläsning som har varit');
    });

    it('opens details in a dialog with every field, and gives focus back on close', async () => {
      const el = await calendar('view="agenda"');
      const opener = $(el, 'li.event[data-key^=changed] .title-button');
      const selected = nextEvent<{ event: { id: string } }>(el, 'samverkan-select');
      opener.focus();
      opener.click();
      expect((await selected).detail.event.id).to.equal('changed');
      await until(() => $<HTMLDialogElement>(el, 'dialog').open);
      const text = $(el, 'dialog').textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Ändrat: Ny tid: 09:00 i stället för 13:00.');
      expect(text).to.contain('Ursprunglig tid: 30 november 2026 13:00');
      expect(text).to.contain('måndag 30 november 2026, \u206609:00–12:00\u2069');
      expect(text).to.contain('Älmhult kommun');
      expect(text).to.contain('Hörslinga finns.');
      expect(text).to.contain('Växjö kommun'); // organiser
      expect($<HTMLAnchorElement>(el, 'dialog a[href="https://meet.example.se/dialog"]')).to.not.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      $(el, 'dialog [data-close]').click();
      await until(() => !$<HTMLDialogElement>(el, 'dialog').open);
      expect(active(el)).to.equal(opener);
    });

    it('links a postponed event to the event that replaces it (rescheduledTo), and ignores an unknown id', async () => {
      const data = feed() as { events: Record<string, unknown>[] };
      (data.events as object[]).push(
        { id: 'moved', title: 'Föräldramöte', start: '2026-12-01T17:00', status: 'postponed', statusNote: 'Flyttas till januari.', rescheduledTo: 'moved-new', location: { municipality: '0780' } },
        { id: 'moved-new', title: 'Föräldramöte', start: '2027-01-12T17:00', end: '2027-01-12T18:00', previousStart: '2026-12-01T17:00', location: { municipality: '0780' } },
        { id: 'lost', title: 'Kvinnogrupp', start: '2026-12-02T10:00', status: 'postponed', rescheduledTo: 'no-such-event', location: { municipality: '0780' } },
      );
      const el = await calendar('view="agenda"', data);
      const { problems } = validateFeed(data);
      expect(problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([[`/events/${data.events.length - 1}/rescheduledTo`, 'reference', 'warning']]);
      const item = $(el, 'li.event[data-key=moved]');
      const link = item.querySelector<HTMLButtonElement>('[data-rescheduled]')!;
      expect(link.textContent).to.equal('Flyttat till 12 januari 2027 17:00');
      expect($(el, 'li.event[data-key=lost]').querySelector('[data-rescheduled]')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      link.focus();
      link.click();
      await until(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect($(el, '#dialog-title').textContent).to.equal('Föräldramöte');
      expect($(el, 'dialog').textContent!.replace(/\s+/g, ' ')).to.contain('tisdag 12 januari 2027, \u206617:00–18:00\u2069');
      $(el, 'dialog [data-close]').click();
      await until(() => !$<HTMLDialogElement>(el, 'dialog').open);
      expect(active(el)).to.equal(link);
      // In the details of the postponed event, the same link, in the reader's language.
      el.lang = 'en';
      await el.updateComplete;
      $(el, 'li.event[data-key=moved] .title-button').click();
      await until(() => $<HTMLDialogElement>(el, 'dialog').open);
      await until(() => $(el, 'dialog [data-rescheduled]'), 'the link in the details');
      expect($(el, 'dialog [data-rescheduled]').textContent).to.equal('Moved to January 12, 2027 17:00');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('renders 10,000 events a page at a time and keeps the reader in place on "Show more"', async () => {
      const data = feed();
      data.events = [];
      for (let i = 0; i < 10000; i++) {
        const day = new Date(Date.UTC(2026, 10, 24 + (i % 300)));
        const d = day.toISOString().slice(0, 10);
        data.events.push({ id: `e${i}`, title: `Evenemang ${i}`, start: `${d}T${String(8 + (i % 10)).padStart(2, '0')}:00`, category: 'other' } as never);
      }
      const el = mount<Cal>('<samverkan-event-calendar view="agenda"></samverkan-event-calendar>');
      el.now = NOW;
      const t = performance.now();
      el.feed = data;
      await el.updateComplete;
      await until(() => el.shadowRoot!.querySelector('li.event'));
      el.getBoundingClientRect();
      const ms = performance.now() - t;
      console.log(`agenda, 10,000 events: first render ${ms.toFixed(1)} ms (validation included)`);
      expect($$(el, 'li.event')).to.have.length(20);
      expect($(el, '[part=count]').textContent).to.equal('10000 evenemang');
      const more = $(el, '[data-more-agenda]');
      expect(more.textContent).to.contain('20 av 10000');
      more.focus();
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, 'li.event')).to.have.length(70);
      expect(active(el)).to.equal($(el, 'li.event[data-index="20"] .title-button'));
    });
  });

  describe('filters', () => {
    it('reads filters from attributes', async () => {
      const el = await calendar('view="agenda" municipality="0765"');
      const ids = $$(el, 'li.event').map((li) => li.dataset.key!.split('@')[0]);
      // Online events without a place are open to every municipality.
      expect(ids).to.deep.equal(['info-online', 'cancelled', 'changed']);
      expect($(el, '[part=count]').textContent).to.equal('3 evenemang');
      expect($<HTMLSelectElement>(el, '#f-municipality').value).to.equal('0765');
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
    });

    it('sets the attributes from the form, announces the count politely and can clear', async () => {
      const el = await calendar('view="agenda"');
      const live = $(el, '[part=count]');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      // The selects are made when the reader opens the panel (closed by default).
      expect(el.shadowRoot!.querySelector('#f-language')).to.equal(null);
      $(el, 'details summary').click();
      await until(() => el.shadowRoot!.querySelector('#f-language'), 'the filter fields');
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
      const lang = $<HTMLSelectElement>(el, '#f-language');
      expect([...lang.options].map((o) => o.textContent)).to.include('العربية');
      lang.value = 'ti';
      lang.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('language')).to.equal('ti');
      await until(() => live.textContent === '1 evenemang', 'the count');
      // Free text, keyboard typed.
      lang.value = '';
      lang.dispatchEvent(new Event('change'));
      const search = $<HTMLInputElement>(el, '#f-q');
      search.focus();
      await sendKeys({ type: 'konferens' });
      await until(() => el.getAttribute('q') === 'konferens', 'the q attribute');
      await el.updateComplete;
      expect($$(el, 'li.event').map((li) => li.dataset.key)).to.deep.equal(['conference']);
      const mode = $<HTMLSelectElement>(el, '#f-mode');
      mode.value = 'online';
      mode.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Inga evenemang matchar dina val.');
      expect(await axeViolations(el)).to.deep.equal([]);
      $(el, '.empty [data-clear]').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.hasAttribute('q')).to.equal(false);
      expect(el.hasAttribute('mode')).to.equal(false);
      expect(active(el)).to.equal($(el, '#f-q'));
    });
  });

  describe('languages', () => {
    it('shows two calendars in different languages on one page', async () => {
      const sv = await calendar('lang="sv" view="agenda"');
      const en = await calendar('lang="en" view="agenda"');
      expect($(sv, '[data-view=agenda]').textContent).to.equal('Lista');
      expect($(en, '[data-view=agenda]').textContent).to.equal('List');
      expect($(sv, '.agenda h3').textContent!.trim()).to.equal('tisdag 24 november');
      expect($(en, '.agenda h3').textContent!.trim()).to.equal('Tuesday, November 24');
      expect($(en, '.title-button').textContent).to.contain('Language café');
      expect(await axeViolations(en)).to.deep.equal([]);
    });

    it('renders an Arabic calendar right to left, Gregorian with Latin digits, arrows mirrored', async () => {
      const el = await calendar('lang="ar" view="month" month="2026-11"');
      expect(getComputedStyle($(el, '[part=base]')).direction).to.equal('rtl');
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      expect($(el, '#period').textContent).to.match(/2026/);
      expect(cell(el, '2026-11-24').textContent).to.contain('مقهى اللغة');
      expect(cell(el, '2026-11-24').querySelector('.chip-time')!.textContent).to.equal('18:00');
      cell(el, '2026-11-23').focus();
      await key(el, 'ArrowLeft');
      expect(active(el)!.dataset.day).to.equal(dayOf('2026-11-24'));
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('cuts a Swedish title in an Arabic grid (and an Arabic one in a Swedish grid) at its own end, in its own language and direction', async () => {
      const wide = column(1000);
      const data = feed();
      const sv = LONG_SV;
      const ar = LONG_AR;
      (data.events as object[]).push(
        { id: 'long-sv', title: sv, start: '2026-11-25T09:00', end: '2026-11-25T10:00', location: { name: 'Stadsbiblioteket' } },
        { id: 'long-ar', title: { ar }, start: '2026-11-25T11:00', end: '2026-11-25T12:00' },
      );
      const el = await calendar('lang="ar" view="month" month="2026-11"', data, wide);
      const chip = cell(el, '2026-11-25').querySelector<HTMLElement>('[data-key^="long-sv"] .chip-title')!;
      expect(chip.textContent).to.equal(sv);
      expect(chip.getAttribute('lang')).to.equal('sv');
      expect(getComputedStyle(chip).direction).to.equal('ltr');
      expect(getComputedStyle(chip).textOverflow).to.equal('ellipsis');
      expect(chip.scrollWidth).to.be.greaterThan(chip.clientWidth);
      expect(startVisible(chip), 'the Swedish title starts on screen').to.equal(true);
      // An Arabic title in the Arabic grid inherits both.
      const own = cell(el, '2026-11-24').querySelector<HTMLElement>('.chip-title')!;
      expect([own.hasAttribute('lang'), own.hasAttribute('dir'), getComputedStyle(own).direction]).to.deep.equal([false, false, 'rtl']);
      expect(await axeViolations(el)).to.deep.equal([]);

      el.view = 'agenda';
      await el.updateComplete;
      const item = $(el, 'li.event[data-key^="long-sv"]');
      const title = item.querySelector<HTMLElement>('.title-button span[lang]')!;
      const place = item.querySelector<HTMLElement>('.meta span')!;
      expect([title.lang, title.dir, place.textContent, place.lang, place.dir]).to.deep.equal(['sv', 'ltr', 'Stadsbiblioteket', 'sv', 'ltr']);
      item.querySelector<HTMLElement>('.title-button')!.click();
      await until(() => el.shadowRoot!.querySelector('dialog[open] #dialog-title span'), 'the dialog');
      const h = $(el, '#dialog-title span');
      expect([h.lang, h.dir]).to.deep.equal(['sv', 'ltr']);
      el.closeDialog();
      await el.updateComplete;

      const svCal = await calendar('lang="sv" view="month" month="2026-11"', data, wide);
      const arChip = cell(svCal, '2026-11-25').querySelector<HTMLElement>('[data-key^="long-ar"] .chip-title')!;
      expect([arChip.lang, arChip.dir, getComputedStyle(arChip).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
      expect(arChip.scrollWidth).to.be.greaterThan(arChip.clientWidth);
      expect(startVisible(arChip), 'the Arabic title starts on screen').to.equal(true);
    });

    it('gives the place and the town of an agenda row each their own language: an Arabic place name, a Swedish town', async () => {
      // The fixture's café is at { sv: Stadsbiblioteket } in Växjö; here the place has an Arabic name too.
      const data = feed();
      const cafe = data.events[0] as { location: { name: unknown } };
      cafe.location.name = { sv: 'Stadsbiblioteket', ar: 'مكتبة المدينة' };
      const el = await calendar('lang="ar" view="agenda"', data);
      const where = $(el, 'li.event[data-key^=cafe] .meta > span');
      const parts = [...where.querySelectorAll('bdi')].map((b) => [b.textContent, b.getAttribute('lang'), b.getAttribute('dir')]);
      expect(parts).to.deep.equal([
        ['مكتبة المدينة', null, null],
        ['Växjö', 'sv', 'ltr'],
      ]);
      // In Swedish both are Swedish: one text, no language of its own.
      const sv = await calendar('lang="sv" view="agenda"', data);
      const svWhere = $(sv, 'li.event[data-key^=cafe] .meta > span');
      expect([svWhere.textContent, svWhere.hasAttribute('lang'), svWhere.querySelectorAll('bdi').length]).to.deep.equal(['Stadsbiblioteket, Växjö', false, 0]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows a long title in the interface language on one line, time first, cut at its end (Swedish and Arabic grids)', async () => {
      const wide = column(1000);
      const data = feed();
      const sv = LONG_SV;
      const ar = LONG_AR;
      (data.events as object[]).push({ id: 'long-both', title: { sv, ar }, start: '2026-11-25T09:00', end: '2026-11-25T10:00' });
      for (const [lang, text, dir] of [['sv', sv, 'ltr'], ['ar', ar, 'rtl']] as const) {
        const el = await calendar(`lang="${lang}" view="month" month="2026-11"`, data, wide);
        const chip = cell(el, '2026-11-25').querySelector<HTMLElement>('[data-key^="long-both"]')!;
        const title = chip.querySelector<HTMLElement>('.chip-title')!;
        expect([title.textContent, title.hasAttribute('lang'), chip.hasAttribute('data-status')]).to.deep.equal([text, false, false]);
        expect([getComputedStyle(chip).direction, getComputedStyle(chip).textOverflow]).to.deep.equal([dir, 'ellipsis']);
        expect(chip.scrollWidth, 'the title overflows the chip').to.be.greaterThan(chip.clientWidth);
        const box = chip.getBoundingClientRect();
        const time = chip.querySelector('.chip-time')!.getBoundingClientRect();
        // One line; the time sits at the chip's start edge (left in Swedish, right in Arabic), fully visible.
        expect(box.height).to.be.lessThan(time.height * 1.6);
        expect(time.left >= box.left - 0.5 && time.right <= box.right + 0.5).to.equal(true);
        expect(dir === 'ltr' ? time.left - box.left < 8 : box.right - time.right < 8).to.equal(true);
        expect(startVisible(title), `the ${lang} title starts on screen`).to.equal(true);
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('keeps a Swedish municipality name in Swedish inside the Arabic sentence of the details', async () => {
      const el = await calendar('lang="ar" view="agenda"');
      $(el, 'li.event[data-key^=changed] .title-button').click();
      await until(() => el.shadowRoot!.querySelector('dialog[open] #dialog-title'), 'the dialog');
      const name = $(el, 'dialog dd bdi');
      expect([name.textContent, name.lang, name.dir]).to.deep.equal(['Älmhult', 'sv', 'ltr']);
      // The sentence around it is the Arabic translation, its word order kept.
      expect(name.parentElement!.textContent!.replace(/\s+/g, ' ')).to.contain('بلدية Älmhult');
      expect(await axeViolations(el)).to.deep.equal([]);
      el.closeDialog();
    });

    it('marks a Swedish-only area name and the municipality names in the Arabic filter options with lang="sv"', async () => {
      const data = feed();
      data.agreement.areas.push({ id: 'bostad', title: { sv: 'Bostad' } } as (typeof data.agreement.areas)[number]);
      (data.events[0] as { areas: string[] }).areas.push('bostad');
      const el = await calendar('lang="ar" view="agenda"', data);
      $(el, 'details summary').click();
      await until(() => el.shadowRoot!.querySelector('#f-area'), 'the filter fields');
      await el.updateComplete;
      const option = (id: string, value: string) => $<HTMLSelectElement>(el, `#${id}`).querySelector<HTMLOptionElement>(`option[value="${value}"]`)!;
      expect([option('f-area', 'bostad').textContent, option('f-area', 'bostad').lang]).to.deep.equal(['Bostad', 'sv']);
      // A translated area name is in the interface's language: no lang of its own.
      expect([option('f-area', 'halsa').textContent, option('f-area', 'halsa').hasAttribute('lang')]).to.deep.equal(['الصحة', false]);
      expect([option('f-municipality', '0765').textContent, option('f-municipality', '0765').lang]).to.deep.equal(['Älmhult', 'sv']);
      expect(option('f-language', 'ti').lang).to.equal('ti');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('gives Swedish filter options no lang in a Swedish calendar', async () => {
      const el = await calendar('lang="sv" view="agenda"');
      $(el, 'details summary').click();
      await until(() => el.shadowRoot!.querySelector('#f-area'), 'the filter fields');
      await el.updateComplete;
      const langs = [...$<HTMLSelectElement>(el, '#f-area').options, ...$<HTMLSelectElement>(el, '#f-municipality').options].map((o) => o.getAttribute('lang'));
      expect(langs).to.deep.equal([null, null, null, null, null, null]);
    });

    it('formats Dari dates in the Gregorian calendar', async () => {
      const el = await calendar('lang="prs" view="month" month="2026-11"');
      expect($(el, '#period').textContent).to.contain('2026');
      expect($(el, '#period').textContent).to.not.match(/[۰-۹]/);
    });
  });

  describe('states', () => {
    it('says it is loading', async () => {
      const el = mount<Cal>(`<samverkan-event-calendar src="${feedUrl({ id: uniqueId(), delay: 2000 })}"></samverkan-event-calendar>`);
      await el.updateComplete;
      expect($(el, '[role=status]').textContent).to.contain('Laddar');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('says when there are no events at all', async () => {
      const data = feed();
      data.events = [];
      const el = await calendar('view="agenda"', data);
      expect($(el, '.empty').textContent).to.contain('Det finns inga evenemang att visa.');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows an error with a retry when the feed is missing', async () => {
      const el = mount<Cal>(`<samverkan-event-calendar src="${feedUrl({ id: uniqueId(), status: 404 })}"></samverkan-event-calendar>`);
      await nextEvent(el, 'samverkan-error');
      await el.updateComplete;
      expect($(el, '[role=alert]').textContent).to.contain('Informationen finns inte');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows a stale copy with a note when the feed cannot be refreshed', async () => {
      const url = feedUrl({ id: uniqueId(), status: 500 });
      localStorage.setItem(`samverkan:feed:v1:${url}`, JSON.stringify({ fetchedAt: '2026-11-20T08:00:00Z', text: JSON.stringify(feed()) }));
      const el = mount<Cal>(`<samverkan-event-calendar view="agenda" src="${url}"></samverkan-event-calendar>`);
      el.now = NOW;
      await until(() => el.shadowRoot!.querySelector('[data-kind=stale]'), 'the stale note');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('sparad kopia');
      expect($$(el, 'li.event').length).to.be.greaterThan(3);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('skips a broken event and shows its siblings', async () => {
      const data = feed();
      data.events.push({ id: 'broken', title: 'Trasigt', start: 'next tuesday' } as never);
      const el = await calendar('view="agenda"', data);
      expect(shadowText(el)).to.not.contain('Trasigt');
      expect($$(el, 'li.event').length).to.be.greaterThan(3);
    });
  });

  describe('views by container width', () => {
    it('defaults to the agenda in a narrow column and the grid in a wide one', async () => {
      const narrow = column(360);
      const wide = column(1000);
      const a = await calendar('', feed(), narrow);
      const b = await calendar('', feed(), wide);
      await until(() => a.effectiveView === 'agenda' && a.shadowRoot!.querySelector('.agenda'), 'the narrow agenda');
      await until(() => b.effectiveView === 'month' && b.shadowRoot!.querySelector('table[role=grid]'), 'the wide grid');
      expect(a.hasAttribute('view')).to.equal(false);
      expect(await axeViolations(a)).to.deep.equal([]);
    });

    it('names the weekdays in one letter in a narrow Arabic grid, each inside its column, the full name for screen readers', async () => {
      const narrow = column(360);
      const el = await calendar('lang="ar" view="month" month="2026-11"', feed(), narrow);
      const heads = $$(el, 'thead th:not(.wk)');
      expect(heads.length).to.equal(7);
      for (const th of heads) {
        const shown = [...th.querySelectorAll<HTMLElement>('[aria-hidden]')].filter((s) => getComputedStyle(s).display !== 'none');
        expect(shown.length).to.equal(1);
        expect([...shown[0].textContent!].length).to.equal(1);
        expect(th.scrollWidth).to.be.at.most(th.clientWidth);
      }
      // Monday first: "الاثنين" in full for screen readers.
      expect(heads[0].querySelector('.visually-hidden')!.textContent).to.equal('الاثنين');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
    it('keeps the start of a title in sight beside a status word in a month cell', async () => {
      const wide = column(760);
      const data = feed();
      (data.events[3] as { status: string }).status = 'postponed';
      const el = await calendar('view="month" month="2026-11"', data, wide);
      const chip = $(el, '.chip[data-key="changed"]');
      const title = chip.querySelector<HTMLElement>('.chip-title')!;
      expect(chip.querySelector('.chip-status')!.textContent).to.contain('Uppskjutet');
      expect(title.getBoundingClientRect().width).to.be.at.least(chip.getBoundingClientRect().width * 0.35);
    });
  });

  describe('add to calendar and search engines', () => {
    it('makes an .ics for one event and for the filtered list, without any request', async () => {
      const el = await calendar('view="agenda" category="conference"');
      const files: { filename: string; text: string }[] = [];
      el.addEventListener('samverkan-download', (e) => {
        files.push((e as CustomEvent).detail);
        e.preventDefault();
      });
      $(el, '[data-ics=list]').click();
      await until(() => files.length === 1, 'the list file');
      expect(files[0].filename).to.equal('evenemang.ics');
      expect(files[0].text.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(files[0].text).to.contain('UID:conference@test.samverkan');
      $(el, '.title-button').click();
      await until(() => $<HTMLDialogElement>(el, 'dialog').open);
      $(el, '[data-ics=event]').click();
      await until(() => files.length === 2, 'the event file');
      expect(files[1].filename).to.equal('Integrationskonferens.ics');
      expect(files[1].text).to.contain('DTSTART;VALUE=DATE:20261209');
      el.closeDialog();
    });

    it('puts schema.org Event JSON-LD in the light DOM when asked', async () => {
      const el = await calendar('view="agenda" jsonld');
      await el.jsonLdReady;
      expect(el.querySelectorAll('script[type="application/ld+json"]').length, 'one JSON-LD block').to.equal(1);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      const events = data['@graph'] as Record<string, unknown>[];
      const cancelled = events.find((e) => e.name === 'Hälsosamtal på somaliska')!;
      expect(cancelled.eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(cancelled.startDate).to.equal('2026-11-27T13:00:00+01:00');
      const online = events.find((e) => e.name === 'Information om SFI')!;
      expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect((online.location as Record<string, string>)['@type']).to.equal('VirtualLocation');
      expect(online.inLanguage).to.deep.equal(['ar', 'ti']);
      el.jsonld = false;
      await el.updateComplete;
      expect(el.querySelectorAll('script').length, 'JSON-LD blocks left').to.equal(0);
    });

    it('adds a JSON-LD block under a Trusted Types policy that forbids string scripts', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'"><body></body>`;
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => errors.push(e.violatedDirective));
      // The same DOM calls syncJsonLd makes.
      const s = doc.createElement('script');
      s.type = 'application/ld+json';
      let threw = '';
      try {
        s.append(doc.createTextNode('{"@context":"https://schema.org"}'));
        doc.body.append(s);
      } catch (e) {
        threw = String(e);
      }
      const executable = doc.createElement('script');
      let blocked = false;
      try {
        executable.append(doc.createTextNode('window.x = 1'));
        doc.body.append(executable);
      } catch {
        blocked = true;
      }
      const ran = (frame.contentWindow as unknown as { x?: number }).x === 1;
      frame.remove();
      expect(threw).to.equal('');
      expect(s.textContent).to.contain('schema.org');
      // The check really is on: a classic script from a string is refused.
      expect(blocked || !ran).to.equal(true);
    });
  });
});

describe('<samverkan-event-calendar> heading levels', () => {
  afterEach(unmountAll);

  it('fits the host outline with heading-level: the period, days and titles one level apart', async () => {
    const el = mount<HTMLElement & { feed: object; now: number; updateComplete: Promise<boolean> }>('<samverkan-event-calendar view="agenda" heading-level="3"></samverkan-event-calendar>');
    el.now = Date.parse('2026-11-23T12:00:00+01:00');
    el.feed = { version: 1, events: [{ id: 'a', title: 'Språkcafé', start: '2026-11-24T17:00' }] };
    await until(() => el.shadowRoot!.querySelector('.day-heading'), 'agenda');
    const level = (sel: string) => el.shadowRoot!.querySelector(sel)!.getAttribute('aria-level');
    expect([level('.period'), level('.day-heading'), level('.title')]).to.deep.equal(['3', '4', '5']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
