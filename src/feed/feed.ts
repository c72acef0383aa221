/**
 * The feed contract v1: one JSON document per region. This module is the one
 * source of truth: the TypeScript types are inferred from it, `validateFeed`
 * checks against it, and `npm run schema` writes schema/feed.schema.json from it.
 */
import { array, check, CheckContext, inputIndex, integer, INVALID, object, optional, string, type FeedProblem, type Infer } from './schema-kit.js';
import { Agreement } from './sections/agreement.js';
import { CalendarEvent } from './sections/events.js';
import { InfoCard } from './sections/info-cards.js';
import { Organization } from './sections/organizations.js';
import { Region } from './sections/region.js';

export const FEED_VERSION = 1;

export const FeedSchema = object(
  {
    $schema: optional(string({ d: 'URL of this JSON Schema, for editors.' })),
    version: integer({ min: 1, d: 'Contract version; this library reads version 1.' }),
    region: optional(Region),
    organizations: optional(array(Organization, { uniqueBy: 'id' })),
    agreement: optional(Agreement),
    events: optional(array(CalendarEvent, { uniqueBy: 'id' })),
    infoCards: optional(array(InfoCard, { uniqueBy: 'id' })),
  },
  'A samverkan feed: one region\'s partners, agreement, events and info cards.',
);
export type Feed = Infer<typeof FeedSchema>;

export interface ValidationResult {
  /** The usable part of the feed, or `null` when nothing can be used (not JSON, not an object, unsupported version). */
  feed: Feed | null;
  problems: FeedProblem[];
}

/**
 * Validates a parsed feed. Never throws. Invalid items are dropped and
 * reported; their siblings are kept. Unknown fields are ignored with a warning.
 */
export function validateFeed(input: unknown): ValidationResult {
  const ctx = new CheckContext();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    ctx.report('type', 'The feed must be a JSON object.', { expected: 'object', found: input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input });
    return { feed: null, problems: ctx.problems };
  }
  const version = (input as { version?: unknown }).version;
  if (version !== undefined && version !== FEED_VERSION) {
    ctx.report('version', `Feed version ${JSON.stringify(version)} is not supported; this library reads version ${FEED_VERSION}.`, { version: String(JSON.stringify(version)), supported: FEED_VERSION }, 'error', 'version');
    return { feed: null, problems: ctx.problems };
  }
  const checked = check(FeedSchema, version === undefined ? { ...input, version: FEED_VERSION } : input, ctx);
  if (version === undefined) {
    // Read on as version 1: dropping a whole feed for a missing number would lose everything.
    ctx.report('required', `Required field "version" is missing; read as version ${FEED_VERSION}.`, { field: 'version' }, 'error', 'version');
  }
  const feed = checked === INVALID ? null : checkReferences(checked, ctx);
  return { feed, problems: ctx.problems };
}

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

/**
 * Ids that point at organisations and areas should exist: an unknown
 * reference is kept but warned about (the item is still useful). Duplicate
 * ids are dropped by the arrays' `uniqueBy` during the check itself.
 */
function checkReferences(feed: Feed, ctx: CheckContext): Feed {
  const orgIds = new Set((feed.organizations ?? []).map((o) => o.id));
  const areaIds = new Set([
    ...(feed.agreement?.areas ?? []).map((a) => a.id),
    ...(feed.agreement?.collaborationAreas ?? []).map((a) => a.id),
  ]);
  const warnUnknown = (id: string, known: Set<string>, kind: string, path: string) => {
    // Without the section there is nothing to check against: an events-only feed may name partners defined elsewhere.
    if (known.size > 0 && !known.has(id)) {
      ctx.problems.push({ path, severity: 'warning', code: 'reference', message: `No ${kind} has the id "${id}".`, params: { id, kind } });
    }
  };
  // Id lists are arrays of strings (no index kept), so their paths use the output index; ids are rarely dropped.
  const at = (item: object) => inputIndex.get(item) ?? -1;
  const agreement = feed.agreement;
  agreement?.parties?.forEach((id, i) => warnUnknown(id, orgIds, 'organization', `/agreement/parties/${i}`));
  agreement?.goals?.forEach((goal) => {
    const g = at(goal);
    goal.responsible?.forEach((id, i) => warnUnknown(id, orgIds, 'organization', `/agreement/goals/${g}/responsible/${i}`));
    warnUnknown(goal.area, areaIds, 'area', `/agreement/goals/${g}/area`);
  });
  feed.events?.forEach((event) => {
    if (event.organizer) warnUnknown(event.organizer, orgIds, 'organization', `/events/${at(event)}/organizer`);
  });
  feed.infoCards?.forEach((card) => {
    if (card.source) warnUnknown(card.source, orgIds, 'organization', `/infoCards/${at(card)}/source`);
  });
  return feed;
}

export type { FeedProblem } from './schema-kit.js';
