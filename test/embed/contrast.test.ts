/** WCAG contrast (src/internal/contrast.ts), against published reference values. */
import { expect } from '@open-wc/testing';
import { bestOn, checkTheme, contrastRatio, formatRatio, parseColor, relativeLuminance } from '../../src/internal/contrast.js';

describe('contrast', () => {
  it('parses hex and rgb() colours and refuses anything else', () => {
    expect(parseColor('#0b5cad')).to.deep.equal([11, 92, 173]);
    expect(parseColor('#FFF')).to.deep.equal([255, 255, 255]);
    expect(parseColor('#0b5cad80')).to.deep.equal([11, 92, 173]);
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('rgb(1 2 3 / 50%)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('rgb(300, 2, 3)')).to.equal(null);
    expect(parseColor('red')).to.equal(null);
    expect(parseColor('#12345')).to.equal(null);
  });

  it('gives the WCAG reference luminances and ratios', () => {
    expect(relativeLuminance([0, 0, 0])).to.equal(0);
    expect(relativeLuminance([255, 255, 255])).to.equal(1);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54); #777777 fails (4.48).
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).to.equal('4.54');
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
    expect(contrastRatio('#ffffff', '#767676')).to.equal(contrastRatio('#767676', '#ffffff'));
    expect(Number.isNaN(contrastRatio('nonsense', '#fff'))).to.equal(true);
  });

  it('rounds ratios down for display, so a failing ratio never reads as passing', () => {
    expect(formatRatio(4.4999)).to.equal('4.49');
    expect(formatRatio(21)).to.equal('21.00');
  });

  it('passes the default theme at AA', () => {
    const checks = checkTheme({ accent: '#0b5cad', onAccent: '#ffffff', text: '#1a1a1a', surface: '#ffffff', surfaceAlt: '#f3f5f7', muted: '#545454' });
    expect(checks.filter((c) => !c.passes)).to.deep.equal([]);
  });

  it('flags a light accent on white (text 4.5:1) and a failing text colour, with the minimum each needs', () => {
    const checks = checkTheme({ accent: '#ffcc00', text: '#999999', surface: '#ffffff' });
    const failing = checks.filter((c) => !c.passes).map((c) => [c.pair, c.required]);
    expect(failing).to.deep.include(['text on surface', 4.5]);
    expect(failing).to.deep.include(['accent (links, buttons) on surface', 4.5]);
    expect(bestOn('#ffcc00')).to.equal('#000000');
    expect(bestOn('#0b5cad')).to.equal('#ffffff');
  });
});
