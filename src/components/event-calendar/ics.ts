/**
 * iCalendar (RFC 5545) files for "add to my calendar": one event or a list,
 * made here in the browser; no calendar service learns who downloads what.
 *
 * Times are written as Stockholm wall-clock time with a VTIMEZONE, so a
 * weekly 18:00 meeting stays at 18:00 across daylight-saving changes in every
 * calendar app. Recurrence rules and exceptions are carried over as they are.
 */
import type { Feed } from '../../feed/feed.js';
import type { CalendarEvent } from '../../feed/sections/events.js';
import type { Organization } from '../../feed/sections/organizations.js';
import { pickText } from '../../internal/format.js';
import { instantOf, localOf, ymd } from './days.js';
import { prepare, type Prepared } from './expand.js';

export const PRODID = '-//samverkan//event-calendar 1.0//SV';

/** Europe/Stockholm with the EU rule (in force since 1996). */
export const VTIMEZONE_STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping: backslash, semicolon, comma, newline. */
export const icsEscape = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space. */
export function icsFold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dateValue = (day: number) => {
  const d = ymd(day);
  return `${d.year}${pad(d.month)}${pad(d.day)}`;
};
const localValue = (day: number, minute: number, second = 0) => `${dateValue(day)}T${pad(Math.floor(minute / 60))}${pad(minute % 60)}${pad(second)}`;
const utcValue = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsOptions {
  /** Language of the text (titles, descriptions). */
  lang: string;
  /** DTSTAMP: when the file is made. */
  now: number;
  /** Makes UIDs unique across feeds: the region id. */
  domain?: string;
  organizations?: readonly Organization[];
  /** Municipality names by kommunkod, for LOCATION. */
  municipalities?: ReadonlyMap<string, string>;
}

function rruleFor(p: Prepared): string | null {
  const rule = p.rule;
  if (!rule || !p.event.rrule) return null;
  // UNTIL must have DTSTART's value type, in UTC when DTSTART has a TZID.
  const parts = p.event.rrule.split(';').filter((part) => !part.startsWith('UNTIL='));
  if (rule.untilMs !== null) parts.push(`UNTIL=${p.allDay ? dateValue(localOf(rule.untilMs).day) : utcValue(rule.untilMs)}`);
  if (rule.untilDay !== null) parts.push(`UNTIL=${p.allDay ? dateValue(rule.untilDay) : utcValue(instantOf(rule.untilDay + 1, 0) - 1000)}`);
  return `RRULE:${parts.join(';')}`;
}

/** The VEVENT lines of one event. */
export function icsEvent(event: CalendarEvent, o: IcsOptions): string[] {
  const p = prepare(event);
  if (!p) return [];
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, o.lang);
  const title = text(event.title);
  const lines = ['BEGIN:VEVENT', `UID:${event.id}@${o.domain ?? 'samverkan'}.samverkan`, `DTSTAMP:${utcValue(o.now)}`];
  const tz = 'TZID=Europe/Stockholm';
  if (p.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(p.start.day)}`, `DTEND;VALUE=DATE:${dateValue(p.start.day + p.endDays + 1)}`);
  } else {
    lines.push(`DTSTART;${tz}:${localValue(p.start.day, p.start.minute, p.start.second)}`);
    if (p.hasEnd) lines.push(`DTEND;${tz}:${localValue(p.start.day + p.endDays, p.endMinute)}`);
  }
  const rrule = rruleFor(p);
  if (rrule) lines.push(rrule);
  for (const ex of event.exdates ?? []) {
    const t = prepare({ ...event, start: ex, rrule: undefined, exdates: undefined, end: undefined });
    if (!t) continue;
    lines.push(p.allDay ? `EXDATE;VALUE=DATE:${dateValue(t.start.day)}` : `EXDATE;${tz}:${localValue(t.start.day, t.allDay ? p.start.minute : t.start.minute, p.start.second)}`);
  }
  lines.push(`SUMMARY;LANGUAGE=${title.lang}:${icsEscape(title.text)}`);
  const description = [text(event.statusNote).text, text(event.description).text, event.location?.online ?? '', event.url ?? ''].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${icsEscape(description)}`);
  const l = event.location;
  if (l) {
    const municipality = l.municipality ?? l.address?.municipality;
    const place = [
      text(l.name).text,
      l.address?.street,
      [l.address?.postalCode, l.address?.city].filter(Boolean).join(' '),
      !l.address?.city && municipality ? o.municipalities?.get(municipality) : '',
    ].filter(Boolean);
    lines.push(`LOCATION:${icsEscape(place.length ? place.join(', ') : (l.online ?? ''))}`);
    if (l.geo) lines.push(`GEO:${l.geo.lat};${l.geo.lon}`);
  }
  const url = event.url ?? event.registration?.url ?? l?.online;
  if (url) lines.push(`URL:${url}`);
  if (event.category) lines.push(`CATEGORIES:${icsEscape(event.category)}`);
  const org = event.organizer ? o.organizations?.find((x) => x.id === event.organizer) : undefined;
  if (org?.email) lines.push(`ORGANIZER;CN="${text(org.name).text.replace(/["\\]/g, '')}":mailto:${org.email}`);
  const status = event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED';
  lines.push(`STATUS:${status}`);
  if (event.updated) lines.push(`LAST-MODIFIED:${event.updated.replace(/-/g, '')}T000000Z`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with the given events, CRLF line ends, folded lines. */
export function icsCalendar(events: readonly CalendarEvent[], o: IcsOptions, name?: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${icsEscape(name)}`);
  lines.push('X-WR-TIMEZONE:Europe/Stockholm', ...VTIMEZONE_STOCKHOLM);
  for (const e of events) lines.push(...icsEvent(e, o));
  lines.push('END:VCALENDAR');
  return lines.map(icsFold).join('\r\n') + '\r\n';
}

/** The options for a feed's events, as the element writes them. */
export const icsOptionsFor = (feed: Feed, lang: string, now: number): IcsOptions => ({
  lang,
  now,
  domain: feed.region?.id,
  organizations: feed.organizations,
  municipalities: new Map((feed.region?.municipalities ?? []).map((m) => [m.code, m.name])),
});

/** A file name from a title: letters and digits of any script, dashes. */
export const icsFileName = (title: string): string =>
  (title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'evenemang') + '.ics';

/** Saves `text` as a file (a link clicked in `root`, no navigation). */
export function saveFile(root: Node & ParentNode, filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
