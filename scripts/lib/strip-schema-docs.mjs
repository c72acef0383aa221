/**
 * Drops the descriptions (`d`) from the feed contract's descriptors at build time.
 *
 * Each descriptor in src/feed/ carries a sentence for the JSON Schema and the
 * docs (`enumOf(values, 'Kind of organisation.')`, `string({ d: '…' })`).
 * Only the build-time writer of schema/feed.schema.json reads them, and it
 * reads the sources; in a browser bundle they were about half a kilobyte
 * gzipped per component. The validator's messages use `format`, never `d`.
 *
 * Where a builder takes its description (schema-kit.ts):
 *   boolean(d), anyValue(d), enumOf(values, d), object(shape, d), union(members, d),
 *   array(item, d | { d }), ref(name, target, d), record(key, keyFormat, value, d),
 *   string({ d }), number({ d }), integer({ d }).
 */
import MagicString from 'magic-string';
import ts from 'typescript';

/** Builder name → index of its description argument (a string there, or an options object with `d`). */
const DESCRIPTION_ARG = { boolean: 0, anyValue: 0, enumOf: 1, object: 1, union: 1, array: 1, ref: 2, record: 3, string: 0, number: 0, integer: 0 };

const isText = (node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || (ts.isBinaryExpression(node) && isText(node.left) && isText(node.right));

/**
 * @param {string} code a module of the feed contract
 * @param {string} id its file name
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null} null when it has no description
 */
export function stripSchemaDocs(code, id = 'input.ts') {
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const s = new MagicString(code);
  let changed = false;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && Object.hasOwn(DESCRIPTION_ARG, node.expression.text)) {
      const i = DESCRIPTION_ARG[node.expression.text];
      const arg = node.arguments[i];
      if (arg && isText(arg)) {
        // From the end of the argument before it (or the opening parenthesis) to the end of this one.
        const start = i > 0 ? node.arguments[i - 1].end : arg.getStart(source);
        s.remove(start, arg.end);
        changed = true;
      } else if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const [j, prop] of arg.properties.entries()) {
          if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name) || prop.name.text !== 'd' || !isText(prop.initializer)) continue;
          // With the comma that separates it: the one after it, or before it when it is last (a trailing comma may follow).
          const next = arg.properties[j + 1];
          const prev = arg.properties[j - 1];
          if (next) s.remove(prop.getStart(source), next.getStart(source));
          else if (prev) s.remove(prev.end, prop.end);
          else s.remove(prop.getStart(source), arg.end - 1);
          changed = true;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) } : null;
}
