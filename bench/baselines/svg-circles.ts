/**
 * Baseline: hand-projected SVG circles. Each partner's WGS84 position
 * projected by hand (equirectangular, longitude scaled by cos of the mean
 * latitude) into one <svg> of <circle>s. No clustering, no labels, no
 * keyboard: the limit for <samverkan-partner-map>. A zoom step halves the viewBox.
 */
import { LitElement, css, html, svg } from 'lit';

interface Org { id: string; location?: { lat: number; lon: number } }

export class SvgCircles extends LitElement {
  static override properties = { organizations: { attribute: false }, zoom: { type: Number } };
  organizations: Org[] = [];
  zoom = 1;
  static override styles = css`:host { display: block; } svg { inline-size: 100%; block-size: 700px; } circle { fill: #1565c0; stroke: #fff; stroke-width: 0.5; }`;

  override render() {
    const points = this.organizations.filter((o) => o.location);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const lat0 = points.reduce((s, o) => s + o.location!.lat, 0) / Math.max(points.length, 1);
    const k = Math.cos((lat0 * Math.PI) / 180);
    const xy = points.map((o) => {
      const x = o.location!.lon * k * 1000;
      const y = -o.location!.lat * 1000;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return [x, y];
    });
    const w = (maxX - minX) / this.zoom;
    const h = (maxY - minY) / this.zoom;
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    return html`<svg viewBox="${cx - w / 2} ${cy - h / 2} ${w} ${h}" role="img" aria-label="partners">
      ${xy.map(([x, y]) => svg`<circle cx=${x} cy=${y} r=${4 / this.zoom}></circle>`)}
    </svg>`;
  }
}
// Registered by the bench page that uses it (package.json "sideEffects" lets bundlers drop a side-effect-only import of this file).
