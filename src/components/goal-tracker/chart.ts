/**
 * Geometry of an indicator's small chart, as plain numbers and SVG path
 * strings: no DOM, no chart library, so it is unit-tested and benched alone.
 *
 * The chart shows the measurements (line and points), the baseline (point
 * and a faint horizontal line), the plan (straight line baseline → target),
 * the target (point and horizontal line) and, while the target date is ahead,
 * a dashed projection from the latest measurement at its pace so far.
 */
import { countedMeasurements, dayNumber, type Point, type StatusInput } from './status.js';

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Keeps the value axis within 0–100 (percent values). */
  percent?: boolean;
}

export interface XY {
  x: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Plot area: left, right, top, bottom, in SVG units. */
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; year: number }[];
  baseline: XY;
  target: XY;
  /** Measurement points in date order (the baseline-date one included when listed). */
  points: (XY & Point)[];
  line: string;
  plan: string;
  /** Dashed projection from the latest point to the target date, or '' when none. */
  projection: string;
  projected: XY | null;
}

const PAD = { left: 52, right: 14, top: 12, bottom: 24 };
/** Room between the value axis and the first point, so a label never touches a marker. */
const INSET = 8;

/** Round steps for an axis: 1, 2, 2.5 or 5 times a power of ten, about `count` of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((k) => k >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

export function chartGeometry(input: StatusInput, projectedValue: number | null, options: ChartOptions = {}): ChartGeometry {
  const width = options.width ?? 320;
  const height = options.height ?? 160;
  const plot = { left: PAD.left, right: width - PAD.right, top: PAD.top, bottom: height - PAD.bottom };
  const listed = (input.measurements ?? []).filter((m) => m.date >= input.baseline.date && Number.isFinite(m.value));
  const onBaseline = listed.filter((m) => m.date === input.baseline.date).slice(-1);
  const series = [...onBaseline, ...countedMeasurements(input)];
  const latest = series.at(-1);

  const days = [input.baseline.date, input.target.date, ...series.map((m) => m.date)].map(dayNumber);
  let x0 = Math.min(...days);
  let x1 = Math.max(...days);
  if (x1 - x0 < 1) {
    x0 -= 183;
    x1 += 183;
  }
  const values = [input.baseline.value, input.target.value, ...series.map((m) => m.value)];
  if (projectedValue !== null) values.push(projectedValue);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  lo -= span * 0.1;
  hi += span * 0.1;
  // Counts and shares below zero mean nothing; a share above 100 % neither.
  if (Math.min(...values) >= 0) lo = Math.max(lo, 0);
  if (options.percent) hi = Math.min(Math.max(hi, Math.max(...values)), 100);
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0]);
  hi = Math.max(hi, ticks.at(-1)!);

  const px = (d: number) => round(plot.left + INSET + ((d - x0) / (x1 - x0)) * (plot.right - plot.left - 2 * INSET));
  const py = (v: number) => round(plot.bottom - ((v - lo) / (hi - lo || 1)) * (plot.bottom - plot.top));
  const at = (p: Point): XY => ({ x: px(dayNumber(p.date)), y: py(p.value) });

  const points = series.map((m) => ({ ...m, ...at(m) }));
  const baseline = at(input.baseline);
  const target = at(input.target);
  const path = (ps: XY[]) => (ps.length ? 'M' + ps.map((p) => `${p.x} ${p.y}`).join('L') : '');
  const projected = latest && projectedValue !== null && latest.date < input.target.date ? at({ date: input.target.date, value: projectedValue }) : null;

  const years: { x: number; year: number }[] = [];
  const y0 = new Date(x0 * 864e5).getUTCFullYear();
  const y1 = new Date(x1 * 864e5).getUTCFullYear();
  const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 6));
  for (let y = y0; y <= y1; y += every) {
    // Mid-year: an annual figure dated 31 December sits at the end of its year's label.
    const d = Date.UTC(y, 6, 1) / 864e5;
    if (d >= x0 && d <= x1) years.push({ x: px(d), year: y });
  }
  return {
    width,
    height,
    plot,
    yTicks: ticks.filter((v) => v >= lo && v <= hi).map((value) => ({ value, y: py(value) })),
    xTicks: years,
    baseline,
    target,
    points,
    line: path(points),
    plan: path([baseline, target]),
    projection: projected && latest ? path([at(latest), projected]) : '',
    projected,
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;
