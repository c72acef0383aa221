/**
 * `styleProps({...})`: Lit's `styleMap`, CSP-safe on the first render too.
 *
 * Lit's `styleMap` writes its first value as a `style="…"` attribute string
 * (`setAttribute`), which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` blocks (a `style-src-attr` violation, and
 * the style is lost); only later updates go through the CSSOM. This directive
 * always uses `style.setProperty()`, which CSP allows.
 *
 *   <button style=${styleProps({ transform: `translate(${x}px, ${y}px)`, '--size': '2rem' })}>
 *
 * Names are CSS property names (`background-color`, `--my-var`), not
 * camelCase. `null`/`undefined` removes a property.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type StyleProps = Record<string, string | number | null | undefined>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProps() must be the whole value of a `style` attribute binding.');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (props[name] == null) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
