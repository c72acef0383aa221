/**
 * Under `style-src 'self'` (no 'unsafe-inline') a script may not write a
 * `style="…"` attribute (setAttribute) but may set CSSOM properties. Lit's
 * styleMap writes its first value as the attribute; styleProps() never does.
 * (The end-to-end proof under a real CSP header is test/node/csp-page.test.mjs.)
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../src/internal/style-props.js';

/** Runs `fn`, returning every `style` attribute write made through setAttribute meanwhile. */
function styleAttributeWrites(fn: () => void): string[] {
  const writes: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') writes.push(value);
    return original.call(this, name, value);
  };
  try {
    fn();
  } finally {
    Element.prototype.setAttribute = original;
  }
  return writes;
}

describe('styleProps (CSP-safe styleMap)', () => {
  it("styleMap writes a style attribute on the first render, which a strict CSP blocks (the reason styleProps exists)", () => {
    const container = document.createElement('div');
    const writes = styleAttributeWrites(() => render(html`<p style=${styleMap({ transform: 'translate(10px, 0px)' })}>x</p>`, container));
    expect(writes).to.deep.equal(['transform:translate(10px, 0px);']);
  });

  it('sets, changes and removes properties through the CSSOM only', () => {
    const container = document.createElement('div');
    const view = (props: Record<string, string | null>) => html`<p style=${styleProps(props)}>x</p>`;
    const writes = styleAttributeWrites(() => {
      render(view({ transform: 'translate(10px, 0px)', '--size': '2rem' }), container);
      const p = container.querySelector('p')!;
      expect(p.style.transform).to.equal('translate(10px, 0px)');
      expect(p.style.getPropertyValue('--size')).to.equal('2rem');
      render(view({ transform: 'translate(20px, 5px)', '--size': null }), container);
      expect(p.style.transform).to.equal('translate(20px, 5px)');
      expect(p.style.getPropertyValue('--size')).to.equal('');
    });
    expect(writes).to.deep.equal([]);
  });

  it('refuses a binding other than the whole style attribute', () => {
    expect(() => render(html`<p title=${styleProps({ color: 'red' })}>x</p>`, document.createElement('div'))).to.throw(/style/);
  });
});
