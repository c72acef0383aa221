/**
 * schema.org Event data for search engines, as one JSON-LD document. The
 * element puts it in its light DOM as a `<script type="application/ld+json">`
 * whose text is set with textContent (never parsed as HTML).
 */
import type { Feed } from '../../feed/feed.js';
import { pickText } from '../../internal/format.js';
import { offsetAt } from './days.js';
import { isInPerson, isOnline } from './filter.js';
import type { Occurrence } from './expand.js';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  changed: 'https://schema.org/EventRescheduled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

/** ISO 8601 with Stockholm's offset, as search engines want local times. */
function isoLocal(ms: number, allDay: boolean): string {
  const offset = offsetAt(ms);
  const iso = new Date(ms + offset).toISOString();
  return allDay ? iso.slice(0, 10) : `${iso.slice(0, 19)}+0${offset / 3600000}:00`;
}

export function eventJsonLd(occurrences: readonly Occurrence[], feed: Feed, lang: string): object {
  const orgs = new Map((feed.organizations ?? []).map((o) => [o.id, o]));
  const munis = new Map((feed.region?.municipalities ?? []).map((m) => [m.code, m.name]));
  const graph = occurrences.map((o) => {
    const e = o.event;
    const l = e.location;
    const places: object[] = [];
    if (isInPerson(e)) {
      const municipality = l?.municipality ?? l?.address?.municipality;
      places.push({
        '@type': 'Place',
        name: pickText(l?.name, lang).text || l?.address?.city || (municipality ? munis.get(municipality) : undefined) || undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: l?.address?.street,
          postalCode: l?.address?.postalCode,
          addressLocality: l?.address?.city ?? (municipality ? munis.get(municipality) : undefined),
          addressCountry: 'SE',
        },
        geo: l?.geo ? { '@type': 'GeoCoordinates', latitude: l.geo.lat, longitude: l.geo.lon } : undefined,
      });
    }
    if (isOnline(e)) places.push({ '@type': 'VirtualLocation', url: l!.online });
    const org = e.organizer ? orgs.get(e.organizer) : undefined;
    const title = pickText(e.title, lang);
    return {
      '@type': 'Event',
      name: title.text,
      description: pickText(e.description, lang).text || undefined,
      startDate: isoLocal(o.start, o.allDay),
      endDate: o.end > o.start ? isoLocal(o.allDay ? o.end - 86400000 : o.end, o.allDay) : undefined,
      eventStatus: STATUS[e.status ?? 'scheduled'],
      eventAttendanceMode: `https://schema.org/${isOnline(e) && isInPerson(e) ? 'Mixed' : isOnline(e) ? 'Online' : 'Offline'}EventAttendanceMode`,
      location: places.length === 1 ? places[0] : places,
      inLanguage: e.languages?.length ? e.languages : undefined,
      organizer: org ? { '@type': 'Organization', name: pickText(org.name, lang).text, url: org.website } : undefined,
      isAccessibleForFree: e.cost ? e.cost.free : undefined,
      url: e.url ?? e.registration?.url,
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON safe to place in a script element even if the page is later serialized as HTML. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The calendar's `<script type="application/ld+json" data-samverkan="event-calendar">` (made, or `script` updated)
 * for these occurrences. Its JSON is a text node: never parsed as HTML. Under Trusted Types setting a script's
 * textContent throws; a text child of a script that is not executable (application/ld+json) is allowed.
 */
export function jsonLdScript(script: HTMLScriptElement | null, occurrences: readonly Occurrence[], feed: Feed, lang: string): HTMLScriptElement {
  const el = script ?? document.createElement('script');
  el.type = 'application/ld+json';
  el.dataset.samverkan = 'event-calendar';
  el.dataset.lang = lang;
  el.replaceChildren(document.createTextNode(jsonLdText(eventJsonLd(occurrences, feed, lang))));
  (el as unknown as { _for?: unknown })._for = feed.events;
  return el;
}
