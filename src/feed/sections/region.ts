/** `region`: who publishes the feed, for which county, and the map's reference data. */
import { anyValue, array, boolean, object, optional, record, string, type Infer } from '../schema-kit.js';
import { DateTime, Email, GeoPoint, HttpUrl, Kommunkod, Lanskod, LocalizedText } from './common.js';

export const Municipality = object({
  code: Kommunkod,
  name: string({ d: 'Official name, e.g. "Växjö".' }),
  seat: optional(GeoPoint),
});
export type Municipality = Infer<typeof Municipality>;

/**
 * Municipality boundaries for the partner map: GeoJSON (a FeatureCollection
 * whose features carry `properties.kommunkod`) inline, or a URL to such a file.
 * `scripts/boundaries.mjs` turns a Lantmäteriet/SCB file into this form.
 */
export const Boundaries = object({
  url: optional(HttpUrl),
  geojson: optional(object({
    type: string({ pattern: /^FeatureCollection$/, format: '"FeatureCollection"' }),
    features: array(object({
      type: string({ pattern: /^Feature$/, format: '"Feature"' }),
      properties: object({ kommunkod: Kommunkod, name: optional(string()) }),
      geometry: object({
        type: string({ pattern: /^(Multi)?Polygon$/, format: '"Polygon" or "MultiPolygon"' }),
        coordinates: anyValue('GeoJSON coordinates, [longitude, latitude] in WGS84.'),
      }),
    })),
  })),
  attribution: optional(LocalizedText),
}, 'Municipality boundaries (WGS84), inline or by URL.');

export const Region = object({
  id: string({ pattern: /^[a-z0-9-]+$/, format: 'slug', d: 'Short id of the region, e.g. "kronoberg".' }),
  name: LocalizedText,
  county: optional(object({ code: Lanskod, name: string() })),
  municipalities: optional(array(Municipality, 'The municipalities of the region, with their seats as map reference points.')),
  boundaries: optional(Boundaries),
  publisher: optional(object({ name: LocalizedText, url: optional(HttpUrl), email: optional(Email) })),
  updated: optional(DateTime),
  license: optional(string({ d: 'Licence of the feed data, e.g. "CC0-1.0".' })),
  exampleData: optional(boolean('true when the feed contains invented example data.')),
  links: optional(record(/^(eventCalendar|partnerMap|goalTracker|infoCards)$/, 'component name', HttpUrl, 'Pages where each component is published, for cross-links.')),
});
export type Region = Infer<typeof Region>;
