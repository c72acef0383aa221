import { expect } from '@open-wc/testing';
import { dateFormat, formatDate, formatNumber, joinList, fromStockholm, parseDateTime, pickText, stockholmOffset, toStockholm } from '../../src/internal/format.js';
import { directionOf, nativeName } from '../../src/internal/language.js';
import { configureLocalization, loadLocale, uiLocaleFor } from '../../src/internal/localize.js';

describe('Stockholm time', () => {
  it('runs in a browser whose zone is not Stockholm (the point of these tests)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  it('reads a local feed time as Stockholm time, winter and summer', () => {
    expect(new Date(parseDateTime('2026-12-03T18:00')).toISOString()).to.equal('2026-12-03T17:00:00.000Z');
    expect(new Date(parseDateTime('2027-06-03T18:00')).toISOString()).to.equal('2027-06-03T16:00:00.000Z');
  });

  it('keeps an explicit offset as the instant it names', () => {
    expect(new Date(parseDateTime('2026-12-03T18:00:00+02:00')).toISOString()).to.equal('2026-12-03T16:00:00.000Z');
    expect(new Date(parseDateTime('2026-12-03T18:00:00.5Z')).toISOString()).to.equal('2026-12-03T18:00:00.500Z');
  });

  it('reads a date alone as Stockholm midnight', () => {
    expect(new Date(parseDateTime('2027-03-28')).toISOString()).to.equal('2027-03-27T23:00:00.000Z');
  });

  it('moves a time in the skipped spring hour forward, and reads the repeated autumn hour as summer time', () => {
    // 2027-03-28 02:30 does not exist in Stockholm: clocks go from 02:00 to 03:00.
    const spring = toStockholm(fromStockholm({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }));
    expect([spring.hour, spring.minute]).to.deep.equal([3, 30]);
    // 2026-10-25 02:30 happens twice; the first is at +02:00.
    expect(new Date(fromStockholm({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 })).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('knows the offset on both sides of both changes', () => {
    expect(stockholmOffset(Date.parse('2027-03-28T00:59:00Z'))).to.equal(60);
    expect(stockholmOffset(Date.parse('2027-03-28T01:00:00Z'))).to.equal(120);
    expect(stockholmOffset(Date.parse('2026-10-25T00:59:00Z'))).to.equal(120);
    expect(stockholmOffset(Date.parse('2026-10-25T01:00:00Z'))).to.equal(60);
  });

  it('returns NaN for text that is not a date', () => {
    expect(Number.isNaN(parseDateTime('next tuesday'))).to.equal(true);
  });
});

describe('Intl formatting', () => {
  it('shows a date in the Gregorian calendar with Latin digits for Persian and Dari', () => {
    const fa = formatDate('2025-03-21', 'fa');
    const prs = formatDate('2025-03-21', 'prs');
    for (const text of [fa, prs]) {
      expect(text).to.contain('2025');
      expect(text).to.contain('21');
      expect(text).not.to.match(/[۰-۹]/);
      expect(text).not.to.contain('فروردین');
    }
  });

  it('does not shift a calendar date by a day in a zone west of Stockholm', () => {
    expect(formatDate('2026-12-24', 'sv')).to.equal('24 december 2026');
  });

  it('formats times in Stockholm whatever the browser zone', () => {
    const text = dateFormat('sv', { hour: '2-digit', minute: '2-digit' }).format(parseDateTime('2026-12-03T18:00'));
    expect(text).to.equal('18:00');
  });

  it('writes Swedish numbers with a decimal comma and a non-breaking group separator', () => {
    expect(formatNumber(12345.6, 'sv')).to.equal('12\u00a0345,6');
    expect(formatNumber(0.415, 'ar', { style: 'percent', maximumFractionDigits: 1 })).to.match(/41[.,٫]5/);
  });

  it('writes day-month-year dates for a language the browser has no date data for', () => {
    const text = formatDate('2026-08-20', 'ti');
    // Chromium has no Tigrinya calendar data; whatever it has, never the US month-first order.
    expect(text).not.to.match(/^August 20/);
    expect(text).to.contain('20');
  });

  it('survives a language tag Intl does not know', () => {
    expect(formatNumber(3, 'xx-invalid-!!')).to.equal('3');
  });
});

describe('localized feed text', () => {
  const text = { sv: 'Språkcafé', en: 'Language café', ar: 'مقهى اللغة', fa: 'کافهٔ زبان' };

  it('picks the exact language, then its primary language', () => {
    expect(pickText(text, 'ar')).to.deep.equal({ text: 'مقهى اللغة', lang: 'ar', fallback: false });
    expect(pickText(text, 'ar-SE')).to.deep.equal({ text: 'مقهى اللغة', lang: 'ar', fallback: false });
  });

  it('lets Dari readers read Persian without a fallback notice', () => {
    expect(pickText(text, 'prs')).to.deep.equal({ text: 'کافهٔ زبان', lang: 'fa', fallback: false });
  });

  it('falls back to Swedish, then English, and says so', () => {
    expect(pickText(text, 'so')).to.deep.equal({ text: 'Språkcafé', lang: 'sv', fallback: true });
    expect(pickText({ en: 'Only English' }, 'ti')).to.deep.equal({ text: 'Only English', lang: 'en', fallback: true });
  });

  it('reads a plain string as Swedish', () => {
    expect(pickText('Hej', 'sv')).to.deep.equal({ text: 'Hej', lang: 'sv', fallback: false });
    expect(pickText('Hej', 'uk').fallback).to.equal(true);
  });
});

describe('languages', () => {
  it('knows which languages are written right to left', () => {
    expect(['ar', 'fa', 'prs', 'fa-AF', 'ps', 'ckb', 'ku-Arab'].map(directionOf)).to.deep.equal(Array(7).fill('rtl'));
    expect(['sv', 'so', 'ti', 'uk', 'kmr'].map(directionOf)).to.deep.equal(Array(5).fill('ltr'));
  });

  it('names each language in itself', () => {
    expect(['sv', 'ar', 'prs', 'fa', 'so', 'ti', 'uk', 'ru'].map(nativeName)).to.deep.equal(['Svenska', 'العربية', 'دری', 'فارسی', 'Soomaali', 'ትግርኛ', 'Українська', 'Русский']);
    expect(nativeName('de')).to.equal('Deutsch');
  });

  it('chooses the interface language for any content language', () => {
    expect(['sv-SE', 'ar-SY', 'fa-AF', 'prs', 'nb', 'de', 'ti-ER'].map(uiLocaleFor)).to.deep.equal(['sv', 'ar', 'prs', 'prs', 'sv', 'en', 'ti']);
  });
});

describe('joinList', () => {
  it('joins items with the list pattern of the language and keeps each item as it is', () => {
    const a = { name: 'a' };
    const b = { name: 'b' };
    const c = { name: 'c' };
    expect(joinList('sv', [a, b, c])).to.deep.equal([a, ', ', b, ' och ', c]);
    const ar = joinList('ar', [a, b, c]);
    expect(ar.filter((x) => typeof x !== 'string')).to.deep.equal([a, b, c]);
    // Arabic separators: the Arabic comma and "و" (and), not ", ".
    expect(ar.filter((x) => typeof x === 'string').join('')).to.match(/[،و]/);
    expect(joinList('en', [a])).to.deep.equal([a]);
  });
});

describe('Somali and Tigrinya dates (no Intl data in Chromium)', () => {
  // 24 November 2026 at 00:30 in Stockholm is still the 23rd in UTC and in the browser's New York zone.
  const tuesday = Date.UTC(2026, 10, 23, 23, 30);
  const english = /January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\bat\b|\band\b/;

  before(async () => {
    // The names come with the interface strings of these languages, as on a page.
    configureLocalization();
    await Promise.all([loadLocale('so'), loadLocale('ti')]);
  });

  it('names months and weekdays in Somali, in Stockholm time', () => {
    const full = dateFormat('so', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(tuesday);
    expect(full).to.contain('Talaado').and.to.contain('Noofeembar').and.to.contain('24').and.to.contain('2026');
    expect(full).not.to.match(english);
    expect(dateFormat('so', { dateStyle: 'medium' }).format(tuesday)).to.contain('Nof');
  });

  it('names months and weekdays in Tigrinya, with no English word between date and time', () => {
    const withTime = dateFormat('ti-ER', { dateStyle: 'full', timeStyle: 'short' }).format(tuesday);
    expect(withTime).to.contain('ሰሉስ').and.to.contain('ሕዳር').and.to.contain('00:30');
    expect(withTime).not.to.match(english);
    expect(dateFormat('ti', { weekday: 'short' }).formatToParts(tuesday)).to.deep.equal([{ type: 'weekday', value: 'ሰሉ' }]);
  });

  it('leaves languages with Intl data as Intl writes them', () => {
    expect(dateFormat('sv', { month: 'long' }).format(tuesday)).to.equal('november');
    expect(formatDate('2026-11-24', 'en')).to.equal('November 24, 2026');
  });

  it('lists with their own "and" from CLDR, not an English one', () => {
    expect(joinList('so', ['Svenska', 'العربية', 'ትግርኛ']).join('')).to.equal('Svenska, العربية iyo ትግርኛ');
    expect(joinList('so', ['A', 'B']).join('')).to.equal('A iyo B');
    expect(joinList('ti', ['ሀ', 'ለ']).join('')).to.equal('ሀን ለን');
    expect(joinList('ti-ER', ['ሀ', 'ለ', 'ሐ', 'መ']).join('')).to.equal('ሀ፣ ለ፣ ሐን መን');
    const items = [{ x: 1 }, { x: 2 }];
    expect(joinList('so', items).filter((p) => typeof p !== 'string')).to.deep.equal(items);
    expect(joinList('so', ['A'])).to.deep.equal(['A']);
  });
});
