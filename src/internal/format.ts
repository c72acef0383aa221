/**
 * Dates, times, numbers and feed text in the element's language.
 *
 * Every date is shown in Europe/Stockholm, whatever zone the visitor's device
 * is in, and in the Gregorian calendar: Intl's default for fa and fa-AF is
 * the Persian solar calendar, which would put a meeting on "۱ فروردین" while
 * the invitation letter from the municipality says 21 March. Digits are Latin
 * in every language for the same reason: times, phone numbers and postal codes
 * must match what readers see on Swedish letters and signs.
 */
import type { LocalizedText } from '../feed/sections/common.js';
import { DEFAULT_LANG, primary } from './language.js';

export const TIME_ZONE = 'Europe/Stockholm';

/**
 * Formatters, and the locale each language resolves to, per page: building an
 * Intl object, or asking Intl which locales it supports, costs far more than
 * formatting with one (the page's first such call about 25 ms in Chromium).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | string>();

/** An Intl locale string that keeps the language but fixes calendar and digits. */
export const intlLocale = (lang: string): string => {
  // Dari has no CLDR data of its own in every browser; fa-AF is its closest.
  const base = lang.toLowerCase().startsWith('prs') ? 'fa-AF' : lang;
  return `${base}-u-ca-gregory-nu-latn`;
};

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value as never);
  }
  return value;
}

/** A canonical Intl locale; an unknown tag from a feed or a page falls back to Swedish rather than throw in render. */
const safeLocale = (lang: string): string =>
  cached(`c|${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(intlLocale(lang))[0];
    } catch {
      return intlLocale(DEFAULT_LANG);
    }
  });

/**
 * Whether the browser has data for a locale's language. Asked of the primary
 * subtag: Chromium calls `ti-ER` supported and then formats it with the root
 * locale ("2026 M11 24"), while it calls `ti` unsupported.
 */
const hasData = (intl: { supportedLocalesOf(locales: string[]): string[] }, locale: string): boolean => intl.supportedLocalesOf([primary(locale)]).length > 0;

/**
 * Dates in a language the browser has no calendar data for (Chromium lacks
 * Tigrinya) would come out in US English ("August 20, 2026"); day-month-year
 * English reads closer to the Swedish letters the reader also gets.
 */
const dateLocale = (lang: string): string =>
  cached(`s|${lang}`, () => {
    const locale = safeLocale(lang);
    return hasData(Intl.DateTimeFormat, locale) ? locale : intlLocale('en-GB');
  });

/**
 * Month and weekday names for languages the browser has no date data for:
 * set by date-names.ts, which comes with the Somali and Tigrinya interface
 * strings (see localize.ts), so no other reader downloads it.
 */
let ownNames: ((english: Intl.DateTimeFormat, lang: string) => Intl.DateTimeFormat | undefined) | undefined;

/** Installs `ownNames`; formatters made before it, in English, are made again. */
export function setOwnNames(wrap: typeof ownNames): void {
  ownNames = wrap;
  cache.clear();
}

export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale(lang);
  const fallback = locale !== safeLocale(lang);
  return cached(`d|${fallback ? lang : locale}|${JSON.stringify(options)}`, () => {
    const format = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, calendar: 'gregory', numberingSystem: 'latn', ...options });
    return (fallback && ownNames?.(format, lang)) || format;
  });
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = safeLocale(lang);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options }));
}

/**
 * A list in `lang`'s pattern; for a language the browser has no list data for
 * (Chromium lacks Somali and Tigrinya), commas alone ("A, B, C") rather than
 * an English "and".
 */
export function listFormat(lang: string, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  const locale = safeLocale(lang);
  return cached(`l|${locale}|${type}`, () =>
    hasData(Intl.ListFormat, locale) ? new Intl.ListFormat(locale, { type, style: 'long' }) : new Intl.ListFormat('en', { type: 'unit', style: 'short' }),
  );
}

/**
 * CLDR's "and" lists for the interface languages Chromium has no list data
 * for, as [between, after] for two items, then the start, middle and end of
 * longer lists: "A, B iyo C", "A፣ Bን Cን". Other browsers with the data
 * write the same.
 */
const OWN_AND: Record<string, readonly (readonly [string, string])[]> = {
  so: [[' iyo ', ''], [', ', ''], [', ', ''], [' iyo ', '']],
  ti: [['ን ', 'ን'], ['፣ ', ''], ['፣ ', ''], ['ን ', 'ን']],
};

/**
 * Items joined by the list pattern of `lang` ("A, B och C", "A وB وC"),
 * each item kept as it is: a link stays a link, a name keeps its own `lang`.
 */
export function joinList<T>(lang: string, items: readonly T[], type: Intl.ListFormatType = 'conjunction'): (T | string)[] {
  const own = type === 'conjunction' && items.length > 1 ? OWN_AND[primary(lang)] : undefined;
  if (own) {
    // CLDR: start(0, middle(1, … end(n-2, n-1))), or the pair pattern for two; text after a pattern's second
    // item (Tigrinya's "ን") closes the rest of the list.
    const n = items.length;
    const parts: (T | string)[] = [];
    const closing: string[] = [];
    for (let i = 0; i < n - 1; i++) {
      const [between, after] = own[n === 2 ? 0 : i === 0 ? 1 : i === n - 2 ? 3 : 2];
      parts.push(items[i], between);
      if (after) closing.push(after);
    }
    return [...parts, items[n - 1], ...closing];
  }
  const parts = listFormat(lang, type).formatToParts(items.map((_, i) => `\u0000${i}`));
  return parts.map((p) => (p.type === 'element' ? items[Number(p.value.slice(1))] : p.value));
}

export const formatNumber = (value: number, lang: string, options?: Intl.NumberFormatOptions): string =>
  numberFormat(lang, options).format(value);

/** A calendar date ("2025-03-21") as a localized date, read in Stockholm so it never shifts a day. */
export function formatDate(isoDate: string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return dateFormat(lang, options).format(parseDateTime(isoDate.length === 10 ? isoDate + 'T12:00' : isoDate));
}

// ---- Stockholm time -------------------------------------------------------

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Wall-clock time in Stockholm, as its parts. */
export interface ZonedTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const zoneParts = () =>
  cached('zone-parts', () =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  );

/** The Stockholm wall-clock time of an instant. */
export function toStockholm(epochMs: number): ZonedTime {
  const parts: Record<string, number> = {};
  for (const part of zoneParts().formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** Stockholm's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function stockholmOffset(epochMs: number): number {
  const z = toStockholm(epochMs);
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * The instant of a Stockholm wall-clock time. A time that does not exist (the
 * skipped hour in March) moves forward by the gap; a time that exists twice
 * (October) is read as the first, summer-time one, as RFC 5545 does.
 */
export function fromStockholm(t: Omit<ZonedTime, 'second'> & { second?: number }): number {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second ?? 0);
  // The offsets in force a day either side; near a change they differ.
  const before = stockholmOffset(wall - 86400000);
  const after = stockholmOffset(wall + 86400000);
  const candidates = [wall - Math.max(before, after) * 60000, wall - Math.min(before, after) * 60000];
  for (const instant of candidates) {
    const z = toStockholm(instant);
    if (z.day === t.day && z.hour === t.hour && z.minute === t.minute) return instant;
  }
  // In the skipped hour: read it with the offset before the change, which lands after the gap.
  return wall - before * 60000;
}

/**
 * Parses a feed date or date-time to an instant (epoch ms). With an offset it
 * is that instant; without one it is Stockholm local time; a date alone is
 * Stockholm midnight. Returns NaN for text that is neither.
 */
export function parseDateTime(value: string): number {
  const m = PARTS.exec(value);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac, offset] = m;
  if (offset) {
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    let total = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms);
    if (offset !== 'Z') {
      const sign = offset[0] === '-' ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      total -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
    }
    return total;
  }
  return fromStockholm({ year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s });
}

/** True for a date without a time (an all-day value). */
export const isDateOnly = (value: string): boolean => value.length === 10;

// ---- localized feed text --------------------------------------------------

export interface PickedText {
  text: string;
  /** The language of `text`: set it as `lang` on the element that shows it. */
  lang: string;
  /** True when `text` is not in the language asked for. */
  fallback: boolean;
}

/**
 * Picks feed text in `lang`: the exact tag, then its primary language (`ar`
 * for `ar-SE`, and Dari and Persian for each other), then Swedish, then
 * English, then whatever there is. A plain string is Swedish.
 */
export function pickText(text: LocalizedText | undefined, lang: string): PickedText {
  if (text === undefined) return { text: '', lang: DEFAULT_LANG, fallback: false };
  if (typeof text === 'string') return { text, lang: DEFAULT_LANG, fallback: primary(lang) !== DEFAULT_LANG };
  const tags = Object.keys(text);
  const want = lang.toLowerCase();
  const wantPrimary = primary(lang);
  const dariOrPersian = (t: string) => ['fa', 'prs'].includes(primary(t)) || t.toLowerCase() === 'fa-af';
  const found =
    tags.find((t) => t.toLowerCase() === want) ??
    tags.find((t) => primary(t) === wantPrimary) ??
    (dariOrPersian(lang) ? tags.find(dariOrPersian) : undefined);
  if (found !== undefined) {
    const exactEnough = primary(found) === wantPrimary || found.toLowerCase() === want;
    return { text: text[found], lang: found, fallback: !exactEnough && !(dariOrPersian(found) && dariOrPersian(lang)) };
  }
  const fallbackTag = tags.find((t) => primary(t) === DEFAULT_LANG) ?? tags.find((t) => primary(t) === 'en') ?? tags[0];
  return fallbackTag === undefined ? { text: '', lang: DEFAULT_LANG, fallback: true } : { text: text[fallbackTag], lang: fallbackTag, fallback: true };
}

/** The languages a localized text is available in. */
export const languagesOf = (text: LocalizedText | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [DEFAULT_LANG] : Object.keys(text);
