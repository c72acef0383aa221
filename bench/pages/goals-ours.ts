/** Ours: <samverkan-goal-tracker> given the feed object. */
import '../../src/components/goal-tracker/define.js';
import { configureLocalization } from '../../src/internal/localize.js';
import { fetchJSON, register, stage } from './harness.js';

configureLocalization();
let feed: object;
register({
  goals: {
    async prepare(p) {
      feed = await fetchJSON<object>(p.feed);
    },
    async run() {
      const el = document.createElement('samverkan-goal-tracker') as HTMLElement & { feed: object | null };
      el.style.cssText = 'display: block; inline-size: 1200px';
      el.feed = feed;
      stage().append(el);
    },
  },
});
