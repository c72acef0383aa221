/**
 * Anchor: Leaflet 1.9 + Leaflet.markercluster 1.5, no tiles, every partner a
 * circleMarker (SVG renderer) in a MarkerClusterGroup; animations off so the
 * zoom step is measured to its first frame, as ours is.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { fetchJSON, register, stage, type Contender } from './harness.js';

interface Org { id: string; name: string; location?: { lat: number; lon: number } }
let points: [number, number, string][] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let map: any;

const leaflet: Contender = {
  async prepare(p) {
    const feed = await fetchJSON<{ organizations: Org[] }>(p.feed);
    points = feed.organizations.filter((o) => o.location).map((o) => [o.location!.lat, o.location!.lon, o.name]);
  },
  async run() {
    const el = document.createElement('div');
    el.style.cssText = 'inline-size: 1200px; block-size: 700px';
    stage().append(el);
    map = L.map(el, { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
    // Fitted to the partners, as an integrator would (and as ours fits its region).
    map.fitBounds(L.latLngBounds(points.map(([lat, lon]) => [lat, lon] as [number, number])), { animate: false });
    const group = L.markerClusterGroup({ animate: false, chunkedLoading: false });
    group.addLayers(points.map(([lat, lon, name]) => L.circleMarker([lat, lon], { radius: 6 }).bindTooltip(name)));
    map.addLayer(group);
  },
  async step() {
    map.setZoom(map.getZoom() + 1, { animate: false });
  },
};
register({ map: leaflet });
