/**
 * The status rule: how an indicator's figures become "on track", "at risk",
 * "off track", "achieved" or "no data", and how a goal's status follows from
 * its indicators. Pure functions, no DOM: the element, the CSV export, the
 * docs (docs/feed-agreement.md, "Status") and the bench all use these.
 *
 * The rule, for an indicator with baseline (b at date B), target (g at date G)
 * and direction s (+1 when higher is better, −1 when lower is better):
 *
 * 1. Only measurements dated after B count (one on B is the baseline itself).
 *    None → `no-data`.
 * 2. The latest measurement (v at date t; the last listed wins a tie) is judged.
 * 3. `achieved` when v meets the target: s·(v − g) ≥ 0.
 * 4. `off-track` when t ≥ G (the target date has been measured) and v does
 *    not meet the target; also when s·(g − b) ≤ 0 (nothing to gain: the target
 *    equals the baseline or lies on the wrong side) and v does not meet it.
 * 5. The plan is the straight line from (B, b) to (G, g). Its share of the
 *    period at t is f = clamp((t − B) / (G − B), 0, 1); a zero-length period
 *    (G ≤ B) gives f = 1. Expected value e = b + (g − b)·f.
 * 6. `off-track` when v moved the wrong way: s·(v − b) < 0.
 * 7. `on-track` when v meets the plan: s·(v − e) ≥ 0 (this covers f = 0).
 * 8. Else ratio r = s·(v − b) / s·(e − b): r ≥ 0.9 `on-track`,
 *    0.6 ≤ r < 0.9 `at-risk`, r < 0.6 `off-track`.
 *
 * Dates are judged by their measurement, not by today's date: official
 * statistics arrive a year or more after the period they describe, so the
 * calendar alone would mark goals off track before their figure exists.
 */
import type { Indicator } from '../../feed/sections/agreement.js';

export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** Worst first: the order of severity, and the order the summary lists them in reverse. */
export const SEVERITY: readonly Status[] = ['off-track', 'at-risk', 'on-track', 'achieved', 'no-data'];
/** Display order, best first. */
export const STATUSES: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'];

export const ON_TRACK_RATIO = 0.9;
export const AT_RISK_RATIO = 0.6;

export interface Point {
  date: string;
  value: number;
}

/** What the rule needs of an indicator (the feed's Indicator fits). */
export interface StatusInput {
  direction: 'increase' | 'decrease';
  baseline: Point;
  target: Point;
  measurements?: readonly Point[];
}

export interface IndicatorStatus {
  status: Status;
  /** The judged measurement, or null with no data. */
  latest: Point | null;
  /** The plan's value at the latest measurement's date. */
  expected: number | null;
  /** Share of the baseline→target period elapsed at the latest measurement, 0–1. */
  elapsed: number | null;
  /** Actual progress over planned progress (direction-aware), or null when undefined. */
  ratio: number | null;
  /** Progress from baseline to target, clamped to 0–1: the progress bar. */
  progress: number;
  /** Where the current pace (baseline → latest) reaches at the target date; null when past it or no data. */
  projected: number | null;
}

/** Days since 1970 of a YYYY-MM-DD date, in UTC: calendar arithmetic without time zones. */
export const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The measurements that count (after the baseline date), in date order. */
export function countedMeasurements(input: StatusInput): Point[] {
  const b = input.baseline.date;
  return (input.measurements ?? [])
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.date > b && Number.isFinite(m.value))
    .sort((x, y) => (x.m.date < y.m.date ? -1 : x.m.date > y.m.date ? 1 : x.i - y.i))
    .map(({ m }) => m);
}

export function indicatorStatus(input: StatusInput): IndicatorStatus {
  const s = input.direction === 'decrease' ? -1 : 1;
  const b = input.baseline.value;
  const g = input.target.value;
  // The last of countedMeasurements(input), in one pass without sorting or copying (200 indicators on a first render).
  let latest: Point | null = null;
  for (const m of input.measurements ?? []) if (m.date > input.baseline.date && Number.isFinite(m.value) && !(latest && m.date < latest.date)) latest = m;
  const gap = s * (g - b);
  if (!latest) return { status: 'no-data', latest: null, expected: null, elapsed: null, ratio: null, progress: 0, projected: null };

  const v = latest.value;
  const B = dayNumber(input.baseline.date);
  const G = dayNumber(input.target.date);
  const t = dayNumber(latest.date);
  const f = G > B ? clamp01((t - B) / (G - B)) : 1;
  const expected = b + (g - b) * f;
  const progressMade = s * (v - b);
  const planned = s * (expected - b);
  const ratio = planned > 0 ? progressMade / planned : null;
  const met = s * (v - g) >= 0;
  const progress = met ? 1 : gap > 0 ? clamp01(progressMade / gap) : 0;
  const projected = t < G && t > B ? b + ((v - b) * (G - B)) / (t - B) : null;
  const base = { latest, expected, elapsed: f, ratio, progress, projected };

  let status: Status;
  if (met) status = 'achieved';
  else if (t >= G || gap <= 0 || progressMade < 0) status = 'off-track';
  else if (s * (v - expected) >= 0) status = 'on-track';
  else if (ratio !== null && ratio >= ON_TRACK_RATIO) status = 'on-track';
  else if (ratio !== null && ratio >= AT_RISK_RATIO) status = 'at-risk';
  else status = 'off-track';
  return { ...base, status };
}

/** An indicator with what the tracker derives from it: its status and example marks. */
export interface IndicatorModel {
  indicator: Indicator;
  status: IndicatorStatus;
  /** Some of its figures are example data (its own flag, inherited, or a measurement's). */
  example: boolean;
  /** All of its figures are example data (its own flag or inherited from goal, area or agreement). */
  all: boolean;
}

/** The model of an indicator; `inherited` when its goal, the goal's area or the agreement is marked example. */
export function indicatorModel(indicator: Indicator, inherited = false): IndicatorModel {
  const all = inherited || !!indicator.example;
  return { indicator, status: indicatorStatus(indicator), all, example: all || !!indicator.measurements?.some((m) => m.example) };
}

/**
 * A goal's status from its indicators' statuses: `achieved` only when every
 * indicator is achieved; otherwise the worst of those with data (an achieved
 * indicator then counts as on track); `no-data` when none has data (or there
 * are no indicators).
 */
export function goalStatus(statuses: readonly Status[]): Status {
  const withData: Status[] = statuses.filter((x) => x !== 'no-data');
  if (withData.length === 0) return 'no-data';
  if (withData.length === statuses.length && withData.every((x) => x === 'achieved')) return 'achieved';
  for (const x of SEVERITY) if (withData.includes(x)) return x === 'achieved' ? 'on-track' : x;
  return 'no-data';
}

/** Counts per status; keys are every status, so a zero count is there to show. */
export function countStatuses(statuses: readonly Status[]): Record<Status, number> {
  const counts = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 } as Record<Status, number>;
  for (const x of statuses) counts[x]++;
  return counts;
}

/** Share of the period [start, end] elapsed on `today` (all YYYY-MM-DD), 0–1; end is inclusive. */
export function periodElapsed(start: string, end: string, today: string): number {
  const S = dayNumber(start);
  const E = dayNumber(end) + 1;
  return E > S ? clamp01((dayNumber(today) - S) / (E - S)) : 1;
}

/**
 * Today's date (YYYY-MM-DD) in Stockholm, by the EU summer-time rule
 * (Directive 2000/84/EC: UTC+2 from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October, else UTC+1). Plain arithmetic, so
 * the first render loads no time-zone data; test/goal-tracker/status.test.ts
 * checks it against Intl's Europe/Stockholm hour by hour across the changes.
 */
export function stockholmToday(now = Date.now()): string {
  const y = new Date(now).getUTCFullYear();
  // The last Sunday of month m (0-based), 01:00 UTC.
  const lastSunday = (m: number): number => {
    const end = Date.UTC(y, m + 1, 0, 1);
    return end - new Date(end).getUTCDay() * 864e5;
  };
  const summer = now >= lastSunday(2) && now < lastSunday(9);
  return new Date(now + (summer ? 2 : 1) * 36e5).toISOString().slice(0, 10);
}
