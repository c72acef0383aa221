/** Baseline: hand-projected SVG circles. */
import { SvgCircles } from '../baselines/svg-circles.js';
import { fetchJSON, register, stage } from './harness.js';

customElements.define('svg-circles', SvgCircles);

let orgs: SvgCircles['organizations'] = [];
let el: SvgCircles;
register({
  map: {
    async prepare(p) {
      orgs = (await fetchJSON<{ organizations: SvgCircles['organizations'] }>(p.feed)).organizations;
    },
    async run() {
      el = document.createElement('svg-circles') as SvgCircles;
      el.organizations = orgs;
      stage().append(el);
    },
    async step() {
      el.zoom *= 2;
    },
  },
});
