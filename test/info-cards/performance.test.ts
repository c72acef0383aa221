import { expect } from '@open-wc/testing';
import '../../src/components/info-cards/define.js';
import type { SamverkanInfoCards } from '../../src/components/info-cards/define.js';
import { chooseLanguage, resetLanguageChoice } from '../../src/components/info-cards/content-language.js';
import { prepareCollection } from '../../src/components/info-cards/prepare.js';
import type { Feed } from '../../src/feed/feed.js';
import { mount, unmountAll } from '../helpers.js';

const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru', 'ckb', 'ps', 'kmr'];
const TOPICS = ['health', 'housing', 'work', 'school', 'rights', 'society', 'family', 'language', 'money'];

/** 200 cards, each in 12 languages, with a body of a few paragraphs and a list. */
export function bigFeed(): Feed {
  const text = (i: number, what: string) => Object.fromEntries(LANGS.map((l) => [l, `${what} ${i} (${l})`]));
  const body = (i: number) =>
    Object.fromEntries(LANGS.map((l) => [l, `<p>Stycke ett, kort ${i} (${l}), med <strong>viktig</strong> text och <a href="https://example.se/${i}">en länk</a>.</p><h3>Mer</h3><ul><li>ett</li><li>två</li></ul><p>Stycke två.</p>`]));
  return {
    version: 1,
    infoCards: Array.from({ length: 200 }, (_, i) => ({
      id: `c${i}`,
      topic: TOPICS[i % TOPICS.length],
      title: text(i, 'Rubrik'),
      summary: text(i, 'Sammanfattning'),
      body: body(i),
      reviewed: '2026-10-01',
    })),
  } as Feed;
}

const frame = () => new Promise((r) => setTimeout(r, 0));

describe('info cards with 200 cards in 12 languages', () => {
  afterEach(() => {
    unmountAll();
    resetLanguageChoice();
  });

  it('prepares the collection (pure data) in a few milliseconds per language', () => {
    const feed = bigFeed();
    const t0 = performance.now();
    for (const l of LANGS) prepareCollection(feed, l, '');
    const perLanguage = (performance.now() - t0) / LANGS.length;
    console.log(`prepareCollection, 200 cards: ${perLanguage.toFixed(2)} ms per language`);
    expect(prepareCollection(feed, 'ar', '').cards).to.have.length(200);
    expect(perLanguage).to.be.lessThan(50);
  });

  it('renders first and switches language quickly, and opening every card sanitizes 200 bodies', async () => {
    const feed = bigFeed();
    const el = mount<SamverkanInfoCards>('<samverkan-info-cards></samverkan-info-cards>');
    const t0 = performance.now();
    el.feed = feed;
    await el.updateComplete;
    while (!el.shadowRoot!.querySelector('.cards')) await frame();
    const first = performance.now() - t0;
    expect(el.shadowRoot!.querySelectorAll('.cards > li')).to.have.length(200);

    const t1 = performance.now();
    chooseLanguage('ar');
    await el.updateComplete;
    const switchMs = performance.now() - t1;
    expect(el.shadowRoot!.querySelector('#h-c0')!.getAttribute('lang')).to.equal('ar');

    // Print opens every card: the worst case for the sanitizer.
    const t2 = performance.now();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const allOpen = performance.now() - t2;
    expect(el.shadowRoot!.querySelectorAll('.details:not([hidden]) .body p')).to.have.length(400);
    window.dispatchEvent(new Event('afterprint'));

    const t3 = performance.now();
    chooseLanguage('ti');
    await el.updateComplete;
    const closedSwitch = performance.now() - t3;
    const t4 = performance.now();
    chooseLanguage('fa');
    await el.updateComplete;
    chooseLanguage('ar');
    await el.updateComplete;
    const warmSwitch = (performance.now() - t4) / 2;
    console.log(
      `200 cards (Lit dev mode): first render ${first.toFixed(1)} ms; switch to ar (loads its interface strings) ${switchMs.toFixed(1)} ms; ` +
        `open all (print) ${allOpen.toFixed(1)} ms; close all + switch to ti ${closedSwitch.toFixed(1)} ms; warm switch ${warmSwitch.toFixed(1)} ms`,
    );
    expect(first).to.be.lessThan(1000);
    expect(switchMs).to.be.lessThan(500);
  });
});
