/**
 * Events to occurrences: each feed event read once ("prepared"), then
 * expanded, recurrences included, only within the days a view shows.
 *
 * Recurrences follow an RFC 5545 subset: FREQ=DAILY|WEEKLY|MONTHLY,
 * INTERVAL, BYDAY (with an ordinal such as 1WE or -1FR in monthly rules),
 * COUNT, UNTIL, WKST=MO, plus EXDATE. They are expanded in Stockholm wall-clock
 * time: a weekly 18:00 meeting is at 18:00 in March and in November alike,
 * though the UTC offset changes in between.
 */
import type { CalendarEvent } from '../../feed/sections/events.js';
import { DAY_MS, dayOf, daysInMonth, instantOf, mondayOf, readFeedTime, weekday, ymd, type LocalTime } from './days.js';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays 1–7 (Monday first), each with an ordinal for monthly rules (0 = every). */
  byday: { n: number; wd: number }[];
  count: number | null;
  /** Last allowed start: an instant for a date-time UNTIL, a day number for a date. */
  untilMs: number | null;
  untilDay: number | null;
}

/** Parses an RRULE value; null when it is outside the supported subset. */
export function parseRule(text: string): Rule | null {
  const rule: Rule = { freq: 'DAILY', interval: 1, byday: [], count: null, untilMs: null, untilDay: null };
  let freq = false;
  for (const part of text.replace(/^RRULE:/i, '').split(';')) {
    const [key, value = ''] = part.split('=');
    switch (key.toUpperCase()) {
      case 'FREQ':
        if (!/^(DAILY|WEEKLY|MONTHLY)$/.test(value)) return null;
        rule.freq = value as Rule['freq'];
        freq = true;
        break;
      case 'INTERVAL':
        rule.interval = Number(value);
        if (!Number.isInteger(rule.interval) || rule.interval < 1) return null;
        break;
      case 'COUNT':
        rule.count = Number(value);
        if (!Number.isInteger(rule.count) || rule.count < 1) return null;
        break;
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
        if (!m) return null;
        if (m[4] === undefined) rule.untilDay = dayOf(+m[1], +m[2], +m[3]);
        else if (m[7]) rule.untilMs = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
        else rule.untilMs = instantOf(dayOf(+m[1], +m[2], +m[3]), +m[4] * 60 + +m[5]) + +m[6] * 1000;
        break;
      }
      case 'BYDAY':
        for (const item of value.split(',')) {
          const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          if (!m) return null;
          rule.byday.push({ n: m[1] ? Number(m[1]) : 0, wd: WEEKDAYS.indexOf(m[2]) + 1 });
        }
        break;
      case 'WKST':
        if (value !== 'MO' && value !== 'SU') return null;
        break;
      default:
        return null;
    }
  }
  return freq ? rule : null;
}

/** An event read once: its times in Stockholm, its rule and exceptions. */
export interface Prepared {
  event: CalendarEvent;
  /** Position in the feed, for a stable order. */
  index: number;
  start: LocalTime;
  allDay: boolean;
  hasEnd: boolean;
  /** Days from an occurrence's start day to its end day, and the end's minute. */
  endDays: number;
  endMinute: number;
  /** Extra days an occurrence touches after its start day (0 for a one-day event). */
  spanDays: number;
  rule: Rule | null;
  exDays: Set<number> | null;
  exInstants: Set<number> | null;
  /** Last day any occurrence may touch; Infinity for an endless rule. */
  lastDay: number;
}

/** One occurrence of an event. */
export interface Occurrence {
  p: Prepared;
  event: CalendarEvent;
  /** Stable key: the event id, plus the start day for a recurring event. */
  key: string;
  start: number;
  /** The end instant; equals `start` when the event has no end. */
  end: number;
  startDay: number;
  /** Last day the occurrence touches (inclusive). */
  lastDay: number;
  startMinute: number;
  endMinute: number;
  allDay: boolean;
  recurring: boolean;
}

const PER_PERIOD = { DAILY: 1, WEEKLY: 7, MONTHLY: 31 } as const;

/** Reads an event; null when its start cannot be read (the validator has reported it). */
export function prepare(event: CalendarEvent, index = 0): Prepared | null {
  const start = readFeedTime(event.start);
  if (!start) return null;
  const end = event.end ? readFeedTime(event.end) : null;
  const allDay = start.allDay;
  let endDays = 0;
  let endMinute = start.minute;
  let hasEnd = false;
  if (end && end.ms >= start.ms) {
    hasEnd = true;
    endDays = end.day - start.day;
    endMinute = end.minute;
  }
  // An all-day end date is the last day (inclusive); a timed end at midnight does not touch its day.
  const spanDays = allDay ? endDays : Math.max(0, endDays - (hasEnd && endMinute === 0 && endDays > 0 ? 1 : 0));
  const rule = event.rrule ? parseRule(event.rrule) : null;
  let exDays: Set<number> | null = null;
  let exInstants: Set<number> | null = null;
  for (const ex of event.exdates ?? []) {
    const t = readFeedTime(ex);
    if (!t) continue;
    if (t.allDay) (exDays ??= new Set()).add(t.day);
    else (exInstants ??= new Set()).add(t.ms);
  }
  let lastDay = start.day + spanDays;
  if (rule) {
    if (rule.untilDay !== null) lastDay = rule.untilDay + spanDays;
    else if (rule.untilMs !== null) lastDay = Math.floor(rule.untilMs / DAY_MS) + 1 + spanDays;
    else if (rule.count !== null) lastDay = start.day + (rule.count + 1) * rule.interval * PER_PERIOD[rule.freq] + 31 + spanDays;
    else lastDay = Infinity;
  }
  return { event, index, start, allDay, hasEnd, endDays, endMinute, spanDays, rule, exDays, exInstants, lastDay };
}

/** Reads every event of a list, skipping those without a readable start. */
export function prepareAll(events: readonly CalendarEvent[]): Prepared[] {
  const out: Prepared[] = [];
  for (let i = 0; i < events.length; i++) {
    const p = prepare(events[i], i);
    if (p) out.push(p);
  }
  return out;
}

export function occurrence(p: Prepared, day: number, recurring: boolean): Occurrence {
  const start = p.allDay ? instantOf(day, 0) : recurring ? instantOf(day, p.start.minute) + p.start.second * 1000 : p.start.ms;
  let end = start;
  if (p.hasEnd) end = p.allDay ? instantOf(day + p.endDays + 1, 0) : instantOf(day + p.endDays, p.endMinute);
  else if (p.allDay) end = instantOf(day + 1, 0);
  return {
    p,
    event: p.event,
    key: recurring ? `${p.event.id}@${day}` : p.event.id,
    start,
    end,
    startDay: day,
    lastDay: day + p.spanDays,
    startMinute: p.start.minute,
    endMinute: p.endMinute,
    allDay: p.allDay,
    recurring,
  };
}

/** Candidate start days of a rule, ascending, from the event's first day; `skipTo` lets an open rule jump ahead. */
function* candidates(p: Prepared, rule: Rule, skipTo: number): Generator<number> {
  const d0 = p.start.day;
  const { interval } = rule;
  const jump = rule.count === null;
  if (rule.freq === 'DAILY') {
    const wds = rule.byday.length ? new Set(rule.byday.map((b) => b.wd)) : null;
    let k = jump ? Math.max(0, Math.floor((skipTo - d0) / interval)) : 0;
    for (; ; k++) {
      const day = d0 + k * interval;
      if (!wds || wds.has(weekday(day))) yield day;
    }
  }
  if (rule.freq === 'WEEKLY') {
    const wds = rule.byday.length ? [...new Set(rule.byday.map((b) => b.wd))].sort((a, b) => a - b) : [weekday(d0)];
    const week0 = mondayOf(d0);
    let k = jump ? Math.max(0, Math.floor((skipTo - week0) / (7 * interval))) : 0;
    for (; ; k++) {
      const monday = week0 + k * 7 * interval;
      for (const wd of wds) {
        const day = monday + wd - 1;
        if (day >= d0) yield day;
      }
    }
  }
  // MONTHLY
  const { year, month, day: dom } = ymd(d0);
  const monthIndex0 = year * 12 + (month - 1);
  let k = 0;
  if (jump) {
    const s = ymd(skipTo);
    k = Math.max(0, Math.floor((s.year * 12 + s.month - 1 - monthIndex0) / interval));
  }
  for (; ; k++) {
    const mi = monthIndex0 + k * interval;
    const y = Math.floor(mi / 12);
    const m = (mi % 12) + 1;
    const first = dayOf(y, m, 1);
    const length = daysInMonth(y, m);
    const days: number[] = [];
    if (rule.byday.length) {
      for (const { n, wd } of rule.byday) {
        const firstWd = first + ((wd - weekday(first) + 7) % 7);
        const matches: number[] = [];
        for (let d = firstWd; d < first + length; d += 7) matches.push(d);
        if (n === 0) days.push(...matches);
        else {
          const d = n > 0 ? matches[n - 1] : matches[matches.length + n];
          if (d !== undefined) days.push(d);
        }
      }
      days.sort((a, b) => a - b);
    } else if (dom <= length) days.push(first + dom - 1);
    let prev = NaN;
    for (const day of days) {
      if (day >= d0 && day !== prev) yield day;
      prev = day;
    }
  }
}

const MAX_STEPS = 200000;

/** Appends to `out` the occurrences of `p` that touch the days [from, to). */
export function expandInto(p: Prepared, from: number, to: number, out: Occurrence[]): void {
  if (p.start.day >= to || p.lastDay < from) return;
  const rule = p.rule;
  if (!rule) {
    if (!p.exDays?.has(p.start.day) && !p.exInstants?.has(p.start.ms)) out.push(occurrence(p, p.start.day, false));
    return;
  }
  let count = 0;
  let steps = 0;
  for (const day of candidates(p, rule, from - p.spanDays - 31 * rule.interval)) {
    if (day >= to || ++steps > MAX_STEPS) return;
    if (rule.untilDay !== null && day > rule.untilDay) return;
    if (rule.untilMs !== null && instantOf(day, p.allDay ? 0 : p.start.minute) > rule.untilMs) return;
    if (rule.count !== null && ++count > rule.count) return;
    if (day + p.spanDays < from) continue;
    if (p.exDays?.has(day)) continue;
    if (p.exInstants && p.exInstants.has(instantOf(day, p.start.minute) + p.start.second * 1000)) continue;
    out.push(occurrence(p, day, true));
  }
}

export const byStart = (a: Occurrence, b: Occurrence): number =>
  a.start - b.start || Number(b.allDay) - Number(a.allDay) || a.p.index - b.p.index;

/** All occurrences touching the days [from, to), sorted by start. */
export function occurrencesIn(list: readonly Prepared[], from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const p of list) expandInto(p, from, to, out);
  return out.sort(byStart);
}

/** The occurrences of one event within [from, to): a convenience for tests and apps. */
export function expandEvent(event: CalendarEvent, from: number, to: number): Occurrence[] {
  const p = prepare(event);
  return p ? occurrencesIn([p], from, to) : [];
}

/**
 * Prepared events, made on first use and kept per event object: a view reads
 * only the events it may show, so 10,000 events cost string comparisons,
 * not 10,000 date parses.
 *
 * With `check`, `events` are the feed's items as they came, not yet checked:
 * an item is checked (`check(position)`, which reports its problems) before
 * it is prepared, and one that cannot be used is null, like an unreadable
 * start. Callers read nothing else of an item before `get`.
 */
export class EventIndex {
  private cache = new WeakMap<object, Prepared | null>();
  /** Feed positions, made only when a caller cannot say where an event is. */
  private order: Map<unknown, number> | null = null;
  constructor(
    private readonly events: readonly CalendarEvent[] = [],
    private readonly check?: (at: number) => CalendarEvent | null,
  ) {}
  /** True when the events are read as they came, each checked on first use. */
  get checking(): boolean {
    return !!this.check;
  }
  /** The prepared event; `at`, its position in the feed when the caller knows it (checked), saves a lookup. */
  get(e: CalendarEvent, at = -1): Prepared | null {
    let p = this.cache.get(e);
    if (p === undefined) {
      const i = at >= 0 && this.events[at] === e ? at : this.orderOf(e);
      const event = this.check ? this.check(i) : e;
      p = event ? prepare(event, i) : null;
      // An unchecked item may be a string or a number (null for `check`): those are not kept.
      if (typeof e === 'object' && e !== null) this.cache.set(e, p);
    }
    return p;
  }
  private orderOf(e: CalendarEvent): number {
    if (!this.order) {
      this.order = new Map();
      this.events.forEach((x, i) => this.order!.set(x, i));
    }
    return this.order.get(e) ?? 0;
  }
}

/** True when a feed time has no offset, so its text is Stockholm wall-clock time and sorts as such. */
export const isLocalText = (value: string): boolean => value.length <= 19 && !value.endsWith('Z') && value.indexOf('+') < 0 && value.lastIndexOf('-') < 8;
