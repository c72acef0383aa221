/**
 * Civil days and Stockholm wall-clock time, by arithmetic.
 *
 * A calendar day is a "day number": days since 1970-01-01 (a Thursday), so
 * date arithmetic is integer arithmetic and never touches the device's zone.
 * Stockholm's offset follows the EU rule in force since 1996 (summer time
 * from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00
 * UTC); outside 1996–2099 the Intl helpers of src/internal/format.ts answer.
 * This is what makes 10,000 events cheap: Intl.formatToParts costs microseconds
 * per call, this costs nanoseconds. Tests check it against the Intl helpers.
 */
import { fromStockholm, toStockholm } from '../../internal/format.js';

export const DAY_MS = 86400000;

/** Day number of a civil date (month 1–12). */
export const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

/** Civil date of a day number. */
export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `yyyy-mm-dd` of a day number. */
export function dayKey(day: number): string {
  const { year, month, day: d } = ymd(day);
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Monday of the week holding `day`. */
export const mondayOf = (day: number): number => day - weekday(day) + 1;

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: number): number {
  const thursday = mondayOf(day) + 3;
  const { year } = ymd(thursday);
  return Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Last Sunday of a month, as a day number. */
const lastSunday = (y: number, m: number): number => {
  const last = dayOf(y, m, daysInMonth(y, m));
  return last - (weekday(last) % 7);
};

const transitions = new Map<number, [number, number]>();
/** The instants (ms) summer time starts and ends in year `y`. */
function summer(y: number): [number, number] {
  let t = transitions.get(y);
  if (!t) {
    t = [lastSunday(y, 3) * DAY_MS + 3600000, lastSunday(y, 10) * DAY_MS + 3600000];
    transitions.set(y, t);
  }
  return t;
}

const RULE_FROM = Date.UTC(1996, 0, 1);
const RULE_TO = Date.UTC(2100, 0, 1);

/**
 * The proleptic Gregorian year of a day number, by integer arithmetic
 * (H. Hinnant's civil_from_days): no Date object per call.
 */
export function yearOf(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // Years of this algorithm start in March: January and February (doy ≥ 306) belong to the next civil year.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0);
}

/** Day number of a valid civil date (month 1–12), by integer arithmetic (H. Hinnant's days_from_civil). */
function civilDay(y: number, m: number, d: number): number {
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + doe - 719468;
}

/** Stockholm's offset from UTC at an instant, in ms. */
export function offsetAt(ms: number): number {
  if (ms < RULE_FROM || ms >= RULE_TO) {
    const z = toStockholm(ms);
    return Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second) - Math.floor(ms / 1000) * 1000;
  }
  const [on, off] = summer(yearOf(Math.floor(ms / DAY_MS)));
  return ms >= on && ms < off ? 7200000 : 3600000;
}

/** Stockholm wall-clock time of an instant: its day number and minutes since midnight. */
export function localOf(ms: number): { day: number; minute: number } {
  const local = ms + offsetAt(ms);
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / 60000) };
}

/**
 * The instant of a Stockholm wall-clock time. The skipped spring hour moves
 * forward by the gap; the repeated autumn hour is read as summer time (the
 * earlier instant), as RFC 5545 and format.ts's fromStockholm do.
 */
export function instantOf(day: number, minute: number): number {
  const wall = day * DAY_MS + minute * 60000;
  if (wall < RULE_FROM || wall >= RULE_TO) {
    const { year, month, day: d } = ymd(day);
    return fromStockholm({ year, month, day: d, hour: Math.floor(minute / 60), minute: minute % 60 });
  }
  // Summer time never starts or ends near new year, so the wall-clock day's year has the transitions that matter.
  const [on, off] = summer(yearOf(day));
  const summerGuess = wall - 7200000;
  if (summerGuess >= on && summerGuess < off) return summerGuess;
  // Winter time; also in the gap (02:00–03:00 on the last Sunday of March), read with the winter offset, which lands after it.
  return wall - 3600000;
}

/** The decimal number of `len` ASCII digits at `at`; -1 when one is not a digit. */
function num(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const FEED_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A feed date or date-time read in Stockholm. */
export interface LocalTime {
  /** Day number in Stockholm. */
  day: number;
  /** Minutes since Stockholm midnight (0 for a date). */
  minute: number;
  /** Seconds past the minute (kept for round trips). */
  second: number;
  /** The instant. */
  ms: number;
  /** True for a date without a time. */
  allDay: boolean;
}

/** Reads a feed date or date-time; null for text that is neither. */
export function readFeedTime(value: string): LocalTime | null {
  // The usual forms, "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM", read by character codes (10,000 events: no regex, no Date).
  const n = value.length;
  if ((n === 10 || n === 16) && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = num(value, 0, 4);
    const mo = num(value, 5, 2);
    const d = num(value, 8, 2);
    if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const day = civilDay(y, mo, d);
      if (n === 10) return { day, minute: 0, second: 0, ms: instantOf(day, 0), allDay: true };
      const h = num(value, 11, 2);
      const mi = num(value, 14, 2);
      if (value.charCodeAt(10) === 84 && value.charCodeAt(13) === 58 && h >= 0 && h < 24 && mi >= 0 && mi < 60) {
        const minute = h * 60 + mi;
        return { day, minute, second: 0, ms: instantOf(day, minute), allDay: false };
      }
    }
  }
  const m = FEED_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, offset] = m;
  const day = dayOf(+y, +mo, +d);
  if (h === undefined) return { day, minute: 0, second: 0, ms: instantOf(day, 0), allDay: true };
  const sec = s ? +s : 0;
  if (offset) {
    let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, sec);
    if (offset !== 'Z') {
      const sign = offset[0] === '-' ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
    }
    const local = localOf(ms);
    return { day: local.day, minute: local.minute, second: sec, ms, allDay: false };
  }
  const minute = +h * 60 + +mi;
  return { day, minute, second: sec, ms: instantOf(day, minute) + sec * 1000, allDay: false };
}

/** `YYYY-MM` of a day number. */
export const monthKey = (day: number): string => dayKey(day).slice(0, 7);

/** First day of the month named `YYYY-MM`, or null. */
export function monthStart(value: string | null | undefined): number | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? '');
  return m ? dayOf(+m[1], +m[2], 1) : null;
}

/** First day of the month `delta` months from the month holding `day`. */
export function addMonths(day: number, delta: number): number {
  const { year, month } = ymd(day);
  return dayOf(year, month + delta, 1);
}
