/**
 * The embed code generator (demo/generator.ts): the snippet for given choices,
 * escaping, the contrast warning, copying, the language switch, and that the
 * snippet pasted into a blank page renders the same as the preview.
 */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import {
  blankPage,
  DEFAULT_THEME,
  elementSnippet,
  placeholderSnippet,
  suggestions,
  themeCss,
  mountGenerator,
  type Choices,
  type Generator,
} from '../../demo/generator.js';
import { until } from '../helpers.js';

declare const axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };

const base: Choices = {
  component: 'event-calendar',
  feed: 'https://www.example.se/samverkan/kronoberg.json',
  lang: 'ar',
  filters: { view: 'agenda', municipality: '0780', category: '', q: '' },
  theme: { ...DEFAULT_THEME },
  script: { src: 'https://cdn.example.se/samverkan/0.1.0/samverkan.js', type: 'module' },
  fallback: { href: 'https://www.example.se/kalender', text: 'Kalender för nyanlända' },
};

describe('embed code generator: snippets', () => {
  it('writes the CMS-proof placeholder with the script, the chosen filters and the fallback link', () => {
    expect(placeholderSnippet(base)).to.equal(
      `<script type="module" src="https://cdn.example.se/samverkan/0.1.0/samverkan.js"></script>
<div data-samverkan="event-calendar" data-src="https://www.example.se/samverkan/kronoberg.json" data-lang="ar" data-view="agenda" data-municipality="0780">
  <p><a href="https://www.example.se/kalender">Kalender för nyanlända</a></p>
</div>`,
    );
  });

  it('writes the element variant, and theme colours as placeholder attributes or as CSS for the stylesheet', () => {
    const themed: Choices = { ...base, component: 'info-card', lang: '', filters: { card: 'kr-health-1177', 'heading-level': '3' }, theme: { ...DEFAULT_THEME, accent: '#6B2C91' }, script: { ...base.script, type: 'classic' } };
    expect(elementSnippet(themed)).to.equal(
      `<script src="https://cdn.example.se/samverkan/0.1.0/samverkan.js" defer></script>
<samverkan-info-card src="https://www.example.se/samverkan/kronoberg.json" card="kr-health-1177" heading-level="3"></samverkan-info-card>`,
    );
    expect(placeholderSnippet(themed)).to.contain('data-card="kr-health-1177" data-heading-level="3" data-theme-color-accent="#6b2c91">');
    expect(themeCss(themed)).to.equal('samverkan-info-card {\n  --samverkan-color-accent: #6b2c91;\n}');
    expect(themeCss(base)).to.equal('');
  });

  it('leaves out filters of other components, empty values and the default heading level', () => {
    const c: Choices = { ...base, component: 'goal-tracker', filters: { area: 'kr-arbete', view: 'month', 'heading-level': '2', party: ' ' } };
    expect(elementSnippet(c)).to.contain('<samverkan-goal-tracker src="https://www.example.se/samverkan/kronoberg.json" lang="ar" area="kr-arbete"></samverkan-goal-tracker>');
  });

  it('escapes whatever is typed, so a value cannot break out of its attribute or add markup', () => {
    const c: Choices = { ...base, feed: 'https://x.se/f.json" onload="alert(1)', fallback: { href: 'https://x.se/"><script>', text: '<img src=x onerror=alert(1)>' }, filters: { q: '"><b>' } };
    const doc = new DOMParser().parseFromString(placeholderSnippet(c), 'text/html');
    const div = doc.querySelector('div')!;
    expect(div.getAttribute('data-src')).to.equal('https://x.se/f.json" onload="alert(1)');
    expect(div.getAttribute('data-q')).to.equal('"><b>');
    expect(doc.querySelectorAll('img, b, [onload]').length).to.equal(0);
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(div.querySelector('a')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('offers filter values read from the feed', async () => {
    const feed = await (await fetch('/demo/feeds/kronoberg.json')).json();
    const s = suggestions(feed, 'sv');
    expect(s.municipality.map((o) => o.value)).to.include('0780');
    expect(s.municipality.find((o) => o.value === '0780')!.label).to.equal('Växjö (0780)');
    expect(s.category.map((o) => o.value)).to.include('language-cafe');
    expect(s.card[0]).to.deep.equal({ value: feed.infoCards[0].id, label: feed.infoCards[0].title.sv });
    expect(s.party.find((o) => o.value === 'arbetsformedlingen')!.label).to.equal('Arbetsförmedlingen');
  });
});

describe('embed code generator: the page', () => {
  let root: HTMLElement;
  let gen: Generator;
  const docLang = document.documentElement.lang;
  const title = document.title;

  beforeEach(() => {
    root = document.createElement('main');
    root.id = 'generator';
    document.body.append(root);
    gen = mountGenerator(root, { scriptSrc: new URL('/src/samverkan.ts', location.href).href, scriptType: 'module', previewDelay: 0 });
  });
  afterEach(() => {
    root.remove();
    document.documentElement.lang = docLang;
    document.title = title;
  });

  const frameElement = (frame: HTMLIFrameElement, tag: string) => frame.contentDocument?.querySelector(tag) as HTMLElement | null;
  const renderedIn = (frame: HTMLIFrameElement, tag: string) => {
    const el = frameElement(frame, tag);
    return !!el?.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('.loading');
  };
  const attributes = (el: Element) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]));

  it('renders the snippet pasted into a blank page exactly as its preview', async () => {
    gen.set({ component: 'info-cards', lang: 'ar', filters: { topic: 'health' }, theme: { ...DEFAULT_THEME, accent: '#6b2c91' } });
    const snippet = (root.querySelector('#snippet') as HTMLTextAreaElement).value;
    expect(snippet).to.equal(gen.snippet);
    expect(snippet).to.contain('data-samverkan="info-cards"');
    gen.refreshPreview();
    const [phone, desktop] = root.querySelectorAll<HTMLIFrameElement>('iframe.preview');
    expect(phone.srcdoc).to.equal(blankPage(snippet, 'Kodgenerator för samverkan'));

    // The editor's blank page: the copied snippet and nothing else.
    const pasted = document.createElement('iframe');
    pasted.title = 'pasted';
    pasted.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>${snippet}</body></html>`;
    document.body.append(pasted);
    try {
      await until(() => renderedIn(phone, 'samverkan-info-cards') && renderedIn(desktop, 'samverkan-info-cards') && renderedIn(pasted, 'samverkan-info-cards'), 'the previews and the pasted page to render', 15000);
      const preview = frameElement(phone, 'samverkan-info-cards')!;
      const copy = frameElement(pasted, 'samverkan-info-cards')!;
      expect(attributes(copy)).to.deep.equal(attributes(preview));
      expect(attributes(copy)).to.include({ lang: 'ar', topic: 'health' });
      expect(copy.style.getPropertyValue('--samverkan-color-accent')).to.equal('#6b2c91');
      expect(preview.style.getPropertyValue('--samverkan-color-accent')).to.equal('#6b2c91');
      const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
      expect(text(copy)).to.equal(text(preview));
      expect(text(copy).length).to.be.greaterThan(50);
      // The fallback link came along and is not shown.
      expect(copy.querySelector('[slot="fallback"] a')!.getClientRects().length).to.equal(0);
    } finally {
      pasted.remove();
    }
  });

  it('warns, with the ratio and the minimum, when a chosen colour fails AA, and clears the warning on reset', async () => {
    const status = () => root.querySelector('.contrast')!;
    expect(status().getAttribute('data-passes')).to.equal('true');
    const accent = root.querySelector<HTMLInputElement>('#colour-accent')!;
    accent.value = '#ffcc00';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(status().getAttribute('data-passes')).to.equal('false');
    expect(status().getAttribute('role')).to.equal('status');
    expect(status().textContent).to.match(/Accentfärg mot bakgrund: 1\.\d\d:1, behöver minst 4\.5:1/);
    expect(gen.snippet).to.contain('data-theme-color-accent="#ffcc00"');
    root.querySelector<HTMLButtonElement>('.contrast')!.previousElementSibling!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(status().getAttribute('data-passes')).to.equal('true');
    expect(gen.snippet).not.to.contain('data-theme');
  });

  it('copies the snippet and confirms it in a live region; without clipboard access it selects the code instead', async () => {
    const clipboard = navigator.clipboard;
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      root.querySelector<HTMLButtonElement>('.code-box button')!.click();
      await until(() => root.querySelector('.copy-status')!.textContent!.trim() !== '', 'the confirmation');
      expect(written).to.deep.equal([gen.snippet]);
      expect(root.querySelector('.copy-status')!.textContent).to.equal('Koden är kopierad.');
      expect(root.querySelector('.copy-status')!.getAttribute('aria-live')).to.equal('polite');

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      root.querySelector<HTMLButtonElement>('.code-box button')!.click();
      await until(() => root.querySelector('.copy-status')!.textContent!.includes('Ctrl+C'), 'the fallback message');
      const area = root.querySelector<HTMLTextAreaElement>('#snippet')!;
      expect(document.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('switches its own interface between Swedish and English, keeping the choices', () => {
    gen.set({ component: 'partner-map' });
    expect(root.querySelector('h1')!.textContent).to.equal('Kodgenerator för samverkan');
    const toggle = root.querySelector<HTMLButtonElement>('.gen-header button')!;
    expect(toggle.lang).to.equal('en');
    toggle.click();
    expect(document.documentElement.lang).to.equal('en');
    expect(root.querySelector('h1')!.textContent).to.equal('samverkan embed code generator');
    expect(root.querySelector('legend')!.textContent!.trim()).to.equal('Component');
    expect(root.querySelector<HTMLInputElement>('input[value="partner-map"]')!.checked).to.equal(true);
    expect(gen.snippet).to.contain('data-samverkan="partner-map"');
  });

  it('shows only the chosen component’s filters, with values from the feed, and puts a chosen value in the snippet', async () => {
    gen.set({ component: 'goal-tracker' });
    await until(() => root.querySelector('#filter-party option[value="arbetsformedlingen"]'), 'the feed suggestions');
    expect([...root.querySelectorAll('[id^="filter-"]')].map((e) => e.id)).to.deep.equal(['filter-area', 'filter-party', 'filter-goal', 'filter-heading-level']);
    const party = root.querySelector<HTMLSelectElement>('#filter-party')!;
    party.value = 'arbetsformedlingen';
    party.dispatchEvent(new Event('change', { bubbles: true }));
    expect(gen.snippet).to.contain('data-party="arbetsformedlingen"');
  });

  it('has no WCAG 2.1 A/AA violation, in Swedish and in English', async () => {
    const run = async () => (await axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, iframes: false })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    await until(() => root.querySelector('#filter-municipality option[value="0780"]'), 'the feed suggestions');
    expect(await run()).to.deep.equal([]);
    gen.set({ ui: 'en', theme: { ...DEFAULT_THEME, accent: '#ffcc00' } });
    expect(await run()).to.deep.equal([]);
  });
});
