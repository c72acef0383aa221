/** `organizations`: the partners, referred to by id from goals, events and cards. */
import { array, boolean, enumOf, object, optional, type Infer } from '../schema-kit.js';
import { Address, Email, ExampleFlag, GeoPoint, HttpUrl, Id, Kommunkod, LanguageTag, LocalizedText, Phone } from './common.js';

export const ORGANIZATION_TYPES = [
  'municipality',
  'region',
  'county-board',
  'government-agency',
  'university',
  'coordination-association',
  'civil-society',
  'employer',
  /** A network or collaboration platform of several organisations (MILSA, Partnerskap Skåne). */
  'network',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const Organization = object({
  id: Id,
  name: LocalizedText,
  shortName: optional(LocalizedText),
  type: enumOf(ORGANIZATION_TYPES, 'Kind of organisation.'),
  description: optional(LocalizedText),
  role: optional(LocalizedText),
  party: optional(boolean('true when the organisation signed the regional agreement.')),
  municipality: optional(Kommunkod),
  serves: optional(array(Kommunkod, 'Municipalities the organisation serves.')),
  location: optional(GeoPoint),
  address: optional(Address),
  openingHours: optional(LocalizedText),
  phone: optional(Phone),
  email: optional(Email),
  website: optional(HttpUrl),
  languages: optional(array(LanguageTag, 'Languages the organisation serves people in.')),
  collaborationAreas: optional(array(Id, 'Ids of the agreement\'s collaboration areas it works in.')),
  ...ExampleFlag,
});
export type Organization = Infer<typeof Organization>;

/** The `organizations` section: ids unique. */
export const Organizations = array(Organization, { uniqueBy: 'id' });
