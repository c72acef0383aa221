/**
 * Checking an array section's items one at a time, for a view that draws a
 * few of many before the whole section is checked (see
 * `DeferredFeedController`). A module of its own: only such a view bundles it.
 */
import { check, CheckContext, INVALID, type AnySchema, type ArraySchema, type FeedProblem } from './schema-kit.js';

/**
 * The items of an array section, each checked when it is first asked for.
 *
 * A view that shows 20 of a feed's 10,000 events needs 20 checked before it
 * can draw: the calendar reads every item's `start` text to find them, then
 * checks only those (`get`), and the whole section later, at idle
 * (`DeferredFeedController.finish`). An item gets the same answer as in the
 * whole section, with its problems at the same JSON paths. What only the
 * whole section can tell waits for it: a later duplicate of an id (finding
 * one means putting every id in a hash table: for 10,000 events about 3 ms of
 * a first render's script in Chromium, where checking the 20 drawn costs
 * less), and references to other sections (warnings).
 */
export class ItemChecker<T> {
  /** The section's items as they came (nothing when the section is not an array). */
  readonly raw: readonly unknown[];
  readonly problems: FeedProblem[] = [];
  private readonly item: AnySchema;
  private readonly checked = new Map<number, T | null>();

  constructor(
    private readonly key: string,
    schema: AnySchema,
    input: unknown,
  ) {
    const { item, maxItems } = schema as ArraySchema<unknown>;
    this.raw = !Array.isArray(input) ? [] : maxItems !== undefined && input.length > maxItems ? input.slice(0, maxItems) : input;
    this.item = item as AnySchema;
  }

  /** Item `i`, checked (its usable value), or null when it cannot be used. */
  get(i: number): T | null {
    let value = this.checked.get(i);
    if (value === undefined) {
      const ctx = new CheckContext();
      ctx.path.push(this.key, i);
      const result = check(this.item, this.raw[i], ctx);
      value = result === INVALID ? null : (result as T);
      this.problems.push(...ctx.problems);
      this.checked.set(i, value);
    }
    return value;
  }
}
