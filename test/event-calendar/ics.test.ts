import { expect } from '@open-wc/testing';
import { icsCalendar, icsEscape, icsFold } from '../../src/components/event-calendar/ics.js';
import type { CalendarEvent } from '../../src/feed/sections/events.js';
import type { Organization } from '../../src/feed/sections/organizations.js';
import { feed, NOW } from './fixture.js';

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  type: string;
  props: Prop[];
  children: Component[];
}

/** A small RFC 5545 reader: checks CRLF and line length, unfolds, parses properties and nesting. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n') || line.includes('\r'), `bare line break in ${JSON.stringify(line)}`).to.equal(false);
    expect(new TextEncoder().encode(line).length, `line over 75 octets: ${line}`).to.be.at.most(75);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const root: Component = { type: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^;:]*))*):(.*)$/.exec(line);
    expect(m, `unparseable line ${line}`).to.not.equal(null);
    const [, name, rawParams, value] = m!;
    const params: Record<string, string> = {};
    for (const p of rawParams.split(';').slice(1)) {
      const [k, v] = p.split('=');
      params[k] = v.replace(/^"|"$/g, '');
    }
    if (name === 'BEGIN') {
      const c: Component = { type: value, props: [], children: [] };
      stack[stack.length - 1].children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.type).to.equal(value);
    } else stack[stack.length - 1].props.push({ name, params, value });
  }
  expect(stack).to.have.length(1);
  return root.children[0];
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

const data = feed();
const events = data.events as CalendarEvent[];
const options = { lang: 'sv', now: NOW, domain: 'test', organizations: data.organizations as Organization[], municipalities: new Map([['0780', 'Växjö'], ['0765', 'Älmhult']]) };

describe('iCalendar files', () => {
  it('writes a VCALENDAR with PRODID, VERSION 2.0 and a Stockholm VTIMEZONE with both rules', () => {
    const cal = parseIcs(icsCalendar([events[0]], options));
    expect(cal.type).to.equal('VCALENDAR');
    expect(prop(cal, 'VERSION')!.value).to.equal('2.0');
    expect(prop(cal, 'PRODID')!.value).to.match(/samverkan/);
    const tz = cal.children.find((c) => c.type === 'VTIMEZONE')!;
    expect(prop(tz, 'TZID')!.value).to.equal('Europe/Stockholm');
    const daylight = tz.children.find((c) => c.type === 'DAYLIGHT')!;
    const standard = tz.children.find((c) => c.type === 'STANDARD')!;
    expect(prop(daylight, 'TZOFFSETTO')!.value).to.equal('+0200');
    expect(prop(daylight, 'RRULE')!.value).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(prop(standard, 'TZOFFSETTO')!.value).to.equal('+0100');
    expect(prop(standard, 'RRULE')!.value).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('carries a recurring event over with UID, DTSTAMP, local DTSTART/DTEND, RRULE and EXDATE', () => {
    const cal = parseIcs(icsCalendar([events[0]], options));
    const ve = cal.children.find((c) => c.type === 'VEVENT')!;
    expect(prop(ve, 'UID')!.value).to.equal('cafe@test.samverkan');
    expect(prop(ve, 'DTSTAMP')!.value).to.equal('20261123T110000Z');
    expect(prop(ve, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/Stockholm' }, value: '20261103T180000' });
    expect(prop(ve, 'DTEND')!.value).to.equal('20261103T200000');
    expect(prop(ve, 'RRULE')!.value).to.equal('FREQ=WEEKLY;BYDAY=TU;COUNT=30');
    expect(prop(ve, 'EXDATE')).to.deep.equal({ name: 'EXDATE', params: { TZID: 'Europe/Stockholm' }, value: '20261229T180000' });
    expect(prop(ve, 'STATUS')!.value).to.equal('CONFIRMED');
    expect(prop(ve, 'LOCATION')!.value).to.equal('Stadsbiblioteket\\, Västra Esplanaden 7\\, 352 31 Växjö');
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(icsEscape('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const tricky = { ...events[0], id: 'tricky', rrule: undefined, exdates: undefined, title: 'Möte; del 1, \\ "kväll"', description: 'Rad ett\nRad två' } as CalendarEvent;
    const ve = parseIcs(icsCalendar([tricky], options)).children.find((c) => c.type === 'VEVENT')!;
    expect(prop(ve, 'SUMMARY')!.value).to.equal('Möte\\; del 1\\, \\\\ "kväll"');
    expect(unescape(prop(ve, 'SUMMARY')!.value)).to.equal('Möte; del 1, \\ "kväll"');
    expect(unescape(prop(ve, 'DESCRIPTION')!.value)).to.equal('Rad ett\nRad två');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const arabic = 'مقهى اللغة في المكتبة '.repeat(8);
    const folded = icsFold(`SUMMARY:${arabic}`);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(3);
    for (const p of parts) expect(new TextEncoder().encode(p).length).to.be.at.most(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).to.equal(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(`SUMMARY:${arabic}`);
    expect(icsFold('SHORT:x')).to.equal('SHORT:x');
  });

  it('writes picked-language text, CANCELLED status, all-day dates and an ORGANIZER with e-mail', () => {
    const cal = parseIcs(icsCalendar(events, { ...options, lang: 'ar' }, 'Evenemang – Testlän'));
    const ves = cal.children.filter((c) => c.type === 'VEVENT');
    expect(ves).to.have.length(events.length);
    const byUid = (id: string) => ves.find((v) => prop(v, 'UID')!.value.startsWith(id + '@'))!;
    expect(prop(byUid('cafe'), 'SUMMARY')).to.deep.equal({ name: 'SUMMARY', params: { LANGUAGE: 'ar' }, value: 'مقهى اللغة' });
    expect(prop(byUid('cancelled'), 'STATUS')!.value).to.equal('CANCELLED');
    expect(prop(byUid('conference'), 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261209' });
    expect(prop(byUid('conference'), 'DTEND')!.value).to.equal('20261211');
    expect(prop(byUid('info-online'), 'ORGANIZER')!.value).to.equal('mailto:info@vaxjo.se');
    expect(prop(byUid('info-online'), 'LOCATION')!.value).to.equal('https://meet.example.se/sfi');
    expect(prop(cal, 'X-WR-CALNAME')!.value).to.equal('Evenemang – Testlän');
  });

  it('writes UNTIL in UTC when DTSTART has a zone', () => {
    const e = { ...events[0], rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101' } as CalendarEvent;
    const ve = parseIcs(icsCalendar([e], options)).children.find((c) => c.type === 'VEVENT')!;
    expect(prop(ve, 'RRULE')!.value).to.equal('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T225959Z');
  });
});
