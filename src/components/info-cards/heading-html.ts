/**
 * `hx(level)` is Lit's `html` with `<hx>`…`</hx>` read as a heading of that
 * level (`<h1>`…`<h6>`), so a card's heading and its content can be one
 * template instead of one template per level with the content nested in it.
 *
 * Lit caches a template per strings array: each level gets its own array,
 * made once from the literal's strings (what lit/static-html does, with
 * `raw` set the same way, without its weight). The tag comes only from the
 * literal and the clamped level, never from data.
 */
import { html, type TemplateResult } from 'lit';

const cache = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

export const hx =
  (level: number) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    const n = Math.min(6, Math.max(1, Math.round(level) || 2));
    let byLevel = cache.get(strings);
    if (!byLevel) cache.set(strings, (byLevel = []));
    let s = byLevel[n];
    if (!s) {
      const mapped = strings.map((part) => part.replace(/<(\/?)hx(?=[\s>])/g, `<$1h${n}`)) as string[] & { raw?: readonly string[] };
      mapped.raw = mapped;
      byLevel[n] = s = mapped as unknown as TemplateStringsArray;
    }
    return html(s, ...values);
  };
