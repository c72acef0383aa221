/**
 * The feed contract v1: one JSON document per region. This module is the one
 * source of truth: the TypeScript types are inferred from it, `validateFeed`
 * checks against it, and `npm run schema` writes schema/feed.schema.json from it.
 */
import { integer, object, optional, string, type Infer } from './schema-kit.js';
import { Agreement } from './sections/agreement.js';
import { Events } from './sections/events.js';
import { InfoCards } from './sections/info-cards.js';
import { Organizations } from './sections/organizations.js';
import { Region } from './sections/region.js';
import { FEED_VERSION, validateSections, type SectionSchemas, type ValidationResult } from './validate.js';

export { FEED_VERSION, type ValidationResult } from './validate.js';

/** Every section of the contract, for validating a whole feed. */
export const ALL_SECTIONS: SectionSchemas = { region: Region, organizations: Organizations, agreement: Agreement, events: Events, infoCards: InfoCards };

export const FeedSchema = object(
  {
    $schema: optional(string({ d: 'URL of this JSON Schema, for editors.' })),
    version: integer({ min: 1, max: FEED_VERSION, d: 'Contract version; this library reads version 1.' }),
    region: optional(Region),
    organizations: optional(Organizations),
    agreement: optional(Agreement),
    events: optional(Events),
    infoCards: optional(InfoCards),
  },
  'A samverkan feed: one region\'s partners, agreement, events and info cards.',
);
export type Feed = Infer<typeof FeedSchema>;

/**
 * Validates a whole parsed feed. Never throws. Invalid items are dropped and
 * reported; their siblings are kept. Unknown fields are ignored with a warning.
 */
export const validateFeed = (input: unknown): ValidationResult => validateSections(input, ALL_SECTIONS);

/** Parses and validates feed text; invalid JSON is one problem, not an exception. */
export function parseFeed(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      feed: null,
      problems: [{ path: '', severity: 'error', code: 'json', message: `The feed is not valid JSON: ${(error as Error).message}`, params: { detail: (error as Error).message } }],
    };
  }
  return validateFeed(json);
}

export type { FeedProblem } from './schema-kit.js';
