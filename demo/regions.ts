/** The sample regions of the demo, with the feeds in demo/feeds. */
export const REGIONS = [
  { id: 'kronoberg', name: 'Kronoberg', feed: new URL('./feeds/kronoberg.json', import.meta.url).href },
  { id: 'skane', name: 'Skåne', feed: new URL('./feeds/skane.json', import.meta.url).href },
  { id: 'halland', name: 'Halland', feed: new URL('./feeds/halland.json', import.meta.url).href },
  { id: 'varmland', name: 'Värmland', feed: new URL('./feeds/varmland.json', import.meta.url).href },
] as const;

export const DEMO_LANGUAGES = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'] as const;
