/** Ours: <samverkan-info-cards> with 200 cards in 12 languages; the step is the reader choosing Arabic in the language picker. */
import '../../src/components/info-cards/define.js';
import { configureLocalization, loadLocale } from '../../src/internal/localize.js';
import { chooseLanguage } from '../../src/components/info-cards/content-language.js';
import { fetchJSON, register, stage } from './harness.js';

configureLocalization();
let feed: object;
let el: HTMLElement & { feed: object | null };
register({
  cards: {
    async prepare(p) {
      feed = await fetchJSON<object>(p.feed);
      await loadLocale('ar'); // interface strings in hand, as the data is
    },
    async run() {
      el = document.createElement('samverkan-info-cards') as typeof el;
      el.style.cssText = 'display: block; inline-size: 1200px';
      el.setAttribute('lang', 'sv');
      el.feed = feed;
      stage().append(el);
    },
    async step() {
      // What the cards' language picker does: the reader's choice, shared by every card on the page.
      chooseLanguage('ar', false);
    },
  },
});
