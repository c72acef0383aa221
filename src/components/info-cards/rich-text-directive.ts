/**
 * `richText(html, headingLevel)`: renders feed rich text through the
 * allow-list sanitizer, as fresh DOM nodes. Sanitizes only when the text or
 * level changes, so a re-render for another reason costs nothing.
 */
import { noChange } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { sanitizeRichText } from '../../internal/rich-text.js';

class RichTextDirective extends Directive {
  private last?: string;

  constructor(part: PartInfo) {
    super(part);
  }

  render(html: string, headingLevel: number): DocumentFragment {
    return sanitizeRichText(html, { headingLevel });
  }

  override update(_part: unknown, [html, headingLevel]: [string, number]): DocumentFragment | typeof noChange {
    const key = `${headingLevel}|${html}`;
    if (key === this.last) return noChange;
    this.last = key;
    return this.render(html, headingLevel);
  }
}

export const richText = directive(RichTextDirective);
