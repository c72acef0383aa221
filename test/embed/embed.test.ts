/** Placeholder upgrade (src/internal/embed.ts) with stand-in elements, so it is tested apart from the components. */
import { expect } from '@open-wc/testing';
import { allowedAttributes, mapAttributes, mapTheme, tagFor, upgradePlaceholder, upgradePlaceholders, watchPlaceholders, type EmbedOptions } from '../../src/internal/embed.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';

/** A stand-in widget: observes a few attributes, renders them in its shadow root, has no `fallback` slot. */
class StandIn extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'view', 'municipality', 'debug'];
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>widget</p><slot></slot>';
  }
}
customElements.define('embedtest-cal', StandIn);
customElements.define('embedtest-map', class extends StandIn {});

const options: EmbedOptions = { prefix: 'embedtest-', names: ['cal', 'map', 'late', 'broken'] };

describe('placeholder upgrade', () => {
  afterEach(unmountAll);

  it('maps data-samverkan to the tag, accepting the short and the full name, and nothing else', () => {
    expect(tagFor('event-calendar')).to.equal('samverkan-event-calendar');
    expect(tagFor(' Samverkan-Partner-Map ')).to.equal('samverkan-partner-map');
    expect(tagFor('info-card')).to.equal('samverkan-info-card');
    expect(tagFor('script')).to.equal(null);
    expect(tagFor('samverkan-evil')).to.equal(null);
    expect(tagFor(null)).to.equal(null);
  });

  it('maps data-x to x only for attributes the element observes, and keeps id, class, lang, dir, title', () => {
    const attrs = [
      { name: 'data-samverkan', value: 'cal' },
      { name: 'data-src', value: 'feed.json' },
      { name: 'data-view', value: 'list' },
      { name: 'data-onclick', value: 'alert(1)' },
      { name: 'data-mce-style', value: 'x' },
      { name: 'id', value: 'kal' },
      { name: 'class', value: 'wide' },
      { name: 'lang', value: 'sv' },
      { name: 'data-lang', value: 'ar' },
      { name: 'style', value: 'color:red' },
      { name: 'onclick', value: 'alert(1)' },
    ];
    expect(mapAttributes(attrs, new Set(['src', 'view', 'lang']))).to.deep.equal([
      ['src', 'feed.json'],
      ['view', 'list'],
      ['lang', 'ar'],
      ['id', 'kal'],
      ['class', 'wide'],
    ]);
    expect([...allowedAttributes('embedtest-cal')!]).to.include.members(['src', 'view']);
    expect(allowedAttributes('embedtest-undefined')).to.equal(null);
  });

  it('maps data-theme-* to the public custom properties, accepting only known tokens and valid values', () => {
    const attrs = [
      { name: 'data-theme-color-accent', value: '#6b2c91' },
      { name: 'data-theme-color-surface', value: 'rgb(27 31 36)' },
      { name: 'data-theme-radius', value: '0' },
      { name: 'data-theme-color-text', value: 'not a colour' },
      { name: 'data-theme-color-border', value: 'url(https://evil.example/x)' },
      { name: 'data-theme-font-family', value: 'Georgia; background: red' },
      { name: 'data-theme-position', value: 'fixed' },
    ];
    expect(mapTheme(attrs)).to.deep.equal([
      ['--samverkan-color-accent', '#6b2c91'],
      ['--samverkan-color-surface', 'rgb(27 31 36)'],
      ['--samverkan-radius', '0'],
    ]);
  });

  it('sets the theme on the upgraded element through the CSSOM', () => {
    const main = mount<HTMLElement>('<div data-samverkan="cal" data-theme-color-accent="#6b2c91" data-theme-font-family="Georgia, serif"></div>').parentElement!;
    const el = upgradePlaceholder(main.firstElementChild!, options)!;
    expect(el.style.getPropertyValue('--samverkan-color-accent')).to.equal('#6b2c91');
    expect(el.style.getPropertyValue('--samverkan-font-family')).to.equal('Georgia, serif');
    expect(el.hasAttribute('theme-color-accent')).to.equal(false);
  });

  it('replaces the placeholder by the element in the same place, with its attributes', () => {
    const main = mount<HTMLElement>('<p>before</p><div data-samverkan="cal" data-src="/feeds/x.json" data-lang="ar" data-view="list" data-nonsense="1" id="k"><a href="https://example.se/kalender">Kalender</a></div><p>after</p>').parentElement!;
    const placeholder = main.querySelector('[data-samverkan]')!;
    const el = upgradePlaceholder(placeholder, options)!;
    expect(el.localName).to.equal('embedtest-cal');
    expect(el.getAttribute('src')).to.equal('/feeds/x.json');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('view')).to.equal('list');
    expect(el.id).to.equal('k');
    expect(el.hasAttribute('nonsense')).to.equal(false);
    expect(el.previousElementSibling!.textContent).to.equal('before');
    expect(el.nextElementSibling!.textContent).to.equal('after');
    expect(main.querySelector('[data-samverkan]')).to.equal(null);
    expect(placeholder.hasAttribute('data-samverkan-upgraded')).to.equal(true);
  });

  it('keeps the fallback link in the light DOM, out of every slot, so it is not shown once upgraded', async () => {
    const main = mount<HTMLElement>('<div data-samverkan="cal" data-src="x.json"><a href="https://example.se/kalender">Kalender för nyanlända</a></div>').parentElement!;
    const link = main.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    const el = upgradePlaceholder(main.firstElementChild!, options)!;
    const fallback = el.querySelector('[slot="fallback"]')!;
    expect(fallback.contains(link)).to.equal(true);
    expect(link.assignedSlot).to.equal(null);
    expect(fallback.assignedSlot).to.equal(null);
    expect(link.getClientRects().length).to.equal(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('leaves placeholders that are not ours, or whose tag is not defined and cannot be loaded, as they are', async () => {
    const main = mount<HTMLElement>('<div data-samverkan="iframe" data-src="x"><a href="/x">x</a></div><div data-samverkan="late"><a href="/y">y</a></div>').parentElement!;
    const made = await upgradePlaceholders(main, options);
    expect(made).to.deep.equal([]);
    expect(main.querySelectorAll('div[data-samverkan]').length).to.equal(2);
    expect(main.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('never upgrades a placeholder twice, even when two copies of the script both try', async () => {
    const main = mount<HTMLElement>('<div data-samverkan="cal" data-src="a.json"></div><div data-samverkan="map" data-src="b.json"></div>').parentElement!;
    const first = await upgradePlaceholders(main, options);
    const second = await upgradePlaceholders(main, options);
    expect(first.map((e) => e.localName)).to.deep.equal(['embedtest-cal', 'embedtest-map']);
    expect(second).to.deep.equal([]);
    expect(main.querySelectorAll('embedtest-cal, embedtest-map').length).to.equal(2);
  });

  it('upgrades a placeholder whose element is defined later, through the load hook (the autoloader)', async () => {
    const main = mount<HTMLElement>('<div data-samverkan="late" data-src="c.json" data-view="month"><a href="/c">c</a></div>').parentElement!;
    const asked: string[] = [];
    const made = await upgradePlaceholders(main, {
      ...options,
      load: async (tag) => {
        asked.push(tag);
        await new Promise((r) => setTimeout(r, 20));
        customElements.define(tag, class extends StandIn {});
      },
    });
    expect(asked).to.deep.equal(['embedtest-late']);
    expect(made.length).to.equal(1);
    expect(main.querySelector('embedtest-late')!.getAttribute('view')).to.equal('month');
  });

  it('keeps the fallback and reports an error when the element cannot be loaded', async () => {
    const main = mount<HTMLElement>('<div data-samverkan="broken"><a href="/d">Läs på webbplatsen</a></div>').parentElement!;
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await upgradePlaceholders(main, { ...options, load: () => Promise.reject(new Error('chunk 404')) });
    } finally {
      console.error = original;
    }
    expect(errors.length).to.equal(1);
    expect(String(errors[0][0])).to.contain('embedtest-broken');
    expect(main.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('upgrades placeholders a CMS adds later, and a second watcher on the same root does nothing', async () => {
    const container = mount<HTMLElement>('<section aria-label="test"></section>');
    expect(watchPlaceholders(container, options)).to.equal(true);
    expect(watchPlaceholders(container, options)).to.equal(false);
    const later = document.createElement('div');
    later.dataset.samverkan = 'map';
    later.dataset.municipality = '0780';
    container.append(later);
    await until(() => container.querySelector('embedtest-map'), 'the added placeholder to be upgraded');
    expect(container.querySelector('embedtest-map')!.getAttribute('municipality')).to.equal('0780');
    // An existing element turned into a placeholder (a live editor setting the attribute).
    const existing = document.createElement('div');
    container.append(existing);
    existing.setAttribute('data-src', 'late.json');
    existing.setAttribute('data-samverkan', 'cal');
    await until(() => container.querySelector('embedtest-cal'), 'the attribute-changed placeholder to be upgraded');
    expect(container.querySelector('embedtest-cal')!.getAttribute('src')).to.equal('late.json');
  });
});
