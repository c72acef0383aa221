/**
 * Which language an element speaks, and when that changes.
 *
 * An element's language is its own `lang`, else the nearest ancestor's `lang`
 * (crossing shadow roots, so a widget inside another widget follows it), else
 * the document's, else Swedish. Two widgets on one page can so speak two
 * languages at once.
 *
 * One MutationObserver for the whole page watches `lang` attributes and tells
 * every connected listener: a `lang` change on `<html>` or on a section must
 * re-render the widgets inside it, and a page may hold dozens of them.
 */

/** Languages written right to left. `Intl.Locale#getTextInfo` would tell, but Firefox lacks it. */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ckb', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);

export const DEFAULT_LANG = 'sv';

/** The primary subtag, lower-cased: `fa-AF` → `fa`, `sv-SE` → `sv`. */
export const primary = (tag: string): string => tag.split('-')[0].toLowerCase();

export function directionOf(tag: string): 'ltr' | 'rtl' {
  const lang = primary(tag);
  // Kurdish and Azerbaijani are written in both scripts; the script subtag decides.
  if (/-arab\b/i.test(tag)) return 'rtl';
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** Walks up from `el` across shadow roots to the nearest element with a non-empty `lang`. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.trim();
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.getAttribute('lang')?.trim() || DEFAULT_LANG;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute on the page changes. Returns
 * the unsubscribe function. The observer exists only while someone listens.
 */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Native names of the languages the kit knows, for language pickers (R17: each named in itself). */
export const NATIVE_NAMES: Record<string, string> = {
  sv: 'Svenska',
  'sv-x-lattlast': 'Lättläst svenska',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  prs: 'دری',
  'fa-AF': 'دری',
  ps: 'پښتو',
  so: 'Soomaali',
  ti: 'ትግርኛ',
  uk: 'Українська',
  ru: 'Русский',
  ckb: 'کوردیی ناوەندی',
  kmr: 'Kurmancî',
  bs: 'Bosanski',
  sr: 'Српски',
  fi: 'Suomi',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pl: 'Polski',
  tr: 'Türkçe',
  am: 'አማርኛ',
};

/** A language's own name for itself, from the table or from Intl. */
export function nativeName(tag: string): string {
  if (NATIVE_NAMES[tag]) return NATIVE_NAMES[tag];
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An odd tag from a feed: show it as it is.
  }
  return tag;
}
