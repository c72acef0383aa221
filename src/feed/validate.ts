/**
 * Validation of a feed's sections, section by section.
 *
 * A component validates only the sections it shows (the calendar: `events`,
 * `organizations`, `region`), so its bundle carries only those schemas: the
 * whole contract would add about 4 kB min+gzip to every component. The CLI
 * and `validateFeed` pass all sections.
 */
import { check, CheckContext, inputIndex, INVALID, type AnySchema, type FeedProblem } from './schema-kit.js';
import type { Feed } from './feed.js';

export const FEED_VERSION = 1;

/** The top-level fields of contract v1; others are unknown (warned about). */
export const SECTION_NAMES = ['region', 'organizations', 'agreement', 'events', 'infoCards'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export type SectionSchemas = Partial<Record<SectionName, AnySchema>>;

export interface ValidationResult {
  /** The usable part of the feed, or `null` when nothing can be used (not an object, unsupported version). */
  feed: Feed | null;
  problems: FeedProblem[];
}

const memo = new WeakMap<object, WeakMap<SectionSchemas, ValidationResult>>();

/**
 * Validates `input` against the given sections. Never throws. Invalid items
 * are dropped and reported; their siblings are kept. Unknown fields are
 * ignored with a warning; sections not asked for are left out, unchecked.
 * Results are remembered per input object and set of sections, so ten widgets
 * of one kind on a page validate their shared feed once, and each section per
 * its value, so widgets of different kinds check the sections they share once.
 */
export function validateSections(input: unknown, sections: SectionSchemas): ValidationResult {
  const remembered = input !== null && typeof input === 'object' ? memo.get(input)?.get(sections) : undefined;
  if (remembered) return remembered;
  const result = run(input, sections);
  if (input !== null && typeof input === 'object') {
    let bySections = memo.get(input);
    if (!bySections) memo.set(input, (bySections = new WeakMap()));
    bySections.set(sections, result);
  }
  return result;
}

/** True when `validateSections(input, sections)` would answer from memory (another widget on the page checked the same feed). */
export const isValidated = (input: unknown, sections: SectionSchemas): boolean =>
  input !== null && typeof input === 'object' && !!memo.get(input)?.has(sections);

function run(input: unknown, sections: SectionSchemas): ValidationResult {
  const ctx = new CheckContext();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const found = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    ctx.report('type', 'The feed must be a JSON object.', { expected: 'object', found });
    return { feed: null, problems: ctx.problems };
  }
  const source = input as Record<string, unknown>;
  const version = source.version;
  if (version === undefined) {
    // Read on as version 1: dropping a whole feed for a missing number would lose everything.
    ctx.report('required', `Required field "version" is missing; read as version ${FEED_VERSION}.`, { field: 'version' }, 'error', 'version');
  } else if (version !== FEED_VERSION) {
    const shown = String(JSON.stringify(version));
    ctx.report('version', `Feed version ${shown} is not supported; this library reads version ${FEED_VERSION}.`, { version: shown, supported: FEED_VERSION }, 'error', 'version');
    return { feed: null, problems: ctx.problems };
  }
  const feed: Record<string, unknown> = { version: FEED_VERSION };
  for (const key in source) {
    if (key === 'version' || key === '$schema') continue;
    // Own properties only: a feed key such as "toString" must not find Object.prototype's.
    const schema = Object.hasOwn(sections, key) ? sections[key as SectionName] : undefined;
    if (!schema) {
      if (!(SECTION_NAMES as readonly string[]).includes(key)) {
        ctx.report('unknown-field', `Unknown field "${key}" is ignored.`, { field: key }, 'warning', key);
      }
      continue;
    }
    const { value, problems } = checkSection(key, schema, source[key]);
    ctx.problems.push(...problems);
    if (value !== INVALID) feed[key] = value;
  }
  checkReferences(feed as Feed, ctx);
  return { feed: feed as Feed, problems: ctx.problems };
}

interface SectionResult {
  value: unknown;
  problems: FeedProblem[];
}
const sectionMemo = new WeakMap<object, WeakMap<AnySchema, SectionResult>>();

/**
 * One section, remembered per section value and schema: the calendar, the map
 * and the tracker on one page each ask for a different set of sections, but
 * share `organizations`, which is then checked once, not three times.
 */
function checkSection(key: string, schema: AnySchema, input: unknown): SectionResult {
  const cacheable = input !== null && typeof input === 'object';
  const remembered = cacheable ? sectionMemo.get(input)?.get(schema) : undefined;
  if (remembered) return remembered;
  const ctx = new CheckContext();
  ctx.path.push(key);
  const result = { value: check(schema, input, ctx), problems: ctx.problems };
  if (cacheable) {
    let bySchema = sectionMemo.get(input);
    if (!bySchema) sectionMemo.set(input, (bySchema = new WeakMap()));
    bySchema.set(schema, result);
  }
  return result;
}

/**
 * Ids that point at organisations and areas should exist: an unknown
 * reference is kept but warned about (the item is still useful). Only checked
 * when the section referred to was validated too. Duplicate ids are dropped by
 * the arrays' `uniqueBy` during the check itself.
 */
function checkReferences(feed: Feed, ctx: CheckContext): void {
  const orgIds = new Set((feed.organizations ?? []).map((o) => o.id));
  const areaIds = new Set([...(feed.agreement?.areas ?? []).map((a) => a.id), ...(feed.agreement?.collaborationAreas ?? []).map((a) => a.id)]);
  // The path is built only for a reference that is wrong: most are right, and a string per event cost
  // more than the lookups (4 ms of a 1 MB feed's cold check in Chromium).
  const warnUnknown = (id: string, known: Set<string>, kind: string, path: () => string) => {
    // Without the section there is nothing to check against: an events-only feed may name partners defined elsewhere.
    if (known.size > 0 && !known.has(id)) {
      ctx.problems.push({ path: path(), severity: 'warning', code: 'reference', message: `No ${kind} has the id "${id}".`, params: { id, kind } });
    }
  };
  // Paths point into the input: an item's input index differs from its output index once an item before it was dropped.
  const at = (item: object, outputIndex: number) => inputIndex.get(item) ?? outputIndex;
  const agreement = feed.agreement;
  // Id lists are arrays of strings (no index kept), so their paths use the output index; ids are rarely dropped.
  agreement?.parties?.forEach((id, i) => warnUnknown(id, orgIds, 'organization', () => `/agreement/parties/${i}`));
  agreement?.goals?.forEach((goal, gi) => {
    goal.responsible?.forEach((id, i) => warnUnknown(id, orgIds, 'organization', () => `/agreement/goals/${at(goal, gi)}/responsible/${i}`));
    warnUnknown(goal.area, areaIds, 'area', () => `/agreement/goals/${at(goal, gi)}/area`);
  });
  const eventIds = feed.events?.some((e) => e.rescheduledTo) ? new Set(feed.events.map((e) => e.id)) : null;
  feed.events?.forEach((event, i) => {
    if (event.organizer) warnUnknown(event.organizer, orgIds, 'organization', () => `/events/${at(event, i)}/organizer`);
    if (event.rescheduledTo && eventIds) warnUnknown(event.rescheduledTo, eventIds, 'event', () => `/events/${at(event, i)}/rescheduledTo`);
  });
  feed.infoCards?.forEach((card, i) => {
    if (card.source) warnUnknown(card.source, orgIds, 'organization', () => `/infoCards/${at(card, i)}/source`);
  });
}
