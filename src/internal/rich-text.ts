/**
 * Rich text from a feed, made safe: an allow-list sanitizer for the small
 * subset an info card's body may use (see docs/feed-info-cards.md).
 *
 * How: the browser's own HTML parser reads the text into an *inert* document
 * (`DOMParser`: scripts do not run, images do not load, event handlers are
 * never attached, nothing is inserted into the page). We then walk that tree
 * and build a *new* tree from scratch with `createElement`/`createTextNode`,
 * copying only allowed elements and the one allowed attribute (`href` on
 * `<a>`, only `http:`, `https:`, `mailto:`, `tel:` after `new URL()`).
 * Nothing is ever assigned to `innerHTML`, and no parsed node is ever moved
 * into the page, so what the browser parsed cannot reach the live document.
 *
 * - Allowed: p, h3, h4, ul, ol, li, a, strong, em, br (b and i are read as strong and em).
 * - Dropped with their content: script, style, iframe, svg, math, template,
 *   object, embed, form and the like, comments, and every element outside
 *   the HTML namespace.
 * - Any other element is unwrapped: its text is kept, the element is not.
 * - Headings are shifted under the card's own heading: h3 is one level below it, h4 two.
 *
 * Trusted Types: with `require-trusted-types-for 'script'`, Chromium makes
 * `DOMParser.parseFromString` demand a TrustedHTML value. We create one
 * policy, `samverkan`, whose `createHTML` passes the string through: this is
 * safe because its only caller is this module, which parses the value in an
 * inert document and never inserts it (only the rebuilt, allow-listed copy
 * reaches the page). A site that lists its policies must allow ours:
 * `trusted-types samverkan lit-html`. If the policy cannot be created, the
 * body is shown as plain text (tags removed), never as markup.
 */

const ALLOWED: Record<string, string> = { p: 'p', h3: 'h3', h4: 'h4', ul: 'ul', ol: 'ol', li: 'li', a: 'a', strong: 'strong', em: 'em', b: 'strong', i: 'em', br: 'br' };
/** Elements dropped with everything inside them (their text is code, styling or a foreign document). */
const DROP = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'svg', 'math', 'template', 'object', 'embed', 'form', 'noscript', 'noembed', 'noframes', 'textarea', 'select', 'button', 'input', 'title', 'head', 'xmp', 'plaintext', 'video', 'audio', 'canvas', 'img', 'picture', 'map', 'applet', 'meta', 'link', 'base', 'dialog']);
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const XHTML = 'http://www.w3.org/1999/xhtml';

export interface RichTextOptions {
  /** Level of the heading the text sits under (the card's title): h3 becomes level + 1, h4 level + 2 (at most 6). */
  headingLevel?: number;
  /** The document to create nodes in (default: `document`). */
  document?: Document;
}

type Policy = { createHTML(input: string): unknown };
const POLICY_KEY = Symbol.for('samverkan.trusted-types-policy');
let policy: Policy | null | undefined;

/** The `samverkan` Trusted Types policy; shared by every copy of the kit on the page, since a name may be created once. */
function trustedTypesPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const g = globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } } & Record<symbol, Policy | undefined>;
  policy = g[POLICY_KEY] ?? null;
  if (!policy && g.trustedTypes) {
    try {
      // Safe pass-through: the value is only parsed in an inert document, see above.
      policy = g[POLICY_KEY] = g.trustedTypes.createPolicy('samverkan', { createHTML: (input: string) => input });
    } catch {
      policy = null; // The page's CSP does not allow the name: plain text below.
    }
  }
  return policy;
}

/** Parses `html` into an inert document, or returns null when the page's Trusted Types rules forbid it. */
function parseInert(html: string): Document | null {
  const tt = (globalThis as { trustedTypes?: unknown }).trustedTypes;
  const p = trustedTypesPolicy();
  try {
    return new DOMParser().parseFromString((p ? p.createHTML(html) : html) as string, 'text/html');
  } catch {
    // Enforced Trusted Types without our policy: the string sink throws.
    if (tt) return null;
    throw new Error('[samverkan] could not parse rich text');
  }
}

/**
 * The sanitized rich text as a DocumentFragment of fresh nodes, ready to be
 * rendered by Lit as a node value.
 */
export function sanitizeRichText(html: string, options: RichTextOptions = {}): DocumentFragment {
  const doc = options.document ?? document;
  const out = doc.createDocumentFragment();
  if (!html) return out;
  const inert = parseInert(html);
  if (!inert) {
    appendPlainText(out, html, doc);
    return out;
  }
  const level = options.headingLevel ?? 2;
  copyChildren(inert.body, out, doc, level);
  return out;
}

function copyChildren(from: Node, to: Node, doc: Document, level: number): void {
  for (let node = from.firstChild; node; node = node.nextSibling) copyNode(node, to, doc, level);
}

function copyNode(node: Node, to: Node, doc: Document, level: number): void {
  const list = isList(to);
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    // A list may hold only items: its whitespace goes, stray text gets an item.
    if (list) {
      if (text.trim()) to.appendChild(doc.createElement('li')).append(doc.createTextNode(text));
    } else to.appendChild(doc.createTextNode(text));
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions
  const el = node as Element;
  const name = el.localName;
  if (el.namespaceURI !== XHTML || DROP.has(name)) return;
  let tag = ALLOWED[name];
  // An item outside a list is unwrapped (a stray <li> would be an invalid list item).
  if (tag === 'li' && !list) tag = '';
  if (!tag) {
    if (list) {
      const li = to.appendChild(doc.createElement('li'));
      copyChildren(el, li, doc, level);
    } else copyChildren(el, to, doc, level);
    return;
  }
  if (tag === 'h3' || tag === 'h4') tag = `h${Math.min(6, level + (tag === 'h3' ? 1 : 2))}`;
  let copy: Element;
  if (tag === 'a') {
    const href = safeHref(el.getAttribute('href'));
    if (!href) {
      copyChildren(el, list ? to.appendChild(doc.createElement('li')) : to, doc, level);
      return;
    }
    copy = doc.createElement('a');
    copy.setAttribute('href', href);
    // No Referer to other sites: the reader's page address is not theirs to know.
    if (href.startsWith('http')) copy.setAttribute('rel', 'noreferrer');
  } else copy = doc.createElement(tag);
  if (list && tag !== 'li') {
    to.appendChild(doc.createElement('li')).append(copy);
  } else to.appendChild(copy);
  if (tag !== 'br') copyChildren(el, copy, doc, level);
}

const isList = (node: Node): boolean => node.nodeName === 'UL' || node.nodeName === 'OL';

/** An absolute link with an allowed scheme, normalized by the URL parser (which also strips the tabs of `jav&#x09;ascript:`); else null. */
export function safeHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative or malformed: nothing to resolve it against
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Without a parser (Trusted Types forbid ours): paragraphs of plain text, tags removed. Text nodes only, so nothing can run. */
function appendPlainText(out: DocumentFragment, html: string, doc: Document): void {
  const blocks = html
    .replace(/<(script|style|template|svg|math|iframe|object)[\s\S]*?<\/\1\s*>/gi, '')
    .split(/<\/?(?:p|h\d|li|br|ul|ol)\b[^>]*>/i);
  for (const block of blocks) {
    const text = block
      .replace(/<[^>]*>?/g, '')
      .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, e: string) =>
        e[0] === '#' ? codePoint(/x/i.test(e[1]) ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? whole),
      )
      .trim();
    if (text) out.appendChild(doc.createElement('p')).append(doc.createTextNode(text));
  }
}

const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');
