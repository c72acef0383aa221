/**
 * `infoCards`: civic and health information in many languages.
 * Documented for editors in docs/feed-info-cards.md (incl. the rich-text subset of `body`).
 */
import { array, boolean, enumOf, object, optional, string, type Infer } from '../schema-kit.js';
import { DateOnly, Email, ExampleFlag, HttpUrl, Id, LanguageTag, LocalizedText, Phone } from './common.js';

export const TOPICS = ['health', 'housing', 'work', 'school', 'rights', 'society', 'family', 'language', 'money'] as const;
export type Topic = (typeof TOPICS)[number];

export const Media = object({
  lang: LanguageTag,
  kind: enumOf(['audio', 'video'] as const),
  url: HttpUrl,
  mimeType: optional(string({ pattern: /^(audio|video)\/[\w.+-]+$/, format: 'media type' })),
  title: optional(string({ d: 'What the recording is, in its own language (e.g. "The text read aloud").' })),
  transcript: optional(string({ d: 'Plain-text transcript in the same language; blank lines separate paragraphs.' })),
  captions: optional(HttpUrl),
});
export type Media = Infer<typeof Media>;

export const InfoCard = object({
  id: Id,
  topic: enumOf(TOPICS),
  title: LocalizedText,
  summary: optional(LocalizedText),
  /** Rich text (p, h3, h4, ul, ol, li, a, strong, em, br) per language, sanitized at render by src/internal/rich-text.ts. */
  body: LocalizedText,
  source: optional(Id),
  reviewed: DateOnly,
  contact: optional(object({
    phone: optional(Phone),
    email: optional(Email),
    url: optional(HttpUrl),
    interpreter: optional(boolean('true when an interpreter can be booked.')),
    hours: optional(LocalizedText),
  })),
  links: optional(array(object({ title: LocalizedText, url: HttpUrl }))),
  media: optional(array(Media)),
  ...ExampleFlag,
});
export type InfoCard = Infer<typeof InfoCard>;


/** The `infoCards` section: ids unique. */
export const InfoCards = array(InfoCard, { uniqueBy: 'id' });
