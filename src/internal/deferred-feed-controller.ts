/**
 * A FeedController that leaves some sections for later: a view that draws a
 * few items of a long section before checking them all.
 *
 * The calendar's first render of 10,000 events shows 20 of them; checking all
 * 10,000 first took most of its time. It reads the events as they came
 * (`unchecked`), checks those it draws (ItemChecker, the same answer item by
 * item), and the whole section is checked when the page is idle after the
 * first render, or at once when the view needs every item (`finish`: a
 * filter, a file of the whole list). `samverkan-load` comes then, with every
 * problem. Only elements that use it carry it (FeedElement.Controller).
 */
import type { SectionName, SectionSchemas, ValidationResult } from '../feed/validate.js';
import { isValidated, validateSections } from '../feed/validate.js';
import { FeedController, type FeedHost } from './feed-controller.js';
import { whenIdle } from './lazy.js';
import type { FeedLoadResult } from './feed-loader.js';

export interface DeferringHost extends FeedHost {
  /** Sections it can draw before they are checked in full, in its present state. */
  checkLater(): readonly SectionName[];
}

export class DeferredFeedController extends FeedController {
  /** A feed whose sections named by the host's `checkLater` are still to be checked. */
  private later: FeedLoadResult | null = null;
  /** The host's sections without those left for later (kept: the validation memo is keyed by the object). */
  private partial: SectionSchemas = {};
  private partialFor = '';

  /** Checks the sections left for later now, if any. Otherwise it runs when the page is idle after the first render. */
  override finish(): void {
    const later = this.later;
    if (!later) return;
    this.later = null;
    // The version and the other sections were checked already: this cannot fail, and those answer from memory.
    const result = validateSections(later.json, this.sections);
    const input = later.json as Record<string, unknown>;
    // A section that came through as it was, with no problem anywhere, draws as it did unchecked: no update then
    // (the next one reads the checked copy), so the check at idle costs no second render of a good feed.
    const same =
      result.problems.length === this.problems.length &&
      Object.keys(this.sections).every((key) => result.feed![key as SectionName] === (this.data?.[key as SectionName] ?? input[key]));
    this.data = result.feed;
    this.problems = result.problems;
    if (!same) this.host.requestUpdate();
    super.checked(result, later, this.sections);
  }

  /** While section `key` is left for later: the section as it came, unchecked; else undefined. */
  unchecked(key: SectionName): unknown {
    return this.later && this.sections[key] && this.data?.[key] === undefined ? (this.later.json as Record<string, unknown>)[key] : undefined;
  }

  protected override sectionsNow(json: unknown): SectionSchemas {
    // Nothing is left for later when another widget on the page checked this feed already.
    const later = isValidated(json, this.sections) ? [] : (this.host as DeferringHost).checkLater().filter((key) => this.sections[key]);
    if (!later.length) return this.sections;
    if (later.join() !== this.partialFor) {
      this.partialFor = later.join();
      this.partial = Object.fromEntries(Object.entries(this.sections).filter(([key]) => !later.includes(key as SectionName)));
    }
    return this.partial;
  }

  protected override checked(result: ValidationResult, loaded: FeedLoadResult, sections: SectionSchemas): void {
    if (sections === this.sections) return super.checked(result, loaded, sections);
    const token = this.token;
    this.later = loaded;
    // After the first frame is drawn; a busy page still gets it within half a second.
    whenIdle(() => token === this.token && this.finish(), 500);
  }
}
