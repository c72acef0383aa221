import { expect } from '@open-wc/testing';
import { fromStockholm, toStockholm, stockholmOffset } from '../../src/internal/format.js';
import { dayKey, dayOf, instantOf, isoWeek, localOf, offsetAt, readFeedTime, weekday, yearOf } from '../../src/components/event-calendar/days.js';
import { EventIndex, expandEvent, parseRule, prepareAll } from '../../src/components/event-calendar/expand.js';
import { agendaModel, agendaModelFor, monthModel } from '../../src/components/event-calendar/month-model.js';
import { filterEvents } from '../../src/components/event-calendar/filter.js';
import type { CalendarEvent } from '../../src/feed/sections/events.js';
import { feed, NOW } from './fixture.js';

const ev = (e: Partial<CalendarEvent>): CalendarEvent => ({ id: 'e', title: 'T', start: '2026-11-03T18:00', ...e }) as CalendarEvent;
const range = (from: string, to: string) => [readFeedTime(from)!.day, readFeedTime(to)!.day] as const;
const wall = (ms: number) => {
  const z = toStockholm(ms);
  return `${z.year}-${String(z.month).padStart(2, '0')}-${String(z.day).padStart(2, '0')} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
};

describe('Stockholm days and times (browser zone elsewhere)', () => {
  it('runs in a browser whose zone is America/New_York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  it('agrees with the Intl helpers on the offset at every 7th hour from 2025 to 2028', () => {
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 11, 31); t += 7 * 3600000) {
      expect(offsetAt(t), new Date(t).toISOString()).to.equal(stockholmOffset(t) * 60000);
    }
  });

  it('reads wall-clock times like fromStockholm, across both changes, the gap and the repeated hour', () => {
    for (const [y, m, d] of [
      [2026, 3, 29],
      [2026, 10, 25],
      [2027, 3, 28],
      [2027, 10, 31],
    ]) {
      for (let minute = 0; minute < 24 * 60; minute += 30) {
        const expected = fromStockholm({ year: y, month: m, day: d, hour: Math.floor(minute / 60), minute: minute % 60 });
        expect(instantOf(dayOf(y, m, d), minute), `${y}-${m}-${d} ${minute}`).to.equal(expected);
      }
    }
  });

  it('finds the year of a day number by arithmetic as Date does, around every new year and leap day from 1899 to 2101', () => {
    for (let day = dayOf(1899, 1, 1); day <= dayOf(2101, 12, 31); day++) {
      const y = new Date(day * 86400000).getUTCFullYear();
      if (yearOf(day) !== y) expect(`${dayKey(day)} → ${yearOf(day)}`).to.equal(`${dayKey(day)} → ${y}`);
    }
    expect(yearOf(dayOf(2028, 2, 29))).to.equal(2028);
  });

  it('reads the short forms (date, date and minute) by character as the full pattern reads them, and rejects what is not a date', () => {
    for (const text of ['2026-03-29T02:30', '2026-10-25T02:30', '2027-01-01T00:00', '2026-12-31T23:59', '2028-02-29', '2026-11-23T18:00', '1990-06-01T12:00', '2150-06-01']) {
      const viaPattern = readFeedTime(`${text.length === 10 ? `${text}T00:00:00` : `${text}:00`}`)!;
      const fast = readFeedTime(text)!;
      expect([fast.day, fast.minute, fast.ms]).to.deep.equal([viaPattern.day, viaPattern.minute, viaPattern.ms]);
      expect(fast.ms).to.equal(fromStockholm({ year: +text.slice(0, 4), month: +text.slice(5, 7), day: +text.slice(8, 10), hour: +(text.slice(11, 13) || 0), minute: +(text.slice(14, 16) || 0) }));
    }
    // Out-of-range months and hours fall through to the pattern, as before (the validator rejects them).
    for (const bad of ['2026-1x-01', '2026-11-23 18:00', '20261123T1800', '2026-11-2', '2026-11-23T18:0x']) expect(readFeedTime(bad), bad).to.equal(null);
  });

  it('numbers weeks as ISO 8601 with Monday first', () => {
    expect(isoWeek(dayOf(2026, 11, 23))).to.equal(48);
    expect(isoWeek(dayOf(2026, 12, 31))).to.equal(53);
    expect(isoWeek(dayOf(2027, 1, 3))).to.equal(53);
    expect(isoWeek(dayOf(2027, 1, 4))).to.equal(1);
    expect(isoWeek(dayOf(2025, 12, 29))).to.equal(1);
    expect(weekday(dayOf(2026, 11, 23))).to.equal(1);
    expect(weekday(dayOf(2026, 11, 29))).to.equal(7);
  });

  it('reads feed times with and without an offset into Stockholm days', () => {
    const late = readFeedTime('2026-11-23T23:30:00Z')!; // 00:30 on the 24th in Stockholm
    expect(dayKey(late.day)).to.equal('2026-11-24');
    expect(late.minute).to.equal(30);
    expect(readFeedTime('2026-11-23')!.allDay).to.equal(true);
    expect(readFeedTime('nonsense')).to.equal(null);
    expect(localOf(NOW)).to.deep.equal({ day: dayOf(2026, 11, 23), minute: 12 * 60 });
  });
});

describe('recurrence expansion (RRULE subset, Stockholm wall-clock time)', () => {
  it('keeps a weekly 18:00 meeting at 18:00 across the October 2026 and March 2027 changes', () => {
    const occ = expandEvent(ev({ start: '2026-10-20T18:00', end: '2026-10-20T20:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270413T235959Z' }), ...range('2026-10-01', '2027-05-01'));
    expect(occ).to.have.length(26);
    for (const o of occ) {
      expect(wall(o.start).slice(11)).to.equal('18:00');
      expect(wall(o.end).slice(11)).to.equal('20:00');
    }
    // The UTC hour moves with the offset: 16:00Z in summer time, 17:00Z in winter.
    expect(new Date(occ[0].start).toISOString()).to.equal('2026-10-20T16:00:00.000Z');
    expect(new Date(occ[1].start).toISOString()).to.equal('2026-10-27T17:00:00.000Z');
    const march = occ.filter((o) => wall(o.start).startsWith('2027-03-23') || wall(o.start).startsWith('2027-03-30'));
    expect(march.map((o) => new Date(o.start).toISOString())).to.deep.equal(['2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z']);
  });

  it('keeps a Sunday 18:00 meeting at 18:00 on the change weekends themselves', () => {
    const occ = expandEvent(ev({ start: '2026-10-18T18:00', rrule: 'FREQ=WEEKLY;COUNT=24' }), ...range('2026-10-01', '2027-06-01'));
    const days = occ.map((o) => wall(o.start));
    expect(days).to.include('2026-10-25 18:00');
    expect(days).to.include('2027-03-28 18:00');
    expect(days.every((d) => d.endsWith('18:00'))).to.equal(true);
  });

  it('counts COUNT from the first occurrence, exceptions included, and drops EXDATEs', () => {
    const e = ev({ start: '2026-11-03T18:00', rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', exdates: ['2026-11-17T18:00'] });
    const occ = expandEvent(e, ...range('2026-01-01', '2028-01-01'));
    expect(occ.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-03', '2026-11-10', '2026-11-24', '2026-12-01']);
  });

  it('stops at UNTIL (inclusive) and expands monthly ordinals such as 1WE', () => {
    const occ = expandEvent(ev({ start: '2026-11-04T08:30', rrule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T000000Z', exdates: ['2027-01-06T08:30'] }), ...range('2026-01-01', '2028-01-01'));
    expect(occ.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-04', '2026-12-02', '2027-02-03', '2027-03-03', '2027-04-07', '2027-05-05', '2027-06-02']);
    expect(occ.every((o) => wall(o.start).endsWith('08:30'))).to.equal(true);
    const until = expandEvent(ev({ start: '2026-11-02', rrule: 'FREQ=DAILY;UNTIL=20261104' }), ...range('2026-01-01', '2028-01-01'));
    expect(until.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-02', '2026-11-03', '2026-11-04']);
  });

  it('finds the last Friday of the month with -1FR', () => {
    const occ = expandEvent(ev({ start: '2026-11-27T15:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3' }), ...range('2026-01-01', '2028-01-01'));
    expect(occ.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-27', '2026-12-25', '2027-01-29']);
  });

  it('steps by INTERVAL for daily, weekly and monthly rules', () => {
    const weekly = expandEvent(ev({ start: '2026-11-05T10:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3' }), ...range('2026-01-01', '2028-01-01'));
    expect(weekly.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-05', '2026-11-19', '2026-12-03']);
    const daily = expandEvent(ev({ start: '2026-11-01T10:00', rrule: 'FREQ=DAILY;INTERVAL=3;COUNT=4' }), ...range('2026-01-01', '2028-01-01'));
    expect(daily.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-01', '2026-11-04', '2026-11-07', '2026-11-10']);
    const monthly = expandEvent(ev({ start: '2026-10-31T10:00', rrule: 'FREQ=MONTHLY;COUNT=3' }), ...range('2026-01-01', '2028-01-01'));
    // No 31 November or February: those months are skipped, as RFC 5545 says.
    expect(monthly.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-10-31', '2026-12-31', '2027-01-31']);
    const twoDays = expandEvent(ev({ start: '2026-11-02T10:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4' }), ...range('2026-01-01', '2028-01-01'));
    expect(twoDays.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11']);
  });

  it('expands an endless rule only within the range asked for', () => {
    const occ = expandEvent(ev({ start: '2020-01-06T09:00', rrule: 'FREQ=WEEKLY' }), ...range('2026-12-01', '2027-01-01'));
    expect(occ.map((o) => dayKey(o.startDay))).to.deep.equal(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('rejects rules outside the subset rather than guess', () => {
    expect(parseRule('FREQ=YEARLY')).to.equal(null);
    expect(parseRule('FREQ=WEEKLY;BYMONTH=3')).to.equal(null);
    expect(parseRule('FREQ=WEEKLY;BYDAY=TU;COUNT=2')).to.deep.include({ freq: 'WEEKLY', count: 2 });
  });
});

describe('month and agenda models', () => {
  const prepared = prepareAll(feed().events as CalendarEvent[]);

  it('builds a Monday-first grid with ISO weeks and buckets each event per day once', () => {
    const m = monthModel(prepared, dayOf(2026, 11, 1));
    expect(m.weeks.map((w) => w.week)).to.deep.equal([44, 45, 46, 47, 48, 49]);
    expect(m.weeks[0].days[0].key).to.equal('2026-10-26');
    expect(m.byDay.get('2026-11-24')!.map((o) => o.event.id)).to.deep.equal(['cafe']);
    expect(m.byDay.get('2026-11-26')!.map((o) => o.event.id)).to.deep.equal(['info-online']);
    const dec = monthModel(prepared, dayOf(2026, 12, 1));
    expect(dec.byDay.get('2026-12-09')!.map((o) => o.event.id)).to.deep.equal(['conference']);
    expect(dec.byDay.get('2026-12-10')!.map((o) => o.event.id)).to.deep.equal(['conference']);
    expect(dec.byDay.get('2026-12-29')).to.deep.equal([]);
  });

  it('lists upcoming occurrences from now, grouped by day, a page at a time', () => {
    const today = localOf(NOW).day;
    const a = agendaModel(prepared, NOW, today, false, 3);
    expect(a.shown).to.equal(3);
    expect(a.total).to.be.greaterThan(3);
    expect(a.days[0].key).to.equal('2026-11-24');
    expect(a.days.flatMap((d) => d.items).some((o) => o.event.id === 'old')).to.equal(false);
    const all = agendaModel(prepared, NOW, today, true, 1000);
    expect(all.days[0].key).to.equal('2026-11-03');
    expect(all.days.flatMap((d) => d.items).some((o) => o.event.id === 'old')).to.equal(true);
  });

  it('filters by municipality, language (fa finds prs), mode, audience and free text', () => {
    const ids = (f: object) => filterEvents(feed().events as CalendarEvent[], f).map((e) => e.id);
    expect(ids({ municipality: '0765' })).to.deep.equal(['info-online', 'cancelled', 'changed']);
    expect(ids({ language: 'fa' })).to.deep.equal(['cafe']);
    expect(ids({ mode: 'online' })).to.deep.equal(['info-online', 'changed']);
    expect(ids({ audience: 'professionals', category: 'conference' })).to.deep.equal(['conference']);
    expect(ids({ q: 'sprakcafe' })).to.deep.equal(['cafe']);
    expect(ids({ area: 'arbete' })).to.deep.equal(['info-online']);
  });

  it('prepares a month of 10,000 events and the first agenda page quickly', () => {
    const many: CalendarEvent[] = [];
    for (let i = 0; i < 10000; i++) {
      const d = 1 + (i % 28);
      const h = 8 + (i % 10);
      many.push({ id: `e${i}`, title: `Event ${i}`, start: `2027-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00`, end: `2027-03-${String(d).padStart(2, '0')}T${String(h + 1).padStart(2, '0')}:00`, ...(i % 50 === 0 ? { rrule: 'FREQ=WEEKLY;COUNT=10' } : {}) } as CalendarEvent);
    }
    // How long it takes is for `npm run bench`; here only what the models hold.
    const p = prepareAll(many);
    const m = monthModel(p, dayOf(2027, 3, 1));
    const a = agendaModel(p, NOW, localOf(NOW).day, false, 50);
    expect(m.count).to.be.greaterThan(10000);
    expect(a.shown).to.equal(50);
  });
});

describe('agenda of a large feed (agendaModelFor)', () => {
  it('lists the same first occurrences, in the same order, as expanding every event, when it keeps only the page shown', () => {
    const events: CalendarEvent[] = [];
    // 2,000 one-off events on 40 days at 4 times, so many share a start (the feed order breaks ties), plus a weekly rule and an offset time.
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2026, 10, 20 + ((i * 7) % 40))).toISOString().slice(0, 10);
      events.push(ev({ id: `e${i}`, start: `${day}T${String(9 + (i % 4) * 3).padStart(2, '0')}:00`, end: `${day}T${String(10 + (i % 4) * 3).padStart(2, '0')}:00` }));
    }
    events.push(ev({ id: 'weekly', start: '2026-11-24T08:00', rrule: 'FREQ=WEEKLY;COUNT=10' }));
    events.push(ev({ id: 'offset', start: '2026-11-24T07:30Z' }));
    const today = localOf(NOW).day;
    for (const limit of [1, 50, 100]) {
      const fast = agendaModelFor(events, new EventIndex(events), NOW, today, false, limit);
      const full = agendaModel(prepareAll(events), NOW, today, false, limit);
      const keys = (m: typeof fast) => m.days.flatMap((d) => d.items.map((o) => o.key));
      expect(keys(fast)).to.deep.equal(keys(full));
      expect(fast.total).to.equal(full.total);
      expect(fast.shown).to.equal(limit);
    }
  });
});
