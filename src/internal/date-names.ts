/**
 * Month and weekday names of languages Chromium ships no date data for (its
 * ICU leaves out Somali and Tigrinya, so Intl answers in English): CLDR's, as
 * Node's full ICU gives them. Loaded with the interface strings of these
 * languages (see localize.ts), so other readers never download them; loading
 * it installs them in format.ts.
 */
import { primary } from './language.js';
import { setOwnNames } from './format.js';

/** Month and weekday names of one language (weekdays Monday first), each list long, then short. */
interface DateNames {
  months: readonly [long: readonly string[], short: readonly string[]];
  weekdays: readonly [long: readonly string[], short: readonly string[]];
}

const DATE_NAMES: Record<string, DateNames> = {
  so: {
    months: [
      ['Jannaayo', 'Febraayo', 'Maarso', 'Abriil', 'Maayo', 'Juun', 'Luulyo', 'Ogosto', 'Sebteembar', 'Oktoobar', 'Noofeembar', 'Diseembar'],
      ['Jan', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Lul', 'Ogs', 'Seb', 'Okt', 'Nof', 'Dis'],
    ],
    weekdays: [
      ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
      ['Isn', 'Tldo', 'Arbc', 'Khms', 'Jmc', 'Sbti', 'Axd'],
    ],
  },
  ti: {
    months: [
      ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ጉንበት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
      ['ጥሪ', 'ለካ', 'መጋ', 'ሚያ', 'ግን', 'ሰነ', 'ሓም', 'ነሓ', 'መስ', 'ጥቅ', 'ሕዳ', 'ታሕ'],
    ],
    weekdays: [
      ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'],
      ['ሰኑ', 'ሰሉ', 'ረቡ', 'ሓሙ', 'ዓር', 'ቀዳ', 'ሰን'],
    ],
  },
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A day-month-year English formatter that says its month and weekday names
 * in the reader's language, and its words between fields ("at") as a comma.
 * Field order stays British: close to the Swedish letters the reader also gets.
 */
function withNames(english: Intl.DateTimeFormat, names: DateNames): Intl.DateTimeFormat {
  const o = english.resolvedOptions() as Intl.ResolvedDateTimeFormatOptions & { dateStyle?: string };
  // A date style names no widths: full and long write the month out, full the weekday too.
  const monthWidth = o.month ? (o.month === 'long' ? 0 : 1) : o.dateStyle === 'medium' ? 1 : 0;
  const weekdayWidth = o.weekday === 'long' || o.dateStyle === 'full' ? 0 : 1;
  // Which month and weekday a date is, in the formatter's zone (English short names are unambiguous, narrow ones are not).
  const which = new Intl.DateTimeFormat('en-US', { timeZone: o.timeZone, month: 'numeric', weekday: 'short' });
  const formatToParts = (date?: Date | number): Intl.DateTimeFormatPart[] => {
    let month = -1;
    let weekday = -1;
    const find = () => {
      for (const p of which.formatToParts(date)) {
        if (p.type === 'month') month = Number(p.value) - 1;
        else if (p.type === 'weekday') weekday = WEEKDAYS.indexOf(p.value);
      }
    };
    return english.formatToParts(date).map((part) => {
      if (part.type === 'month' && !/^\d/.test(part.value)) {
        if (month < 0) find();
        return { type: 'month', value: names.months[monthWidth][month] };
      }
      if (part.type === 'weekday') {
        if (weekday < 0) find();
        return { type: 'weekday', value: names.weekdays[weekdayWidth][weekday] };
      }
      return part.type === 'literal' && /[a-z]/i.test(part.value) ? { type: 'literal', value: ', ' } : part;
    });
  };
  return {
    format: (date?: Date | number) => formatToParts(date).map((p) => p.value).join(''),
    formatToParts,
    resolvedOptions: () => english.resolvedOptions(),
  } as Intl.DateTimeFormat;
}

setOwnNames((english, lang) => {
  const names = DATE_NAMES[primary(lang)];
  return names && withNames(english, names);
});
