/** Ours: <samverkan-partner-map> given the feed object; the step is its own "zoom in" button (×1.5). */
import '../../src/components/partner-map/define.js';
import { configureLocalization } from '../../src/internal/localize.js';
import { loadOutline } from '../../src/components/partner-map/geo/index.js';
import { fetchJSON, register, stage } from './harness.js';

configureLocalization();
let feed: object;
let el: HTMLElement & { feed: object | null };
register({
  map: {
    async prepare(p) {
      feed = await fetchJSON<object>(p.feed);
      // The county outline is data too (a same-origin asset the map fetches once per page): in hand before the timer.
      await loadOutline('07');
    },
    async run() {
      el = document.createElement('samverkan-partner-map') as typeof el;
      el.style.cssText = 'display: block; inline-size: 1200px';
      el.feed = feed;
      stage().append(el);
    },
    async step() {
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('.controls button');
      if (!button) throw new Error('no zoom-in button in <samverkan-partner-map>');
      button.click();
    },
  },
});
