/**
 * The data of a month grid and of an agenda, as pure functions: the element
 * renders them, the bench and the tests can call them alone.
 */
import type { CalendarEvent } from '../../feed/sections/events.js';
import { addMonths, dayKey, isoWeek, mondayOf, ymd } from './days.js';
import { byStart, isLocalText, occurrence, occurrencesIn, type EventIndex, type Occurrence, type Prepared } from './expand.js';

export interface DayCell {
  day: number;
  /** `yyyy-mm-dd`. */
  key: string;
  /** Day of the month, 1–31. */
  date: number;
  inMonth: boolean;
  items: Occurrence[];
}

export interface MonthModel {
  /** First day of the month (day number). */
  first: number;
  weeks: { week: number; days: DayCell[] }[];
  /** Occurrences per day, keyed by `yyyy-mm-dd` (the days of the grid). */
  byDay: Map<string, Occurrence[]>;
  /** Occurrences that touch the month itself (not the neighbouring days shown). */
  count: number;
}

/**
 * A month grid from Monday of the first week to Sunday of the last: events
 * expanded within those days only, each bucketed once per day it touches.
 */
export function monthModel(events: readonly Prepared[], first: number): MonthModel {
  const next = addMonths(first, 1);
  const gridStart = mondayOf(first);
  const gridEnd = mondayOf(next - 1) + 7;
  const occurrences = occurrencesIn(events, gridStart, gridEnd);
  const cells: Occurrence[][] = Array.from({ length: gridEnd - gridStart }, () => []);
  let count = 0;
  for (const o of occurrences) {
    const a = Math.max(o.startDay, gridStart);
    const b = Math.min(o.lastDay, gridEnd - 1);
    for (let d = a; d <= b; d++) cells[d - gridStart].push(o);
    if (o.startDay < next && o.lastDay >= first) count++;
  }
  const byDay = new Map<string, Occurrence[]>();
  const weeks: MonthModel['weeks'] = [];
  const { month } = ymd(first);
  for (let w = gridStart; w < gridEnd; w += 7) {
    const days: DayCell[] = [];
    for (let d = w; d < w + 7; d++) {
      const key = dayKey(d);
      const items = cells[d - gridStart];
      byDay.set(key, items);
      const c = ymd(d);
      days.push({ day: d, key, date: c.day, inMonth: c.month === month, items });
    }
    weeks.push({ week: isoWeek(w), days });
  }
  return { first, weeks, byDay, count };
}

export interface AgendaDay {
  day: number;
  key: string;
  items: Occurrence[];
}

export interface AgendaModel {
  /** Days with their occurrences, in order, at most `limit` occurrences in all. */
  days: AgendaDay[];
  /** Occurrences in the whole list. */
  total: number;
  /** Occurrences shown (≤ limit). */
  shown: number;
}

/** How far ahead an endless recurrence is listed. */
export const AGENDA_HORIZON_DAYS = 366;

/**
 * The agenda: occurrences from `fromDay` (or, with `past`, from the first
 * event) to the last event (endless recurrences up to a year ahead), sorted;
 * only those still running at `now` unless `past`. Grouped by start day,
 * first `limit` only, so 10,000 events cost a sort, not 10,000 DOM rows.
 */
export function agendaModel(events: readonly Prepared[], now: number, today: number, past: boolean, limit: number): AgendaModel {
  let from = today;
  let to = today + 1;
  for (const p of events) {
    if (past && p.start.day < from) from = p.start.day;
    const last = p.lastDay === Infinity ? today + AGENDA_HORIZON_DAYS : p.lastDay;
    if (last + 1 > to) to = last + 1;
  }
  let list = occurrencesIn(events, from, to);
  if (!past) list = list.filter((o) => (o.end > o.start ? o.end : o.start + 3600000) > now);
  const days: AgendaDay[] = [];
  const shown = Math.min(limit, list.length);
  let current: AgendaDay | null = null;
  for (let i = 0; i < shown; i++) {
    const o = list[i];
    // A multi-day event that began before today is listed under today.
    const day = past ? o.startDay : Math.max(o.startDay, today);
    if (!current || current.day !== day) {
      current = { day, key: dayKey(day), items: [] };
      days.push(current);
    }
    current.items.push(o);
  }
  return { days, total: list.length, shown };
}

/**
 * The events of a feed that may touch the days [from, to): recurring ones,
 * ones with an offset, and those whose dates (as text) fall in the range with
 * a day's margin. Prepared through `index`, so nothing else is parsed.
 */
export function preparedIn(events: readonly CalendarEvent[], index: EventIndex, from: number, to: number): Prepared[] {
  // Compared as whole strings (no slices): a start whose date is after `to` sorts after `to` + "~" (the date is
  // followed by "T" or nothing); an end whose date is before `from - 1` sorts before that day's key. The day's
  // margin on each side also covers times written with an offset (at most ±14 hours from Stockholm).
  const fromKey = dayKey(from - 1);
  const toKey = `${dayKey(to)}~`;
  const out: Prepared[] = [];
  for (let i = 0; i < events.length; i++) {
    // Possibly not checked yet (see EventIndex): only text is compared; anything else is left to the index.
    const e = events[i] as Partial<CalendarEvent> | null;
    const start = e?.start;
    const end = e?.end ?? start;
    if (!e?.rrule && typeof start === 'string' && typeof end === 'string' && (start > toKey || end < fromKey)) continue;
    // `i` is the feed position when `events` is the whole feed (no filter); the index checks it.
    const p = index.get(events[i], i);
    if (p) out.push(p);
  }
  return out;
}

/** monthModel over raw feed events: only those that may touch the grid are read. */
export function monthModelFor(events: readonly CalendarEvent[], index: EventIndex, first: number): MonthModel {
  const next = addMonths(first, 1);
  return monthModel(preparedIn(events, index, mondayOf(first), mondayOf(next - 1) + 7), first);
}

const localKey = (o: Occurrence): string => {
  const k = dayKey(o.startDay);
  if (o.allDay) return k;
  const h = Math.floor(o.startMinute / 60);
  const m = o.startMinute % 60;
  return `${k}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
};

/**
 * agendaModel over raw feed events, for large feeds: one-off events with
 * local times are counted and sorted by their text (ISO text sorts as time),
 * and only the `limit` shown are read in full; recurring and offset events
 * are expanded exactly. Same result as agendaModel.
 */
export function agendaModelFor(events: readonly CalendarEvent[], index: EventIndex, now: number, today: number, past: boolean, limit: number): AgendaModel {
  const todayKey = dayKey(today);
  const afterToday = `${todayKey}~`;
  // A short list (or a long page) is sorted whole at the end instead.
  const bounded = limit * 4 < events.length;
  let top: { key: string; e: CalendarEvent; i: number }[];
  let simpleTotal: number;
  let exact: Prepared[];
  // Items not checked yet (see EventIndex) that turned out unusable when they would have been on the page.
  let unusable: Set<number> | null = null;
  for (;;) {
    // The first `limit` one-off events by their start text, kept by a bounded stable insertion as the loop goes
    // (the same as a stable sort's first `limit`): no object, no slice for the thousands that cannot be shown.
    top = [];
    // While the page is full, a start at or after this text cannot be shown (compared whole: a start with seconds
    // sorts after its minute's key, as the stable order wants).
    let last = '\uffff';
    simpleTotal = 0;
    exact = [];
    // One pass over every event, written for the first (cold, unoptimized) run: few calls, no strings made.
    for (let i = 0, n = events.length; i < n; i++) {
      // Possibly not checked yet (see EventIndex): only text is compared; anything else is read exactly, by the index.
      const e = events[i] as Partial<CalendarEvent> | null;
      const start = e?.start;
      const end = e?.end ?? start;
      if (!e?.rrule && typeof start === 'string' && typeof end === 'string' && isLocalText(start) && (end === start || isLocalText(end))) {
        if (!past && end < todayKey) continue;
        // Today's events may have ended already: those are read exactly.
        if (past || end > afterToday) {
          if (unusable?.has(i)) continue;
          simpleTotal++;
          if (start >= last) continue;
          const key = start.length > 16 ? start.slice(0, 16) : start;
          if (!bounded) {
            top.push({ key, e: events[i], i });
            continue;
          }
          let lo = 0;
          let hi = top.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (top[mid].key <= key) lo = mid + 1;
            else hi = mid;
          }
          top.splice(lo, 0, { key, e: events[i], i });
          if (top.length >= limit) {
            if (top.length > limit) top.pop();
            last = top[limit - 1].key;
          }
          continue;
        }
      }
      const p = index.get(events[i], i);
      if (p) exact.push(p);
    }
    if (!index.checking) break;
    // Unchecked items: those on the page are checked now, and the page is found again without any that cannot be
    // used (a broken feed only). Others are counted as they are until the feed is checked in full.
    const broken = top.filter((t) => !index.get(t.e, t.i));
    if (!broken.length) break;
    unusable ??= new Set();
    for (const t of broken) unusable.add(t.i);
  }
  const simple = bounded ? top : top.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const exactModel = agendaModel(exact, now, today, past, Infinity);
  const exactList = exactModel.days.flatMap((d) => d.items);
  const total = simpleTotal + exactList.length;
  const shown = Math.min(limit, total);
  const merged: Occurrence[] = [];
  let i = 0;
  let j = 0;
  let exactKey = exactList.length ? localKey(exactList[0]) : '';
  while (merged.length < shown) {
    const s = simple[i];
    if (!s && j >= exactList.length) break;
    if (s && (j >= exactList.length || s.key <= exactKey)) {
      i++;
      const p = index.get(s.e, s.i);
      if (p) merged.push(occurrence(p, p.start.day, false));
    } else {
      merged.push(exactList[j++]);
      exactKey = j < exactList.length ? localKey(exactList[j]) : '';
    }
  }
  merged.sort(byStart);
  const days: AgendaDay[] = [];
  let current: AgendaDay | null = null;
  for (const o of merged) {
    const day = past ? o.startDay : Math.max(o.startDay, today);
    if (!current || current.day !== day) {
      current = { day, key: dayKey(day), items: [] };
      days.push(current);
    }
    current.items.push(o);
  }
  return { days, total, shown: merged.length };
}

