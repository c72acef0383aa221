/**
 * Building blocks shared by every section of the feed contract.
 */
import { array, boolean, object, optional, record, ref, string, number, union, type Infer } from '../schema-kit.js';

/** BCP 47 language tag, loosely: `sv`, `ar`, `fa-AF`, `prs`, `sr-Latn`, `zh-Hant-TW`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?(-[a-z0-9]{5,8})*$/;

export const LanguageTag = string({ pattern: LANGUAGE_TAG, format: 'BCP 47 language tag', d: 'BCP 47 language tag, e.g. "sv", "ar", "fa-AF", "prs".' });

/**
 * Text in one or several languages: a plain string is Swedish; an object maps
 * BCP 47 tags to text. Readers get their language, else Swedish, else English.
 */
export const LocalizedText = ref(
  'LocalizedText',
  union([
    string({ d: 'Swedish text.' }),
    record(LANGUAGE_TAG, 'BCP 47 language tag', string(), 'Text per language, keyed by BCP 47 tag.'),
  ] as const),
  'Text: a string (Swedish) or an object keyed by BCP 47 language tag, e.g. {"sv": "…", "ar": "…"}.',
) as ReturnType<typeof ref<string | Readonly<Record<string, string>>>>;
export type LocalizedText = Infer<typeof LocalizedText>;

/** Stable identifier, referred to from other items (e.g. an event's organizer). */
export const Id = string({
  pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
  format: 'id',
  d: 'Stable identifier: letters, digits, ".", "_", ":", "-"; starts with a letter or digit.',
});

/** Official four-digit SCB kommunkod, kept as a string for its leading zero (0780 Växjö). */
export const Kommunkod = string({ pattern: /^\d{4}$/, format: 'kommunkod', d: 'Official four-digit municipality code (SCB kommunkod), e.g. "0780".' });

/** Two-digit county code (länskod): "07" Kronoberg, "12" Skåne, "13" Halland, "17" Värmland. */
export const Lanskod = string({ pattern: /^\d{2}$/, format: 'länskod', d: 'Two-digit county code (länskod), e.g. "07".' });

/** Calendar date, YYYY-MM-DD. */
export const DateOnly = string({ pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, format: 'date', d: 'Calendar date, YYYY-MM-DD.' });

/**
 * ISO 8601 date and time. With an offset (`Z`, `+01:00`) it is an instant;
 * without one it is local time in Europe/Stockholm.
 */
export const DateTime = string({
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/,
  format: 'date-time',
  d: 'ISO 8601 date and time: with an offset ("2025-03-30T10:00:00+02:00", "…Z") an instant; without one, local time in Europe/Stockholm.',
});

/** A date (all day) or a date and time. */
export const DateOrDateTime = string({
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/,
  format: 'date or date-time',
  d: 'A date, YYYY-MM-DD (all day), or an ISO 8601 date and time as in DateTime.',
});

/** Web address; only http and https are accepted, so a feed cannot smuggle `javascript:`. */
export const HttpUrl = string({ pattern: /^https?:\/\/[^\s]+$/i, format: 'uri', d: 'An http or https address.' });

export const Email = string({ pattern: /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, format: 'email', d: 'E-mail address.' });

/** Phone number as people write it: digits, spaces, +, -, parentheses; short service numbers (1177, 112) too. */
export const Phone = string({ pattern: /^\+?\d[\d\s()-]{2,24}$/, format: 'phone', d: 'Phone number, e.g. "0470-410 00", "+46 470 410 00", or a service number such as "1177".' });

/** WGS84 position. Bounds are Sweden with a margin, so a swapped lat/lon is caught. */
export const GeoPoint = ref(
  'GeoPoint',
  object({
    lat: number({ min: 54, max: 70, d: 'Latitude, WGS84 decimal degrees.' }),
    lon: number({ min: 9, max: 26, d: 'Longitude, WGS84 decimal degrees.' }),
  }),
  'A WGS84 position in Sweden.',
);
export type GeoPoint = Infer<typeof GeoPoint>;

export const Address = ref(
  'Address',
  object({
    street: optional(string({ d: 'Street and number.' })),
    postalCode: optional(string({ pattern: /^\d{3} ?\d{2}$/, format: 'postnummer', d: 'Swedish postal code, "352 30".' })),
    city: optional(string({ d: 'Postal town.' })),
    municipality: optional(Kommunkod),
  }),
  'Postal address.',
);
export type Address = Infer<typeof Address>;

export const IdList = array(Id);

/** Marks invented sample content (figures, future dates) so every component can label it. */
export const ExampleFlag = { example: optional(boolean('true when the item is invented example data; components label it.')) };

/** A dated note of who changed or checked something. */
export const Dated = { updated: optional(DateOnly) };
