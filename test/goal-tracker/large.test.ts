import { expect } from '@open-wc/testing';
import '../../src/components/goal-tracker/define.js';
import type { SamverkanGoalTracker } from '../../src/components/goal-tracker/goal-tracker.js';
import { mount, unmountAll } from '../helpers.js';

/** The bench's large agreement: 50 goals × 4 indicators × 20 measurements (200 indicators). */
const goals = Array.from({ length: 50 }, (_, g) => ({
  id: `g${g}`,
  area: `a${g % 4}`,
  title: `Mål ${g}`,
  responsible: ['o1'],
  indicators: Array.from({ length: 4 }, (_, i) => ({
    id: `i${i}`,
    title: `Indikator ${g}.${i}`,
    unit: 'percent',
    direction: 'increase',
    baseline: { date: '2005-12-31', value: 30 },
    target: { date: '2030-12-31', value: 60 },
    measurements: Array.from({ length: 20 }, (_, k) => ({ date: `${2006 + k}-12-31`, value: 30 + k + ((g + i) % 5) })),
  })),
}));
const FEED = {
  version: 1,
  organizations: [{ id: 'o1', name: 'Org', type: 'other' }],
  agreement: { id: 'a', title: 'A', period: { start: '2006-01-01', end: '2030-12-31' }, areas: [0, 1, 2, 3].map((a) => ({ id: `a${a}`, title: `Område ${a}` })), goals },
};

describe('<samverkan-goal-tracker> with a large agreement', () => {
  afterEach(unmountAll);

  it('renders 50 goals and 200 indicators with no chart drawn until a goal is opened, in a bounded DOM', async () => {
    const el = mount<SamverkanGoalTracker>('<samverkan-goal-tracker></samverkan-goal-tracker>');
    el.feed = FEED;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article.goal')).to.have.length(50);
    expect(el.shadowRoot!.querySelectorAll('progress')).to.have.length(201);
    expect(el.shadowRoot!.querySelectorAll('svg.chart')).to.have.length(0);
    // ~34 elements per goal card today (1,695 in all); a guard against the DOM growing unnoticed.
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    (el.shadowRoot!.querySelector('article.goal .goal-actions button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg.chart')).to.have.length(4);
  });
});
