/**
 * <samverkan-event-calendar>: one story per state, each sample region, every
 * interface language (Arabic, Persian, Dari right to left), narrow and wide.
 * "Now" is fixed at Monday 23 November 2026, 12:00 Stockholm, so the sample
 * feeds' events (November 2026 – 2027) are upcoming whatever today is.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import kronoberg from '../demo/feeds/kronoberg.json';
import skane from '../demo/feeds/skane.json';
import halland from '../demo/feeds/halland.json';
import varmland from '../demo/feeds/varmland.json';
import '../src/components/event-calendar/define.js';

interface Args {
  lang: string;
  view: string;
  month: string;
  municipality: string;
  category: string;
  language: string;
  mode: string;
  q: string;
  past: boolean;
}
const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];
const NOW = Date.parse('2026-11-23T12:00:00+01:00');

const meta: Meta<Args> = {
  title: 'Components/Event calendar',
  component: 'samverkan-event-calendar',
  args: { lang: 'sv', view: '', month: '', municipality: '', category: '', language: '', mode: '', q: '', past: false },
  argTypes: {
    lang: { control: 'select', options: LANGS, description: 'Content and interface language' },
    view: { control: 'select', options: ['', 'agenda', 'month'], description: 'Empty: chosen from the element width' },
    month: { control: 'text', description: 'YYYY-MM' },
    municipality: { control: 'text', description: 'kommunkod, e.g. 0780' },
    category: { control: 'select', options: ['', 'information-meeting', 'language-cafe', 'course', 'health-talk', 'dialogue-meeting', 'conference', 'networking', 'other'] },
    language: { control: 'text', description: 'language spoken at the event, e.g. ar' },
    mode: { control: 'select', options: ['', 'online', 'in-person'] },
    q: { control: 'text', description: 'free-text search' },
    past: { control: 'boolean', description: 'show events that have ended' },
  },
};
export default meta;
type Story = StoryObj<Args>;

const cal = (feed: object | null, args: Args, extra: { src?: string; timeout?: number } = {}) =>
  html`<samverkan-event-calendar
    lang=${args.lang}
    view=${ifDefined(args.view || undefined)}
    month=${ifDefined(args.month || undefined)}
    municipality=${ifDefined(args.municipality || undefined)}
    category=${ifDefined(args.category || undefined)}
    language=${ifDefined(args.language || undefined)}
    mode=${ifDefined(args.mode || undefined)}
    q=${ifDefined(args.q || undefined)}
    ?past=${args.past}
    src=${ifDefined(extra.src)}
    timeout=${ifDefined(extra.timeout)}
    .now=${NOW}
    .feed=${feed}
  ></samverkan-event-calendar>`;

export const Kronoberg: Story = { render: (args) => cal(kronoberg, args) };
export const Skane: Story = { name: 'Skåne', render: (args) => cal(skane, args) };
export const Halland: Story = { render: (args) => cal(halland, args) };
export const Varmland: Story = { name: 'Värmland', render: (args) => cal(varmland, args) };

export const MonthGrid: Story = { name: 'Month grid (December 2026)', args: { view: 'month', month: '2026-12' }, render: (args) => cal(kronoberg, args) };
export const Agenda: Story = { args: { view: 'agenda' }, render: (args) => cal(kronoberg, args) };
export const WithPastEvents: Story = { name: 'Agenda with past events', args: { view: 'agenda', past: true }, render: (args) => cal(kronoberg, args) };
export const Filtered: Story = { name: 'Filtered (language cafés, attribute)', args: { category: 'language-cafe' }, render: (args) => cal(kronoberg, args) };

export const Arabic: Story = { name: 'Arabic (RTL)', args: { lang: 'ar' }, render: (args) => cal(kronoberg, args) };
export const ArabicMonth: Story = { name: 'Arabic month grid (RTL)', args: { lang: 'ar', view: 'month' }, render: (args) => cal(kronoberg, args) };
export const Persian: Story = { args: { lang: 'fa' }, render: (args) => cal(skane, args) };
export const Dari: Story = { args: { lang: 'prs' }, render: (args) => cal(halland, args) };
export const Somali: Story = { args: { lang: 'so' }, render: (args) => cal(varmland, args) };
export const Tigrinya: Story = { args: { lang: 'ti' }, render: (args) => cal(kronoberg, args) };
export const Ukrainian: Story = { args: { lang: 'uk' }, render: (args) => cal(kronoberg, args) };
export const Russian: Story = { args: { lang: 'ru' }, render: (args) => cal(kronoberg, args) };
export const English: Story = { args: { lang: 'en' }, render: (args) => cal(kronoberg, args) };

export const Narrow: Story = { name: 'Narrow (360px: agenda by default)', render: (args) => html`<div style="max-inline-size: 360px">${cal(kronoberg, args)}</div>` };
export const NarrowMonth: Story = { name: 'Narrow month grid', args: { view: 'month' }, render: (args) => html`<div style="max-inline-size: 360px">${cal(kronoberg, args)}</div>` };
export const Wide: Story = { render: (args) => html`<div style="max-inline-size: 1280px">${cal(kronoberg, args)}</div>` };

const longText = {
  version: 1,
  region: { id: 'long', name: 'Långtextlän', municipalities: [{ code: '0780', name: 'Växjö' }] },
  events: [
    {
      id: 'long-1',
      title: {
        sv: 'Informationsmöte om etableringsprogrammet, samhällsorientering, svenska för invandrare och vägar till arbete och studier för nyanlända vuxna och deras familjer',
        ar: 'اجتماع إعلامي حول برنامج التأسيس والتوجيه المجتمعي واللغة السويدية للمهاجرين وطرق العمل والدراسة للبالغين القادمين الجدد وأسرهم',
      },
      description: 'Lång beskrivning. '.repeat(40),
      start: '2026-11-25T13:00',
      end: '2026-11-25T16:30',
      status: 'changed',
      statusNote: 'Mötet har flyttats till en större lokal på grund av det stora intresset; samma tid gäller.',
      location: { name: 'Stora salen i Kulturhuset Kulturparken Småland, ingång från Västra Esplanaden', municipality: '0780', online: 'https://meet.example.se/lang' },
      languages: ['sv', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru', 'en', 'ckb', 'kmr', 'am'],
      audience: ['newcomers', 'asylum-seekers', 'parents', 'women', 'children-youth'],
      accessibility: 'Tillgängligt för rullstol. '.repeat(8),
      cost: { free: true },
    },
  ],
};
export const LongTexts: Story = { name: 'Long texts', args: { month: '2026-11' }, render: (args) => cal(longText, args) };

/**
 * A rescheduled event: postponed (`status` and `statusNote`) with `rescheduledTo` naming the new event. The old
 * one says "Uppskjutet:" and links "Flyttat till 12 januari 2027 13:00" to the new one's details (in the list and in
 * the old event's details, opened from December's grid). Try `lang` (Arabic: the note and link right to left).
 */
const rescheduled = {
  version: 1,
  region: { id: 'flytt', name: 'Flyttlän', municipalities: [{ code: '0780', name: 'Växjö' }] },
  events: [
    {
      id: 'info-dec',
      title: { sv: 'Informationsmöte om bostadsbidrag', en: 'Information meeting on housing allowance', ar: 'اجتماع إعلامي حول بدل السكن' },
      start: '2026-12-08T13:00',
      end: '2026-12-08T15:00',
      status: 'postponed',
      statusNote: { sv: 'Mötet skjuts upp till januari: lokalen är inte tillgänglig.', en: 'The meeting is postponed to January: the venue is not available.', ar: 'تأجل الاجتماع إلى يناير: القاعة غير متاحة.' },
      rescheduledTo: 'info-jan',
      location: { name: 'Stadsbiblioteket', municipality: '0780' },
      languages: ['sv', 'ar'],
    },
    {
      id: 'info-jan',
      title: { sv: 'Informationsmöte om bostadsbidrag', en: 'Information meeting on housing allowance', ar: 'اجتماع إعلامي حول بدل السكن' },
      start: '2027-01-12T13:00',
      end: '2027-01-12T15:00',
      location: { name: 'Stadsbiblioteket', municipality: '0780' },
      languages: ['sv', 'ar'],
    },
  ],
};
export const Rescheduled: Story = { name: 'Rescheduled event (rescheduledTo)', args: { view: 'agenda' }, render: (args) => cal(rescheduled, args) };
export const RescheduledMonth: Story = { name: 'Rescheduled event, month grid', args: { view: 'month', month: '2026-12' }, render: (args) => cal(rescheduled, args) };

/** Loading: a URL that never answers within the (huge) timeout. */
export const Loading: Story = { render: (args) => cal(null, args, { src: 'never', timeout: 600000 }) };

/** Empty: a valid feed with no events. */
export const Empty: Story = { render: (args) => cal({ version: 1, region: { id: 'tom', name: 'Tomt län' }, events: [] }, args) };

/** No match: filters that hide every event ("Inga evenemang matchar dina val."). */
export const NoMatch: Story = { name: 'No events match', args: { q: 'finns-inte-någonstans', view: 'agenda' }, render: (args) => cal(kronoberg, args) };

/** Error: a feed URL that does not exist. */
export const Error: Story = { render: (args) => cal(null, args, { src: 'feeds/missing.json' }) };

/**
 * Stale copy: a saved copy of the feed in localStorage and a source that
 * fails, as when a county's server is down: the calendar shows the copy with
 * a note and a retry button.
 */
export const Stale: Story = {
  name: 'Stale copy',
  render: (args) => {
    const url = new URL('feeds/missing-stale-calendar.json', location.href).href;
    localStorage.setItem(`samverkan:feed:v1:${url}`, JSON.stringify({ fetchedAt: '2026-10-01T08:00:00Z', text: JSON.stringify(kronoberg) }));
    return cal(null, args, { src: url });
  },
};
