/**
 * The reader's choice of content language, shared by every info card on the
 * page: one module-level value, announced as a `samverkan-language-change`
 * event on `window` (so cards from a second copy of the script follow too).
 *
 * Remembered across visits only when the reader ticks "Remember my choice"
 * (localStorage `samverkan:content-lang`): Swedish public-sector guidance
 * (webbriktlinjer) is not to store anything about a visitor without need, and
 * a choice the reader asked us to keep is that need.
 */
import { LANGUAGE_TAG } from '../../feed/sections/common.js';

export const STORAGE_KEY = 'samverkan:content-lang';
export const LANGUAGE_CHANGE = 'samverkan-language-change';

export interface LanguageChangeDetail {
  /** The chosen language (BCP 47), or null when the choice was cleared (cards follow their page again). */
  lang: string | null;
  /** True when the choice is stored for later visits. */
  remember: boolean;
}

declare global {
  interface WindowEventMap {
    'samverkan-language-change': CustomEvent<LanguageChangeDetail>;
  }
}

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // blocked storage (privacy settings, sandboxed frame)
  }
};

function readStored(): string | null {
  try {
    const value = storage()?.getItem(STORAGE_KEY) ?? null;
    return value && LANGUAGE_TAG.test(value) ? value : null;
  } catch {
    return null;
  }
}

let chosen: string | null = readStored();
let remembered = chosen !== null;

if (typeof window !== 'undefined') {
  // Another copy of this module (a second script on the page) chose: follow it.
  window.addEventListener(LANGUAGE_CHANGE, (e) => {
    chosen = e.detail.lang;
    remembered = e.detail.remember;
  });
}

/** The reader's chosen content language, or null when none was chosen (cards use their own language). */
export const chosenLanguage = (): string | null => chosen;
/** True when the choice is stored for later visits. */
export const isRemembered = (): boolean => remembered;

/**
 * Sets the shared choice and tells every card. `remember: true` stores it,
 * `false` forgets a stored one, `undefined` (a shared link) leaves storage as
 * it is. Invalid tags are ignored.
 */
export function chooseLanguage(lang: string | null, remember?: boolean): void {
  if (lang !== null && !LANGUAGE_TAG.test(lang)) return;
  const keep = remember ?? remembered;
  if (lang === chosen && keep === remembered) return;
  if (remember !== undefined) {
    try {
      if (remember && lang) storage()?.setItem(STORAGE_KEY, lang);
      else storage()?.removeItem(STORAGE_KEY);
    } catch {
      // Full or blocked storage: the choice still holds for this page.
    }
  }
  window.dispatchEvent(new CustomEvent<LanguageChangeDetail>(LANGUAGE_CHANGE, { detail: { lang, remember: Boolean(keep && lang) } }));
}

/** Listens for choices; returns the unsubscribe function. */
export function onLanguageChange(listener: (detail: LanguageChangeDetail) => void): () => void {
  const handler = (e: CustomEvent<LanguageChangeDetail>) => listener(e.detail);
  window.addEventListener(LANGUAGE_CHANGE, handler);
  return () => window.removeEventListener(LANGUAGE_CHANGE, handler);
}

/** For tests: forget the choice without telling anyone. */
export function resetLanguageChoice(): void {
  chosen = null;
  remembered = false;
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    /* ignore */
  }
}

/** Reads `#samverkan-card=<id>&lang=<tag>` (either part may be missing). */
export function readCardFragment(hash: string): { card: string | null; lang: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const lang = params.get('lang');
  return { card: params.get('samverkan-card'), lang: lang && LANGUAGE_TAG.test(lang) ? lang : null };
}
