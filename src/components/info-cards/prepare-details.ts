/**
 * What an opened card shows besides its title and summary, in the wanted
 * language: body, source, contact, links, recordings. Pure (no DOM, no Lit);
 * part of the details chunk. Prepared once per card view.
 */
import type { Media } from '../../feed/sections/info-cards.js';
import { pickText, type PickedText } from '../../internal/format.js';
import { primary } from '../../internal/language.js';
import type { CardView } from './prepare.js';

export interface CardContact {
  phone?: string;
  /** `tel:` address built from the phone number. */
  tel?: string;
  email?: string;
  url?: string;
  interpreter: boolean;
  hours?: PickedText;
}

export interface CardDetails {
  body: PickedText;
  /** True when the body is not in the wanted language (a notice is shown). */
  fallback: boolean;
  source?: PickedText;
  /** YYYY-MM-DD. */
  reviewed: string;
  contact?: CardContact;
  links: { title: PickedText; url: string }[];
  /** Recordings in the wanted language, else in the body's language. */
  media: Media[];
}

const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || primary(a) === primary(b);

/** `tel:` from a number as people write it: "0470-410 00" → "tel:0470-41000". */
export const telHref = (phone: string): string => `tel:${phone.replace(/[\s()]/g, '')}`;

const cache = new WeakMap<CardView, CardDetails>();

/** The details of a card view (cached: a view is rebuilt only when the feed or the language changes). */
export function prepareDetails(view: CardView): CardDetails {
  let details = cache.get(view);
  if (details) return details;
  const { card, want } = view;
  const body = pickText(card.body, want);
  const { contact } = card;
  const media = card.media ?? [];
  const inWanted = media.filter((m) => sameLanguage(m.lang, want));
  const sourceName = card.source ? view.orgs.get(card.source) : undefined;
  details = {
    body,
    fallback: body.fallback,
    source: sourceName === undefined ? undefined : pickText(sourceName, want),
    reviewed: card.reviewed,
    contact: contact && {
      phone: contact.phone,
      tel: contact.phone ? telHref(contact.phone) : undefined,
      email: contact.email,
      url: contact.url,
      interpreter: Boolean(contact.interpreter),
      hours: contact.hours === undefined ? undefined : pickText(contact.hours, want),
    },
    links: (card.links ?? []).map((l) => ({ title: pickText(l.title, want), url: l.url })),
    media: inWanted.length ? inWanted : media.filter((m) => sameLanguage(m.lang, body.lang)),
  };
  cache.set(view, details);
  return details;
}
