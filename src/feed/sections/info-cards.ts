/** `infoCards`: civic and health information in many languages. */
import { array, boolean, enumOf, object, optional, string, type Infer } from '../schema-kit.js';
import { DateOnly, Email, HttpUrl, Id, LanguageTag, LocalizedText, Phone } from './common.js';

export const TOPICS = ['health', 'housing', 'work', 'school', 'rights', 'society', 'family', 'language', 'money'] as const;
export type Topic = (typeof TOPICS)[number];

export const Media = object({
  lang: LanguageTag,
  kind: enumOf(['audio', 'video'] as const),
  url: HttpUrl,
  mimeType: optional(string({ pattern: /^(audio|video)\/[\w.+-]+$/, format: 'media type' })),
  transcript: optional(string({ d: 'Plain-text transcript in the same language.' })),
  captions: optional(HttpUrl),
});

export const InfoCard = object({
  id: Id,
  topic: enumOf(TOPICS),
  title: LocalizedText,
  summary: optional(LocalizedText),
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
});
export type InfoCard = Infer<typeof InfoCard>;
