/** `events`: meetings, courses and information sessions. */
import { array, boolean, enumOf, object, optional, string, type Infer } from '../schema-kit.js';
import { Address, DateOnly, DateOrDateTime, ExampleFlag, GeoPoint, HttpUrl, Id, IdList, Kommunkod, LanguageTag, LocalizedText } from './common.js';

export const EVENT_CATEGORIES = [
  'information-meeting',
  'language-cafe',
  'course',
  'health-talk',
  'dialogue-meeting',
  'conference',
  'networking',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const AUDIENCES = ['newcomers', 'asylum-seekers', 'professionals', 'public', 'children-youth', 'parents', 'women', 'employers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * RFC 5545 RRULE subset: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY, COUNT, UNTIL.
 * The order of parts is free; the recurrence module rejects what it cannot expand.
 */
export const RRule = string({
  pattern: /^(?=.*FREQ=(DAILY|WEEKLY|MONTHLY))(FREQ=(DAILY|WEEKLY|MONTHLY)|INTERVAL=\d{1,3}|BYDAY=(([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU),)*([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)|COUNT=\d{1,4}|UNTIL=\d{8}(T\d{6}Z?)?|WKST=(MO|SU))(;(FREQ=(DAILY|WEEKLY|MONTHLY)|INTERVAL=\d{1,3}|BYDAY=(([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU),)*([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)|COUNT=\d{1,4}|UNTIL=\d{8}(T\d{6}Z?)?|WKST=(MO|SU)))*$/,
  format: 'RRULE (FREQ=DAILY|WEEKLY|MONTHLY; INTERVAL, BYDAY, COUNT, UNTIL)',
  d: 'RFC 5545 recurrence rule, subset: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY, COUNT, UNTIL.',
});

export const EventLocation = object({
  name: optional(LocalizedText),
  address: optional(Address),
  municipality: optional(Kommunkod),
  geo: optional(GeoPoint),
  online: optional(HttpUrl),
});

export const CalendarEvent = object({
  id: Id,
  title: LocalizedText,
  description: optional(LocalizedText),
  start: DateOrDateTime,
  end: optional(DateOrDateTime),
  rrule: optional(RRule),
  exdates: optional(array(DateOrDateTime, 'Occurrences (their start) that do not take place.')),
  status: optional(enumOf(['scheduled', 'cancelled', 'changed', 'postponed'] as const, 'scheduled (default), cancelled, changed (time or place moved: say how in statusNote) or postponed (new date not yet known).')),
  statusNote: optional(LocalizedText),
  previousStart: optional(DateOrDateTime),
  rescheduledTo: optional({ ...Id, d: 'For a postponed, changed or cancelled event: the id of the event in this feed that replaces it (its new date). An unknown id is a warning.' }),
  category: optional(enumOf(EVENT_CATEGORIES)),
  areas: optional(array(Id, 'Ids of agreement areas or collaboration areas the event belongs to.')),
  location: optional(EventLocation),
  organizer: optional(Id),
  partners: optional(IdList),
  languages: optional(array(LanguageTag, 'Languages spoken at the event.')),
  audience: optional(array(enumOf(AUDIENCES))),
  accessibility: optional(LocalizedText),
  registration: optional(object({
    url: optional(HttpUrl),
    deadline: optional(DateOrDateTime),
    required: optional(boolean()),
    note: optional(LocalizedText),
  })),
  cost: optional(object({ free: boolean(), text: optional(LocalizedText) })),
  url: optional(HttpUrl),
  updated: optional(DateOnly),
  ...ExampleFlag,
});
export type CalendarEvent = Infer<typeof CalendarEvent>;

/** The `events` section: ids unique. */
export const Events = array(CalendarEvent, { uniqueBy: 'id' });
