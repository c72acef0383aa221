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

  // Behaviour at scale only: how long it takes is measured by `npm run bench`, never asserted here.
  it('prepares all 200 cards in every language', () => {
    const feed = bigFeed();
    for (const l of LANGS) expect(prepareCollection(feed, l, '').cards).to.have.length(200);
  });

  it('renders 200 cards, switches their language, and sanitizes every body when all are opened for print', async () => {
    const feed = bigFeed();
    const el = mount<SamverkanInfoCards>('<samverkan-info-cards></samverkan-info-cards>');
    el.feed = feed;
    await el.updateComplete;
    while (!el.shadowRoot!.querySelector('.cards')) await frame();
    expect(el.shadowRoot!.querySelectorAll('.cards > li')).to.have.length(200);

    chooseLanguage('ar');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#h-c0')!.getAttribute('lang')).to.equal('ar');

    // Print opens every card: the worst case for the sanitizer.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.details:not([hidden]) .body p')).to.have.length(400);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.details:not([hidden])')).to.have.length(0);
  });
});
