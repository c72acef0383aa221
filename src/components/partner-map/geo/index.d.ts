/** One county's land outline, as written by scripts/region-outlines.mjs. */
export interface Outline {
  county: string;
  name: string;
  /** [minLon, minLat, maxLon, maxLat], WGS84. */
  bbox: [number, number, number, number];
  /** Closed rings of [lon, lat]. */
  land: [number, number][][];
  /** ISO 3166 alpha-2 per ring of `land` (e.g. "NO" for neighbouring land). */
  landCountry?: string[];
  source: string;
}
export function loadOutline(county: string | undefined): Promise<Outline | null>;
export const OUTLINE_COUNTIES: readonly string[];
