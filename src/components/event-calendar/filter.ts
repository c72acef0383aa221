/** Which events match the calendar's filters: pure, so the counts and the .ics of "what you see" agree. */
import type { Feed } from '../../feed/feed.js';
import type { CalendarEvent } from '../../feed/sections/events.js';
import type { LocalizedText } from '../../feed/sections/common.js';
import { primary } from '../../internal/language.js';

export interface Filters {
  /** Kommunkod. */
  municipality?: string | null;
  category?: string | null;
  /** Agreement area or collaboration area id. */
  area?: string | null;
  /** Event language (BCP 47). */
  language?: string | null;
  audience?: string | null;
  mode?: 'online' | 'in-person' | string | null;
  /** Free text. */
  q?: string | null;
}

export const municipalityOf = (e: CalendarEvent): string | undefined => e.location?.municipality ?? e.location?.address?.municipality;

export const isOnline = (e: CalendarEvent): boolean => !!e.location?.online;

export const isInPerson = (e: CalendarEvent): boolean => {
  const l = e.location;
  return !!(l && (l.name || l.address || l.municipality || l.geo));
};

/** Dari and Persian are one written language for most readers: a filter for either finds both. */
const sameLanguage = (a: string, b: string): boolean => {
  const pa = primary(a) === 'prs' ? 'fa' : primary(a);
  const pb = primary(b) === 'prs' ? 'fa' : primary(b);
  return pa === pb;
};

/** Lower case, without diacritics: "vaxjo" finds "Växjö". */
export const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const texts = (t: LocalizedText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : Object.values(t).join(' '));

const haystacks = new WeakMap<CalendarEvent, string>();
function haystack(e: CalendarEvent, orgNames: Map<string, string>): string {
  let h = haystacks.get(e);
  if (h === undefined) {
    const l = e.location;
    h = fold(
      [texts(e.title), texts(e.description), texts(l?.name), l?.address?.street, l?.address?.city, e.organizer && orgNames.get(e.organizer), texts(e.statusNote)]
        .filter(Boolean)
        .join(' '),
    );
    haystacks.set(e, h);
  }
  return h;
}

/** Organisation names in every language, for the free-text search. */
export function organizationNames(feed: Feed | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const o of feed?.organizations ?? []) map.set(o.id, [texts(o.name), texts(o.shortName)].join(' '));
  return map;
}

export const hasFilters = (f: Filters): boolean => !!(f.municipality || f.category || f.area || f.language || f.audience || f.mode || f.q?.trim());

/**
 * Events matching every filter that is set. An event without a municipality
 * but with an online link passes a municipality filter: anyone can join it.
 */
export function filterEvents<T extends CalendarEvent>(events: readonly T[], f: Filters, orgNames: Map<string, string> = new Map()): T[] {
  if (!hasFilters(f)) return events as T[];
  const words = f.q ? fold(f.q).split(/\s+/).filter(Boolean) : [];
  return events.filter((e) => {
    if (f.municipality) {
      const m = municipalityOf(e);
      if (m ? m !== f.municipality : !isOnline(e)) return false;
    }
    if (f.category && e.category !== f.category) return false;
    if (f.area && !e.areas?.includes(f.area)) return false;
    if (f.language && !e.languages?.some((l) => sameLanguage(l, f.language!))) return false;
    if (f.audience && !e.audience?.includes(f.audience as never)) return false;
    if (f.mode === 'online' && !isOnline(e)) return false;
    if (f.mode === 'in-person' && !isInPerson(e)) return false;
    if (words.length) {
      const h = haystack(e, orgNames);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}
