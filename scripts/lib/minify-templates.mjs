/**
 * Minifies the text inside Lit's tagged templates at build time.
 *
 * A JS minifier leaves template literals alone: to it they are strings. Ours
 * carry the CSS of every component (with its comments, the "why" of each
 * rule) and indented HTML, which shipped verbatim until this step. The same
 * function runs in every build that measures or ships bytes (vite builds,
 * `npm run size`, the bench pages), so what is measured is what ships.
 *
 * - `css`: the whole literal goes through esbuild's CSS minifier (comments
 *   dropped, whitespace removed, shorthand kept as written). A literal with
 *   `${}` expressions is left as it is: no CSS of ours interpolates, and a
 *   hole could sit anywhere in the grammar.
 * - `html` / `svg`: in the static parts, source comments are dropped and
 *   every run of whitespace that contains a line break becomes one space.
 *   One space, not none: between inline elements it is visible text, and
 *   the DOM keeps the same nodes (tests counting nodes see no change). Text
 *   in <pre>, <textarea>, <script> or <style> would be changed, so a
 *   template holding one is skipped.
 *
 * The TypeScript parser finds the literals (it reads JS too); magic-string
 * keeps source maps right.
 */
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);
const WHITESPACE_SENSITIVE = /<(pre|textarea|script|style)\b/i;

/** The literal pieces of a template: [start, end) of each raw text, without the delimiters. */
function pieces(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(source) + 1, template.end - 1]];
  const out = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    const start = lit.getStart(source) + 1;
    out.push([start, ts.isTemplateTail(lit) ? lit.end - 1 : lit.end - 2]);
  }
  return out;
}

function minifyCss(text) {
  const out = transformSync(text, { loader: 'css', minify: true, legalComments: 'none', logLevel: 'silent' }).code.trim();
  // The result goes back between backticks: refuse anything that would end or open a hole.
  if (out.includes('`') || out.includes('${')) return text;
  return out;
}

function minifyHtml(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

/** `msg(html`…`)`: @lit/localize finds the translation by a hash of the template's strings, so they stay as written. */
const isLocalizedMessage = (node) =>
  ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'msg';

/**
 * @param {string} code TypeScript or JavaScript source
 * @param {string} id file name (for the parser's script kind and the source map)
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null} null when nothing changed
 */
export function minifyTemplates(code, id = 'input.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const kind = /\.[cm]?tsx?$/.test(id) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, kind);
  const s = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const tag = node.tag.text;
      const parts = pieces(node.template, source);
      const raw = parts.map(([a, b]) => code.slice(a, b));
      if (tag === 'css') {
        if (parts.length === 1 && raw[0].trim()) {
          const min = minifyCss(raw[0]);
          if (min !== raw[0]) {
            s.overwrite(parts[0][0], parts[0][1], min);
            changed = true;
          }
        }
      } else if (!isLocalizedMessage(node) && !raw.some((r) => WHITESPACE_SENSITIVE.test(r))) {
        parts.forEach(([a, b], i) => {
          const min = minifyHtml(raw[i]);
          if (min === raw[i] || a === b) return;
          s.overwrite(a, b, min);
          changed = true;
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!changed) return null;
  return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
}
