/** Public entry for feed publishers and developers: the contract, its types and the validator. */
export { FEED_VERSION, FeedSchema, parseFeed, validateFeed, type Feed, type ValidationResult } from './feed.js';
export type { FeedProblem, ProblemCode, Severity } from './schema-kit.js';
export type { LocalizedText, GeoPoint, Address } from './sections/common.js';
export { ORGANIZATION_TYPES, type Organization, type OrganizationType } from './sections/organizations.js';
export { INDICATOR_UNITS, REPORTED_STATUSES, type Agreement, type Area, type CollaborationArea, type Goal, type Indicator, type Measurement, type Report } from './sections/agreement.js';
export { AUDIENCES, EVENT_CATEGORIES, type Audience, type CalendarEvent, type EventCategory } from './sections/events.js';
export { TOPICS, type InfoCard, type Topic } from './sections/info-cards.js';
export type { Municipality, Region } from './sections/region.js';
