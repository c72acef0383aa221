/**
 * WCAG 2.1 colour contrast (success criteria 1.4.3 and 1.4.11): relative
 * luminance and contrast ratio of sRGB colours, for the embed code
 * generator's warning when a chosen theme colour fails AA.
 *
 * https://www.w3.org/TR/WCAG21/#dfn-relative-luminance (the 0.04045 threshold
 * of IEC 61966-2-1; WCAG's own text says 0.03928, which gives the same result
 * for every 8-bit value).
 */

export type Rgb = readonly [r: number, g: number, b: number];

/** AA minimums: normal text 4.5:1, large text and user-interface components/graphics 3:1. */
export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;
export const AA_UI = 3;

/** Parses `#rgb`, `#rrggbb` (and `#rgba`/`#rrggbbaa`, alpha ignored) or `rgb(r g b)` / `rgb(r, g, b)`; null otherwise. */
export function parseColor(input: string): Rgb | null {
  const s = input.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4})$/.exec(s);
  if (m) {
    const [r, g, b] = [...m[1]].slice(0, 3).map((c) => parseInt(c + c, 16));
    return [r, g, b];
  }
  m = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)) as unknown as Rgb;
  m = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(s);
  if (m) {
    const rgb = [m[1], m[2], m[3]].map(Number);
    return rgb.every((v) => v <= 255) ? (rgb as unknown as Rgb) : null;
  }
  return null;
}

const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio of two colours, 1 to 21 (order does not matter). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const ca = typeof a === 'string' ? parseColor(a) : a;
  const cb = typeof b === 'string' ? parseColor(b) : b;
  if (!ca || !cb) return NaN;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastCheck {
  /** What the pair is used for, e.g. 'text on surface'. */
  pair: string;
  foreground: string;
  background: string;
  ratio: number;
  /** The minimum it must reach. */
  required: number;
  passes: boolean;
}

/** Rounds a ratio down to two decimals for display (never shows a failing 4.497 as "4.50"). */
export const formatRatio = (ratio: number): string => (Math.floor(ratio * 100) / 100).toFixed(2);

export function checkPair(pair: string, foreground: string, background: string, required: number): ContrastCheck {
  const ratio = contrastRatio(foreground, background);
  return { pair, foreground, background, ratio, required, passes: Number.isFinite(ratio) && ratio >= required };
}

export interface ThemeColors {
  accent: string;
  onAccent?: string;
  text: string;
  surface: string;
  surfaceAlt?: string;
  muted?: string;
}

/**
 * The pairs the components actually draw with a theme's colours, each with
 * its AA minimum: text and links are normal-size text (4.5:1); button
 * borders, focus rings and map markers are UI components (3:1).
 */
export function checkTheme(theme: ThemeColors): ContrastCheck[] {
  const onAccent = theme.onAccent ?? '#ffffff';
  const checks = [
    checkPair('text on surface', theme.text, theme.surface, AA_TEXT),
    checkPair('accent (links, buttons) on surface', theme.accent, theme.surface, AA_TEXT),
    checkPair('text on accent (primary buttons)', onAccent, theme.accent, AA_TEXT),
  ];
  if (theme.surfaceAlt) {
    checks.push(checkPair('text on alternate surface', theme.text, theme.surfaceAlt, AA_TEXT));
    checks.push(checkPair('accent on alternate surface', theme.accent, theme.surfaceAlt, AA_UI));
  }
  if (theme.muted) checks.push(checkPair('muted text on surface', theme.muted, theme.surface, AA_TEXT));
  return checks;
}

/** Black or white, whichever contrasts more with `background`: a suggestion for `--samverkan-color-on-accent`. */
export function bestOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}
