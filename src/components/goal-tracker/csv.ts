/**
 * The indicator data as CSV, for people who open it in Excel with Swedish
 * settings and for scripts alike (docs/feed-agreement.md, "Open data"):
 *
 * - UTF-8 with a byte-order mark, so Excel shows å, ä, ö and Arabic right;
 * - semicolon between fields and a decimal comma in values, as Swedish Excel
 *   (list separator ";") and SCB's own downloads expect; pandas reads it with
 *   `sep=";", decimal=","`;
 * - a field is quoted when it holds ; " CR or LF, quotes doubled (RFC 4180);
 * - CRLF line ends; dates as YYYY-MM-DD;
 * - one row per measurement, and one row with empty date and value for an
 *   indicator that has none, so every indicator shown is in the file;
 * - `example`: the word "Exempeldata" in the reader's language on a row of
 *   invented figures, empty otherwise.
 *
 * A chunk of its own: fetched when the reader presses the download button.
 */
import type { Indicator } from '../../feed/sections/agreement.js';
import type { LocalizedText } from '../../feed/sections/common.js';

export const CSV_COLUMNS = ['goal', 'indicator', 'unit', 'date', 'value', 'baseline', 'target', 'source', 'example'] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined>;

const BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written without grouping and with a decimal comma.
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  // A leading = + - @ would run as a formula in Excel: text that starts so is prefixed with an apostrophe.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.join(';'), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(';'))];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** One goal as the CSV sees it (the tracker's GoalModel fits). */
interface CsvGoal {
  goal: { title: LocalizedText };
  indicators: readonly { indicator: Indicator; all: boolean }[];
}

/** The rows of the goals shown: titles in the reader's language (`plain`), `exampleLabel` on rows of example figures. */
export function csvRows(goals: readonly CsvGoal[], plain: (text: LocalizedText | undefined) => string, exampleLabel: string): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const { goal, indicators } of goals) {
    for (const { indicator: i, all } of indicators) {
      const s = i.source;
      const source = s ? [plain(s.name), s.kolada && `Kolada ${s.kolada}`, s.scb && `SCB ${s.scb}`, s.url].filter(Boolean).join(', ') : '';
      const base = { goal: plain(goal.title), indicator: plain(i.title), unit: i.unit, baseline: i.baseline.value, target: i.target.value, source };
      const ms = i.measurements ?? [];
      if (ms.length === 0) rows.push({ ...base, date: '', value: null, example: all ? exampleLabel : '' });
      for (const m of ms) rows.push({ ...base, date: m.date, value: m.value, example: all || m.example ? exampleLabel : '' });
    }
  }
  return rows;
}

/** Saves the file through a download link: `<agreement>[-<area>][-<party>].csv`. */
export function save(blob: Blob, name: (string | null)[]): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.filter(Boolean).join('-')}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
