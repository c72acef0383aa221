/** Baseline: plain Lit list of 200 info cards; the step switches Swedish → Arabic. */
import { LitInfoCards } from '../baselines/lit-info-cards.js';
import { fetchJSON, register, stage } from './harness.js';

customElements.define('lit-info-cards', LitInfoCards);

let cards: LitInfoCards['cards'] = [];
let el: LitInfoCards;
register({
  cards: {
    async prepare(p) {
      cards = (await fetchJSON<{ infoCards: LitInfoCards['cards'] }>(p.feed)).infoCards;
    },
    async run() {
      el = document.createElement('lit-info-cards') as LitInfoCards;
      el.cards = cards;
      stage().append(el);
    },
    async step() {
      el.language = 'ar';
    },
  },
});
