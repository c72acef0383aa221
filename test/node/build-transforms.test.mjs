// The build step that minifies CSS and HTML inside Lit's template literals (scripts/lib/minify-templates.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/lib/minify-templates.mjs';

const run = (code, id = 'src/x.ts') => minifyTemplates(code, id)?.code ?? code;

test('css: comments and whitespace go, declarations and !important stay', () => {
  const out = run("const s = css`\n  /* why */\n  :host {\n    display: block !important;\n    color: var(--x, #fff);\n  }\n  @media (forced-colors: active) {\n    .a { border: 1px solid CanvasText; }\n  }\n`;");
  assert.equal(out, 'const s = css`:host{display:block!important;color:var(--x, #fff)}@media(forced-colors:active){.a{border:1px solid CanvasText}}`;');
});

test('html: whitespace with a line break becomes one space, comments go, holes stay where they were', () => {
  const out = run('const t = html`\n  <ul>\n    <!-- keyed -->\n    <li class="a\n      b">${x}</li>\n  </ul>\n`;');
  assert.equal(out, 'const t = html` <ul> <li class="a b">${x}</li> </ul> `;');
});

test('html: text on one line keeps its spaces (inline elements stay apart)', () => {
  assert.equal(run('html`<b>a</b> <i>b</i>`'), 'html`<b>a</b> <i>b</i>`');
});

test('msg(html`…`) stays as written: its translation is found by a hash of the strings', () => {
  const code = 'msg(html`Senast\n   granskad ${d}`)';
  assert.equal(run(code), code);
});

test('a template with <pre> is left alone', () => {
  const code = 'html`<pre>\n  a\n    b</pre>`';
  assert.equal(run(code), code);
});

test('a css literal with an expression is left alone', () => {
  const code = 'css`\n  .a { color: ${c}; }\n`';
  assert.equal(run(code), code);
});

test('other tags and plain templates are left alone', () => {
  const code = 'str`a\n   b`; const t = `x\n   y`;';
  assert.equal(run(code), code);
});

// The contract's descriptions, dropped from browser bundles (scripts/lib/strip-schema-docs.mjs).
import { stripSchemaDocs } from '../../scripts/lib/strip-schema-docs.mjs';
import { transformSource } from '../../scripts/lib/build-transforms.mjs';

test('schema descriptions go, in every position a builder takes one; patterns and formats stay', () => {
  const code = [
    "const A = enumOf(['a', 'b'] as const, 'Kind.');",
    "const B = object({ x: optional(boolean('Flag.')) }, 'An ' + 'object.');",
    "const C = string({ pattern: /^x$/, format: 'x', d: 'Described.', maxLength: 3 });",
    "const D = array(Item, { uniqueBy: 'id', d: `Items.` });",
    "const E = array(Item, 'Items.');",
    "const F = record(/^a$/, 'key', Value, 'Map.');",
    "const G = ref('Name', Target, 'Ref.');",
    "const H = string({ d: 'Only.' });",
  ].join('\n');
  const out = stripSchemaDocs(code, 'src/feed/sections/x.ts').code;
  assert.equal(out, [
    "const A = enumOf(['a', 'b'] as const);",
    "const B = object({ x: optional(boolean()) });",
    "const C = string({ pattern: /^x$/, format: 'x', maxLength: 3 });",
    "const D = array(Item, { uniqueBy: 'id' });",
    "const E = array(Item);",
    "const F = record(/^a$/, 'key', Value);",
    "const G = ref('Name', Target);",
    "const H = string({ });",
  ].join('\n'));
});

test('the build transforms each kind of source once: contract docs in src/feed, templates elsewhere, nothing in src/generated', () => {
  assert.equal(transformSource("object({}, 'D.')", '/r/src/feed/sections/a.ts').code, 'object({})');
  assert.equal(transformSource("object({}, 'D.')", '/r/src/components/x/y.ts'), null);
  assert.equal(transformSource('css`\n a { }`', '/r/src/generated/locales/ar.ts'), null);
  assert.equal(transformSource('css`\n .a { color: red; }`', '/r/src/components/x/y.ts').code, 'css`.a{color:red}`');
});

test('a description last in its options, with a trailing comma, leaves valid code', () => {
  const out = stripSchemaDocs("string({\n  format: 'id',\n  d: 'Id.',\n});", 'src/feed/x.ts').code;
  assert.equal(out, "string({\n  format: 'id',\n});");
});
