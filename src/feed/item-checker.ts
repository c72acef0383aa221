/**
 * Checking an array section's items one at a time, for a view that draws a
 * few of many before the whole section is checked (see
 * `FeedHost.checkLater`). A module of its own: only such a view bundles it.
 */
import { check, CheckContext, INVALID, type AnySchema, type ArraySchema, type FeedProblem } from './schema-kit.js';

/**
 * The items of an array section, each checked when it is first asked for.
 *
 * A view that shows 20 of a feed's 10,000 events needs 20 checked before it
 * can draw: the calendar reads every item's `start` text to find them, then
 * checks only those (`get`), and the whole section later, at idle
 * (`FeedController.finish`). An item gets the same answer as in the whole
 * section, with its problems at the same JSON paths, a later duplicate id
 * included; only references to other sections (warnings) wait for the whole
 * check.
 */
export class ItemChecker<T> {
  /** The section's items as they came (nothing when the section is not an array). */
  readonly raw: readonly unknown[];
  readonly problems: FeedProblem[] = [];
  private readonly item: AnySchema;
  private readonly uniqueBy?: string;
  private readonly checked = new Map<number, T | null>();
  /** Positions of the items by their `uniqueBy` value as it came, made on first need. */
  private positions?: Map<unknown, number | number[]>;

  constructor(
    private readonly key: string,
    schema: AnySchema,
    input: unknown,
  ) {
    const { item, maxItems, uniqueBy } = schema as ArraySchema<unknown>;
    this.raw = !Array.isArray(input) ? [] : maxItems !== undefined && input.length > maxItems ? input.slice(0, maxItems) : input;
    this.item = item as AnySchema;
    this.uniqueBy = uniqueBy;
  }

  /** Item `i`, checked (its usable value), or null when it cannot be used. */
  get(i: number): T | null {
    let value = this.checked.get(i);
    if (value !== undefined) return value;
    value = this.checkOne(i);
    // As in the whole section: an item whose id an earlier usable item has is dropped.
    const by = this.uniqueBy;
    if (value !== null && by !== undefined) {
      const id = (value as Record<string, unknown>)[by];
      if (this.positionsOf(id).some((j) => j < i && this.checkOne(j) !== null)) {
        this.problems.push({ path: `/${this.key}/${i}/${by}`, severity: 'error', code: 'duplicate-id', message: `${by} "${String(id)}" is used twice; this item is dropped.`, params: { id: String(id) } });
        value = null;
      }
    }
    this.checked.set(i, value);
    return value;
  }

  /** The item's own check, remembered (a duplicate's check asks for earlier items' too). */
  private readonly own = new Map<number, T | null>();
  private checkOne(i: number): T | null {
    let value = this.own.get(i);
    if (value === undefined) {
      const ctx = new CheckContext();
      ctx.path.push(this.key, i);
      const result = check(this.item, this.raw[i], ctx);
      value = result === INVALID ? null : (result as T);
      this.problems.push(...ctx.problems);
      this.own.set(i, value);
    }
    return value;
  }

  private positionsOf(id: unknown): readonly number[] {
    if (!this.positions) {
      const by = this.uniqueBy!;
      // A position per id, an array only for an id met twice: a feed's ids are nearly all unique, and an array per
      // item was most of this loop's cost on 10,000 events.
      const positions = (this.positions = new Map());
      const raw = this.raw;
      for (let i = 0; i < raw.length; i++) {
        const x = raw[i];
        if (x === null || typeof x !== 'object') continue;
        const key = (x as Record<string, unknown>)[by];
        const at = positions.get(key);
        if (at === undefined) positions.set(key, i);
        else if (typeof at === 'number') positions.set(key, [at, i]);
        else at.push(i);
      }
    }
    const at = this.positions.get(id);
    return at === undefined ? [] : typeof at === 'number' ? [at] : at;
  }
}
