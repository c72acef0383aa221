/**
 * Pure data preparation for info cards: which text each card shows for a
 * wanted language, which languages exist, which topics. No DOM, no Lit, so
 * `npm run bench` can time it apart from rendering. What only an opened card
 * shows is prepared by `prepare-details.ts`, in the details chunk.
 */
import type { Feed } from '../../feed/feed.js';
import type { LocalizedText } from '../../feed/sections/common.js';
import type { InfoCard, Topic } from '../../feed/sections/info-cards.js';
import { TOPICS } from '../../feed/sections/info-cards.js';
import { languagesOf, pickText, type PickedText } from '../../internal/format.js';
import { primary } from '../../internal/language.js';

/** What a closed card shows, in the wanted language; `prepareDetails` (details chunk) adds the rest when it is opened. */
export interface CardView {
  id: string;
  topic: Topic;
  example: boolean;
  /** The language asked for. */
  want: string;
  title: PickedText;
  summary?: PickedText;
  /** The card as the feed has it. */
  card: InfoCard;
  /** Organisation ids to their names (the card's source). */
  orgs: ReadonlyMap<string, LocalizedText>;
}

/** The kit's own languages first, in the order the region pages list them; others after, by tag. */
const ORDER = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];
export function orderLanguages(tags: Iterable<string>): string[] {
  const rank = (t: string) => {
    const i = ORDER.indexOf(t) < 0 ? ORDER.indexOf(primary(t)) : ORDER.indexOf(t);
    return i < 0 ? ORDER.length : i;
  };
  // Code-point order for the rest: tags are ASCII, and `localeCompare` builds a collator per call (11 ms for 200 cards).
  return [...new Set(tags)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** One card's view in `want`. `orgNames` maps organisation ids to their names. */
export function prepareCard(card: InfoCard, want: string, orgNames: ReadonlyMap<string, LocalizedText>): CardView {
  return {
    id: card.id,
    topic: card.topic,
    example: Boolean(card.example),
    want,
    title: pickText(card.title, want),
    summary: card.summary === undefined ? undefined : pickText(card.summary, want),
    card,
    orgs: orgNames,
  };
}

export const organizationNames = (feed: Feed): Map<string, LocalizedText> => new Map((feed.organizations ?? []).map((o) => [o.id, o.shortName ?? o.name]));

export interface CollectionView {
  /** Cards of the topic (all when topic is empty), in feed order. */
  cards: CardView[];
  /** Topics that have cards, in the contract's order. */
  topics: Topic[];
  /** Every language any card's body exists in, in display order. */
  languages: string[];
  /** Number of cards before the topic filter. */
  total: number;
}

/** The collection's view: all the work of a first render or a language switch except the DOM. */
export function prepareCollection(feed: Feed, want: string, topic: string): CollectionView {
  const all = feed.infoCards ?? [];
  const names = organizationNames(feed);
  const present = new Set<string>();
  const langs = new Set<string>();
  for (const card of all) {
    present.add(card.topic);
    for (const l of languagesOf(card.body)) langs.add(l);
  }
  const shown = topic ? all.filter((c) => c.topic === topic) : all;
  return {
    cards: shown.map((c) => prepareCard(c, want, names)),
    topics: TOPICS.filter((t) => present.has(t)),
    languages: orderLanguages(langs),
    total: all.length,
  };
}
