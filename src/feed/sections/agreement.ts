/**
 * `agreement`: the regional agreement, its areas, goals and indicators.
 *
 * `example: true` marks invented figures at any level: the agreement, an
 * area, a collaboration area, a goal, an indicator, a report or a single
 * measurement. It holds for everything inside what it marks (an example
 * goal's indicators and measurements are examples too).
 */
import { array, enumOf, number, object, optional, string, type Infer } from '../schema-kit.js';
import { DateOnly, ExampleFlag, HttpUrl, Id, IdList, LocalizedText } from './common.js';

export const Measurement = object({
  date: DateOnly,
  value: number(),
  note: optional(LocalizedText),
  ...ExampleFlag,
});
export type Measurement = Infer<typeof Measurement>;

export const INDICATOR_UNITS = ['percent', 'count', 'people', 'days', 'months', 'sek', 'ratio', 'other'] as const;

export const Indicator = object({
  id: Id,
  title: LocalizedText,
  description: optional(LocalizedText),
  unit: enumOf(INDICATOR_UNITS, 'Unit of the values; "percent" values are 0–100.'),
  unitLabel: optional(LocalizedText),
  direction: enumOf(['increase', 'decrease'] as const, 'Whether higher ("increase") or lower ("decrease") is better.'),
  baseline: object({ date: DateOnly, value: number() }),
  target: object({ date: DateOnly, value: number() }),
  measurements: optional(array(Measurement)),
  source: optional(object({
    name: LocalizedText,
    url: optional(HttpUrl),
    kolada: optional(string({ pattern: /^[A-Z]\d{5}$/, format: 'Kolada KPI id', d: 'Kolada KPI id, e.g. "N00914".' })),
    scb: optional(string({ d: 'SCB table id.' })),
  })),
  updated: optional(DateOnly),
  ...ExampleFlag,
});
export type Indicator = Infer<typeof Indicator>;

export const REPORTED_STATUSES = ['on-track', 'at-risk', 'off-track', 'achieved'] as const;

/** For goals that are activities with no number: a status a named reporter stated on a date, with an account. */
export const Report = object({
  status: enumOf(REPORTED_STATUSES),
  date: DateOnly,
  text: LocalizedText,
  reporter: LocalizedText,
  ...ExampleFlag,
});
export type Report = Infer<typeof Report>;

export const Goal = object({
  id: Id,
  area: Id,
  title: LocalizedText,
  description: optional(LocalizedText),
  responsible: optional(IdList),
  collaborationAreas: optional(IdList),
  indicators: optional(array(Indicator, { uniqueBy: 'id' })),
  report: optional(Report),
  ...ExampleFlag,
});
export type Goal = Infer<typeof Goal>;

export const Area = object({ id: Id, title: LocalizedText, description: optional(LocalizedText), ...ExampleFlag });
export type Area = Infer<typeof Area>;

export const CollaborationArea = object({
  id: Id,
  area: Id,
  title: LocalizedText,
  description: optional(LocalizedText),
  lead: optional(IdList),
  report: optional(Report),
  ...ExampleFlag,
});
export type CollaborationArea = Infer<typeof CollaborationArea>;

export const Agreement = object({
  id: Id,
  title: LocalizedText,
  summary: optional(LocalizedText),
  period: object({ start: DateOnly, end: DateOnly }),
  parties: optional(IdList),
  documentUrl: optional(HttpUrl),
  areas: optional(array(Area, { uniqueBy: 'id' })),
  collaborationAreas: optional(array(CollaborationArea, { uniqueBy: 'id' })),
  goals: optional(array(Goal, { uniqueBy: 'id' })),
  ...ExampleFlag,
});
export type Agreement = Infer<typeof Agreement>;
