/**
 * CMS-proof embedding: placeholders that survive editors which strip unknown
 * elements or scripts are upgraded to samverkan elements by the script.
 *
 *   <div data-samverkan="event-calendar" data-src="https://example.se/feed.json" data-lang="ar">
 *     <a href="https://example.se/kalender">Kalender för nyanlända</a>
 *   </div>
 *
 * becomes `<samverkan-event-calendar src="…" lang="ar">` in the same place.
 *
 * The mapping (documented in docs/embedding.md):
 * - `data-samverkan="<name>"` → the element `samverkan-<name>`; only the kit's
 *   own elements (`EMBED_NAMES`) are allowed, anything else is left alone.
 * - `data-<attr>="v"` → attribute `<attr>="v"`, for the attributes the
 *   element's class observes (its `observedAttributes`: `src`, `lang`,
 *   `timeout`, `debug` and the component's own filters). Other `data-*`
 *   attributes (a CMS adds its own, e.g. `data-mce-*`) are ignored.
 * - The placeholder's own `id`, `class`, `lang`, `dir` and `title` are kept.
 * - `data-theme-<token>="v"` → the custom property `--samverkan-<token>` on
 *   the element, set through the CSSOM (allowed by a strict CSP, unlike a
 *   `style` attribute or a `<style>` block), for the tokens in `THEME_TOKENS`
 *   and values the browser accepts for that kind of property.
 * - The placeholder's children (the fallback link, shown when scripts are
 *   blocked or fail) move into the element inside `<div slot="fallback">`.
 *   No component renders a `fallback` slot, so the fallback is not shown
 *   (nor read by screen readers) once the element is upgraded, whatever the
 *   host page's CSS says; it stays in the light DOM for reader modes and
 *   search engines, and shows again if the element is ever left undefined.
 * - The placeholder itself is replaced (not wrapped): a theme rule such as
 *   `div { display: none }` or a CMS wrapper style cannot hide the widget.
 *   An upgraded placeholder is marked `data-samverkan-upgraded`, so two
 *   copies of the script (or two versions) never upgrade it twice.
 *
 * Pure DOM code with no registration, so it is testable with any element
 * classes; src/samverkan.ts and src/autoloader.ts use it.
 */

/** The names `data-samverkan` accepts, each meaning the element `samverkan-<name>`. */
export const EMBED_NAMES = ['event-calendar', 'partner-map', 'goal-tracker', 'info-cards', 'info-card'] as const;
export type EmbedName = (typeof EMBED_NAMES)[number];

/** Attributes of the placeholder itself (not `data-*`) that move to the element. */
export const KEPT_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title'] as const;

/** Theme tokens a placeholder may set (`data-theme-<token>`), with the kind of value each takes. */
export const THEME_TOKENS: Record<string, 'color' | 'length' | 'outline' | 'font-family'> = {
  'color-accent': 'color',
  'color-on-accent': 'color',
  'color-text': 'color',
  'color-muted': 'color',
  'color-surface': 'color',
  'color-surface-alt': 'color',
  'color-border': 'color',
  'color-success': 'color',
  'color-warning': 'color',
  'color-danger': 'color',
  'focus-ring': 'outline',
  'focus-offset': 'length',
  radius: 'length',
  space: 'length',
  'font-family': 'font-family',
  'font-size': 'length',
  'min-height': 'length',
};

const SAMPLE_PROPERTY = { color: 'color', length: 'width', outline: 'outline', 'font-family': 'font-family' } as const;

/**
 * The custom properties a placeholder's `data-theme-*` attributes set: known
 * tokens only, values the browser accepts for that kind of property (no
 * `url()`, no `;`).
 */
export function mapTheme(attributes: Iterable<{ name: string; value: string }>): [string, string][] {
  const out: [string, string][] = [];
  for (const { name, value } of attributes) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('data-theme-')) continue;
    const token = lower.slice('data-theme-'.length);
    const kind = THEME_TOKENS[token];
    const v = value.trim();
    if (!kind || !v || /url\(|[;{}]/i.test(v) || !CSS.supports(SAMPLE_PROPERTY[kind], v)) continue;
    out.push([`--samverkan-${token}`, v]);
  }
  return out;
}

export const PLACEHOLDER_SELECTOR = '[data-samverkan]:not([data-samverkan-upgraded])';
export const UPGRADED_MARK = 'data-samverkan-upgraded';

export interface EmbedOptions {
  /** Names allowed in `data-samverkan`; default `EMBED_NAMES`. */
  names?: readonly string[];
  /** Prefix of the tag; default `samverkan-`. */
  prefix?: string;
  /**
   * Called for a tag that is not defined yet (the autoloader loads its chunk
   * here); the placeholder is upgraded once the tag is defined. Without it an
   * undefined tag's placeholder is left as it is.
   */
  load?: (tag: string) => Promise<unknown>;
}

/** The tag a `data-samverkan` value asks for, or null when it is not one of ours. Accepts `event-calendar` and `samverkan-event-calendar`. */
export function tagFor(value: string | null, options: EmbedOptions = {}): string | null {
  const prefix = options.prefix ?? 'samverkan-';
  const names = options.names ?? EMBED_NAMES;
  const name = (value ?? '').trim().toLowerCase().replace(new RegExp(`^${prefix}`), '');
  return names.includes(name) ? prefix + name : null;
}

/** The attributes an element of `tag` accepts: its class's `observedAttributes`, or null when the tag is not defined. */
export function allowedAttributes(tag: string): Set<string> | null {
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor) return null;
  return new Set((ctor.observedAttributes ?? []).map((a) => a.toLowerCase()));
}

/**
 * The attributes the element gets from a placeholder: `data-x` → `x` for
 * each `x` in `allowed`, plus the kept attributes. Pure: works on any
 * attribute list, for the generator and the tests too.
 */
export function mapAttributes(attributes: Iterable<{ name: string; value: string }>, allowed: ReadonlySet<string>): [string, string][] {
  const out = new Map<string, string>();
  const own = new Map<string, string>();
  for (const { name, value } of attributes) {
    const lower = name.toLowerCase();
    if (lower === 'data-samverkan' || lower === UPGRADED_MARK) continue;
    if (lower.startsWith('data-')) {
      const attr = lower.slice(5);
      if (allowed.has(attr)) out.set(attr, value);
    } else if ((KEPT_ATTRIBUTES as readonly string[]).includes(lower)) {
      own.set(lower, value);
    }
  }
  // `data-lang` wins over the placeholder's own `lang` (it is the documented way).
  for (const [name, value] of own) if (!out.has(name)) out.set(name, value);
  return [...out];
}

/**
 * Replaces one placeholder by its element. Returns the element, or null when
 * the placeholder is not ours, was upgraded already, or its tag is not
 * defined yet.
 */
export function upgradePlaceholder(placeholder: Element, options: EmbedOptions = {}): HTMLElement | null {
  if (placeholder.hasAttribute(UPGRADED_MARK) || !placeholder.parentNode) return null;
  const tag = tagFor(placeholder.getAttribute('data-samverkan'), options);
  if (!tag) return null;
  const allowed = allowedAttributes(tag);
  if (!allowed) return null;

  placeholder.setAttribute(UPGRADED_MARK, '');
  const doc = placeholder.ownerDocument;
  const el = doc.createElement(tag);
  for (const [name, value] of mapAttributes(placeholder.attributes, allowed)) el.setAttribute(name, value);
  for (const [property, value] of mapTheme(placeholder.attributes)) el.style.setProperty(property, value);
  if (placeholder.hasChildNodes()) {
    const fallback = doc.createElement('div');
    fallback.setAttribute('slot', 'fallback');
    fallback.setAttribute('data-samverkan-fallback', '');
    fallback.append(...placeholder.childNodes);
    el.append(fallback);
  }
  placeholder.replaceWith(el);
  return el;
}

/** The placeholders in `root` (and `root` itself when it is one). */
export function findPlaceholders(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(PLACEHOLDER_SELECTOR)];
  if (root instanceof Element && root.matches(PLACEHOLDER_SELECTOR)) found.unshift(root);
  return found;
}

/**
 * Upgrades every placeholder in `root`. Placeholders whose tag is not defined
 * are upgraded after `options.load(tag)` defines it. Resolves with the
 * elements made (the synchronous ones are in place before it returns).
 */
export function upgradePlaceholders(root: ParentNode, options: EmbedOptions = {}): Promise<HTMLElement[]> {
  const made: HTMLElement[] = [];
  const pending: Promise<void>[] = [];
  for (const placeholder of findPlaceholders(root)) {
    const tag = tagFor(placeholder.getAttribute('data-samverkan'), options);
    if (!tag) continue;
    if (customElements.get(tag)) {
      const el = upgradePlaceholder(placeholder, options);
      if (el) made.push(el);
    } else if (options.load) {
      pending.push(
        options
          .load(tag)
          .then(() => customElements.whenDefined(tag))
          .then(() => {
            const el = upgradePlaceholder(placeholder, options);
            if (el) made.push(el);
          })
          .catch((error) => console.error(`[samverkan] could not load <${tag}>; the placeholder's fallback stays.`, error)),
      );
    }
  }
  return Promise.all(pending).then(() => made);
}

const WATCHED = Symbol.for('samverkan.embed.watched');

/**
 * Upgrades the placeholders in `root` now (or when the document has been
 * parsed) and those added later. Once per root per page, whichever copy of
 * the script comes first: a second call returns false and does nothing.
 */
export function watchPlaceholders(root: Document | Element = document, options: EmbedOptions = {}): boolean {
  const store = globalThis as unknown as Record<symbol, WeakSet<object> | undefined>;
  const watched = (store[WATCHED] ??= new WeakSet<object>());
  if (watched.has(root)) return false;
  watched.add(root);

  const start = () => {
    void upgradePlaceholders(root, options);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) void upgradePlaceholders(node, options);
        // A CMS that sets data-samverkan on an existing element (live editors do).
        if (record.type === 'attributes' && record.target instanceof Element) void upgradePlaceholders(record.target, options);
      }
    }).observe(root instanceof Document ? root.documentElement : root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-samverkan'],
    });
  };
  const doc = root instanceof Document ? root : root.ownerDocument;
  // A classic script in <head> runs before the placeholders (and their fallbacks) are parsed.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return true;
}
