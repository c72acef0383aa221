/** Baseline: plain Lit list of 50 goal cards. */
import { LitGoalCards } from '../baselines/lit-goal-cards.js';
import { fetchJSON, register, stage } from './harness.js';

customElements.define('lit-goal-cards', LitGoalCards);

let goals: LitGoalCards['goals'] = [];
register({
  goals: {
    async prepare(p) {
      goals = (await fetchJSON<{ agreement: { goals: LitGoalCards['goals'] } }>(p.feed)).agreement.goals;
    },
    async run() {
      const el = document.createElement('lit-goal-cards') as LitGoalCards;
      el.goals = goals;
      stage().append(el);
    },
  },
});
