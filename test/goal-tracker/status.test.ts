import { expect } from '@open-wc/testing';
import { countedMeasurements, countStatuses, goalStatus, indicatorStatus, periodElapsed, stockholmToday, type StatusInput } from '../../src/components/goal-tracker/status.js';
import { toStockholm } from '../../src/internal/format.js';
import { chartGeometry, niceTicks } from '../../src/components/goal-tracker/chart.js';
import { csvField, toCsv } from '../../src/components/goal-tracker/csv.js';

/** Baseline 30 at 2020-01-01, target 50 at 2030-01-01 (ten years, two a year planned). */
const up = (measurements: { date: string; value: number }[], over: Partial<StatusInput> = {}): StatusInput => ({
  direction: 'increase',
  baseline: { date: '2020-01-01', value: 30 },
  target: { date: '2030-01-01', value: 50 },
  measurements,
  ...over,
});
const at = (date: string, value: number) => ({ date, value });
/** The plan's value at 2025-01-01 is 40 (half the period, 3653 days of which 1827 gone: 40.003). */
const MID = '2025-01-01';

describe('status rule (status.ts)', () => {
  it('has no data without measurements', () => {
    expect(indicatorStatus(up([])).status).to.equal('no-data');
    expect(indicatorStatus({ ...up([]), measurements: undefined }).status).to.equal('no-data');
  });

  it('has no data when the only measurement is on the baseline date', () => {
    const s = indicatorStatus(up([at('2020-01-01', 30)]));
    expect(s.status).to.equal('no-data');
    expect(s.progress).to.equal(0);
  });

  it('judges a single measurement after the baseline against the plan', () => {
    const s = indicatorStatus(up([at(MID, 40)]));
    expect(s.status).to.equal('on-track');
    expect(s.expected).to.be.closeTo(40, 0.01);
    expect(s.progress).to.be.closeTo(0.5, 0.01);
  });

  it('is on track at 90 % of planned progress and at risk just below', () => {
    // planned progress 10.003 → 90 % is 9.0027 above baseline
    expect(indicatorStatus(up([at(MID, 39.01)])).status).to.equal('on-track');
    expect(indicatorStatus(up([at(MID, 38.99)])).status).to.equal('at-risk');
  });

  it('is at risk at 60 % of planned progress and off track just below', () => {
    expect(indicatorStatus(up([at(MID, 36.01)])).status).to.equal('at-risk');
    expect(indicatorStatus(up([at(MID, 35.99)])).status).to.equal('off-track');
  });

  it('is off track when the value moved the wrong way', () => {
    const s = indicatorStatus(up([at('2020-06-01', 29.9)]));
    expect(s.status).to.equal('off-track');
    expect(s.progress).to.equal(0);
  });

  it('judges the latest measurement by date, whatever the order in the feed', () => {
    expect(indicatorStatus(up([at(MID, 40), at('2022-01-01', 20)])).status).to.equal('on-track');
    expect(indicatorStatus(up([at('2022-01-01', 20), at(MID, 30)])).latest!.value).to.equal(30);
  });

  it('takes the last listed of two on the latest date, and ignores measurements on or before the baseline date or not finite', () => {
    expect(indicatorStatus(up([at(MID, 35), at(MID, 41), at('2019-06-01', 45)])).latest!.value).to.equal(41);
    expect(indicatorStatus(up([at('2021-01-01', 45), at('2022-01-01', Number.NaN)])).latest!.value).to.equal(45);
    expect(indicatorStatus(up([at('2020-06-01', 31), at('2020-01-01', 45)])).latest!.value).to.equal(31);
    // The status rule and the chart (countedMeasurements) agree on which measurement is the latest.
    const ms = [at('2023-01-01', 33), at('2021-01-01', 44), at('2023-01-01', 36), at('2019-01-01', 50)];
    expect(indicatorStatus(up(ms)).latest).to.equal(countedMeasurements(up(ms)).at(-1));
  });

  it('is achieved when the latest value meets the target, before the target date too', () => {
    expect(indicatorStatus(up([at('2023-01-01', 50)])).status).to.equal('achieved');
    expect(indicatorStatus(up([at('2023-01-01', 50)])).progress).to.equal(1);
    expect(indicatorStatus(up([at('2031-01-01', 55)])).status).to.equal('achieved');
  });

  it('is off track once the target date is measured without meeting the target', () => {
    // 49 at the target date is 95 % of the way: near, but the date has passed.
    expect(indicatorStatus(up([at('2030-01-01', 49)])).status).to.equal('off-track');
    expect(indicatorStatus(up([at('2031-06-01', 49.9)])).status).to.equal('off-track');
  });

  it('judges by the latest measurement, not by the calendar: a figure from before the target date still counts as such', () => {
    const s = indicatorStatus(up([at('2029-01-01', 48)]));
    expect(s.status).to.equal('on-track');
    expect(s.projected).to.be.greaterThan(48);
  });

  it('turns the comparisons round when lower is better', () => {
    const down = (v: number, date = MID) =>
      indicatorStatus({ direction: 'decrease', baseline: at('2020-01-01', 100), target: at('2030-01-01', 60), measurements: [at(date, v)] }).status;
    expect(down(80)).to.equal('on-track'); // planned 80
    expect(down(83)).to.equal('at-risk'); // 17 of 20 planned = 0.85
    expect(down(89)).to.equal('off-track'); // 0.55
    expect(down(101)).to.equal('off-track'); // the wrong way
    expect(down(60)).to.equal('achieved');
    expect(down(59)).to.equal('achieved');
    expect(down(61, '2030-06-01')).to.equal('off-track');
  });

  it('treats target equal to baseline as "hold the line": achieved while kept, off track when worse', () => {
    const hold = (v: number) => indicatorStatus(up([at(MID, v)], { target: at('2030-01-01', 30) }));
    expect(hold(30).status).to.equal('achieved');
    expect(hold(31).status).to.equal('achieved');
    expect(hold(29).status).to.equal('off-track');
    expect(hold(29).progress).to.equal(0);
  });

  it('handles a zero-length period (target date on or before the baseline date)', () => {
    const same = (v: number) => indicatorStatus(up([at('2020-06-01', v)], { target: at('2020-01-01', 50) })).status;
    expect(same(50)).to.equal('achieved');
    expect(same(45)).to.equal('off-track');
  });

  it('counts a goal as the worst of its indicators with data, achieved only when all are', () => {
    expect(goalStatus([])).to.equal('no-data');
    expect(goalStatus(['no-data', 'no-data'])).to.equal('no-data');
    expect(goalStatus(['on-track', 'at-risk', 'no-data'])).to.equal('at-risk');
    expect(goalStatus(['on-track', 'off-track'])).to.equal('off-track');
    expect(goalStatus(['achieved', 'achieved'])).to.equal('achieved');
    expect(goalStatus(['achieved', 'no-data'])).to.equal('on-track');
    expect(goalStatus(['achieved', 'at-risk'])).to.equal('at-risk');
  });

  it('counts statuses with every key present', () => {
    expect(countStatuses(['on-track', 'on-track', 'no-data'])).to.deep.equal({ achieved: 0, 'on-track': 2, 'at-risk': 0, 'off-track': 0, 'no-data': 1 });
  });

  it('measures the time elapsed in a period, end date inclusive', () => {
    expect(periodElapsed('2019-01-01', '2025-12-31', '2018-05-01')).to.equal(0);
    expect(periodElapsed('2019-01-01', '2025-12-31', '2026-11-23')).to.equal(1);
    expect(periodElapsed('2019-01-01', '2025-12-31', '2022-07-02')).to.be.closeTo(0.5, 0.001);
  });

  it("knows today's date in Stockholm as Intl does, across summer-time changes and midnight", () => {
    const intl = (t: number) => {
      const z = toStockholm(t);
      return `${z.year}-${String(z.month).padStart(2, '0')}-${String(z.day).padStart(2, '0')}`;
    };
    // Every half hour around each change of 2024–2027 and around new year, and every 7 h 13 min over 2026.
    const instants: number[] = [];
    for (const [y, m, d] of [[2024, 2, 31], [2024, 9, 27], [2025, 2, 30], [2025, 9, 26], [2026, 2, 29], [2026, 9, 25], [2027, 2, 28], [2027, 9, 31], [2026, 11, 31]]) {
      for (let h = -26; h <= 26; h += 0.5) instants.push(Date.UTC(y, m, d) + h * 36e5);
    }
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 26e6) instants.push(t);
    const wrong = instants.filter((t) => stockholmToday(t) !== intl(t)).map((t) => new Date(t).toISOString());
    expect(wrong).to.deep.equal([]);
    expect(stockholmToday(Date.UTC(2026, 6, 1, 22, 30))).to.equal('2026-07-02');
    expect(stockholmToday(Date.UTC(2026, 0, 1, 22, 30))).to.equal('2026-01-01');
  });
});

describe('chart geometry (chart.ts)', () => {
  it('chooses round ticks', () => {
    expect(niceTicks(0, 100)).to.deep.equal([0, 25, 50, 75, 100]);
    expect(niceTicks(27, 53)).to.deep.equal([30, 40, 50]);
    expect(niceTicks(5, 5)).to.deep.equal([5]);
  });

  it('places the points in date order inside the plot, with the projection ending at the target date', () => {
    const input = up([at('2020-01-01', 30), at('2024-01-01', 36), at('2022-01-01', 33)]);
    const s = indicatorStatus(input);
    const g = chartGeometry(input, s.projected, { width: 300, height: 150, percent: true });
    expect(g.points.map((p) => p.value)).to.deep.equal([30, 33, 36]);
    for (const p of g.points) {
      expect(p.x).to.be.within(g.plot.left, g.plot.right);
      expect(p.y).to.be.within(g.plot.top, g.plot.bottom);
    }
    expect(g.points[0].x).to.be.lessThan(g.points[1].x);
    expect(g.projected!.x).to.equal(g.target.x);
    expect(g.projection).to.match(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(g.line.startsWith('M')).to.equal(true);
    // higher value, smaller y
    expect(g.points[2].y).to.be.lessThan(g.points[0].y);
    expect(g.xTicks.map((t) => t.year)).to.include(2024);
  });

  it('draws no projection without data or once the target date is measured', () => {
    const none = up([]);
    expect(chartGeometry(none, indicatorStatus(none).projected).projection).to.equal('');
    const late = up([at('2030-06-01', 45)]);
    expect(chartGeometry(late, indicatorStatus(late).projected).projection).to.equal('');
  });

  it('copes with a single date and equal values', () => {
    const flat: StatusInput = { direction: 'increase', baseline: at('2020-01-01', 5), target: at('2020-01-01', 5), measurements: [] };
    const g = chartGeometry(flat, null);
    expect(Number.isFinite(g.baseline.x) && Number.isFinite(g.baseline.y)).to.equal(true);
  });
});

describe('CSV (csv.ts)', () => {
  it('quotes fields with separators, quotes and line breaks, and writes a decimal comma', () => {
    expect(csvField('a;b')).to.equal('"a;b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('a, b')).to.equal('a, b');
    expect(csvField(41.5)).to.equal('41,5');
    expect(csvField(-3)).to.equal('-3');
    expect(csvField(null)).to.equal('');
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+46')).to.equal("'+46");
  });

  it('starts with a BOM and the header, and ends lines with CRLF', () => {
    const text = toCsv([{ goal: 'Mål', indicator: 'Ökning', unit: 'percent', date: '2024-12-31', value: 43, baseline: 30, target: 45, source: 'Kolada', example: 'Exempeldata' }]);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.slice(1).split('\r\n')).to.deep.equal(['goal;indicator;unit;date;value;baseline;target;source;example', 'Mål;Ökning;percent;2024-12-31;43;30;45;Kolada;Exempeldata', '']);
  });
});
