/**
 * <samverkan-partner-map>: one story per state. The map makes no third-party
 * request in any of them except "With tiles", which points at the test
 * fixtures served from this repository (a same-origin tile server).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import kronoberg from '../demo/feeds/kronoberg.json';
import skane from '../demo/feeds/skane.json';
import halland from '../demo/feeds/halland.json';
import varmland from '../demo/feeds/varmland.json';
import '../src/components/partner-map/define.js';

interface Args {
  lang: string;
  type: string;
  municipality: string;
  q: string;
}
const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];

const meta: Meta<Args> = {
  title: 'Components/Partner map',
  component: 'samverkan-partner-map',
  args: { lang: 'sv', type: '', municipality: '', q: '' },
  argTypes: {
    lang: { control: 'select', options: LANGS, description: 'Content and interface language' },
    type: { control: 'select', options: ['', 'municipality', 'region', 'county-board', 'government-agency', 'university', 'coordination-association', 'civil-society', 'employer', 'network', 'other'] },
    municipality: { control: 'text', description: 'kommunkod, e.g. 0780' },
    q: { control: 'text', description: 'free-text search' },
  },
};
export default meta;
type Story = StoryObj<Args>;

const map = (feed: object | null, args: Args, extra: { src?: string; timeout?: number; tiles?: string; attribution?: string } = {}) =>
  html`<samverkan-partner-map
    lang=${args.lang}
    type=${args.type || ''}
    municipality=${args.municipality || ''}
    q=${args.q || ''}
    src=${extra.src ?? ''}
    timeout=${extra.timeout ?? 10000}
    tiles=${extra.tiles ?? ''}
    tiles-attribution=${extra.attribution ?? ''}
    .feed=${feed}
  ></samverkan-partner-map>`;

export const Kronoberg: Story = { render: (args) => map(kronoberg, args) };
export const Skane: Story = { name: 'Skåne', render: (args) => map(skane, args) };
export const Halland: Story = { render: (args) => map(halland, args) };
export const Varmland: Story = { name: 'Värmland', render: (args) => map(varmland, args) };
export const Arabic: Story = { args: { lang: 'ar' }, render: (args) => map(kronoberg, args) };
export const Somali: Story = { args: { lang: 'so' }, render: (args) => map(kronoberg, args) };
export const Ukrainian: Story = { args: { lang: 'uk' }, render: (args) => map(skane, args) };

/** Filtered by attributes: civil society in Växjö. */
export const Filtered: Story = { args: { type: 'civil-society', municipality: '0780' }, render: (args) => map(kronoberg, args) };

/** Organisation type `network` (a network or collaboration platform): MILSA in the Skåne sample, alone after the filter. */
export const NetworkOrganisation: Story = { name: 'Skåne: network (MILSA)', args: { type: 'network' }, render: (args) => map(skane, args) };

/** Municipality borders from the feed (here a rough hand-made shape per municipality, for illustration only). */
export const WithBoundaries: Story = {
  render: (args) => {
    const sq = (x0: number, y0: number, x1: number, y1: number) => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
    const f = {
      ...kronoberg,
      region: {
        ...kronoberg.region,
        boundaries: {
          geojson: {
            type: 'FeatureCollection',
            features: [
              { type: 'Feature', properties: { kommunkod: '0781', name: 'Ljungby' }, geometry: { type: 'Polygon', coordinates: sq(13.5, 56.65, 14.35, 57.15) } },
              { type: 'Feature', properties: { kommunkod: '0764', name: 'Alvesta' }, geometry: { type: 'Polygon', coordinates: sq(14.35, 56.8, 14.7, 57.15) } },
              { type: 'Feature', properties: { kommunkod: '0780', name: 'Växjö' }, geometry: { type: 'Polygon', coordinates: sq(14.7, 56.7, 15.1, 57.15) } },
            ],
          },
          attribution: 'Illustrativa gränser (inte verkliga)',
        },
      },
    };
    return map(f, { ...args, municipality: args.municipality || '0780' });
  },
};

/** Tiles from a same-origin tile server (the repository's test fixtures); only then are tiles requested. */
export const WithTiles: Story = {
  render: (args) => map(kronoberg, args, { tiles: '/test/partner-map/tiles/{z}/{x}/{y}.png', attribution: 'Testplattor (grå rutor)' }),
};

/** No partner has coordinates: all are drawn at their municipality's seat, one is listed with a note. */
export const NoCoordinates: Story = {
  render: (args) => {
    const orgs = kronoberg.organizations.map(({ location: _drop, ...o }) => o);
    orgs.push({ id: 'okand', name: 'Förening utan adress', type: 'civil-society' } as (typeof orgs)[number]);
    return map({ ...kronoberg, organizations: orgs }, args);
  },
};

/** 5,000 partners: clusters, not 5,000 buttons; the list shows 50 at a time. */
export const FiveThousand: Story = {
  name: '5,000 partners',
  render: (args) => {
    const orgs = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      name: `Partner ${i + 1}`,
      type: 'other',
      location: { lat: 56.3 + ((i * 7919) % 1000) / 1000, lon: 13.3 + ((i * 104729) % 2700) / 1000 },
    }));
    return map({ ...kronoberg, organizations: orgs }, args);
  },
};

export const LongTexts: Story = {
  render: (args) => {
    const long = 'Samordningsförbundet för arbetslivsinriktad rehabilitering och etablering i södra och västra delarna av länet';
    const orgs = kronoberg.organizations.map((o, i) => (i % 3 ? o : { ...o, name: `${long} ${i}`, description: `${long}. `.repeat(4) }));
    return map({ ...kronoberg, organizations: orgs }, args);
  },
};

export const Narrow: Story = { render: (args) => html`<div style="max-inline-size: 360px">${map(kronoberg, args)}</div>` };
export const Wide: Story = { render: (args) => html`<div style="max-inline-size: 1400px">${map(skane, args)}</div>` };

export const Empty: Story = { render: (args) => map({ ...kronoberg, organizations: [] }, args) };

/** Loading: a URL that never answers within the (huge) timeout. */
export const Loading: Story = { render: (args) => map(null, args, { src: 'never', timeout: 600000 }) };

export const LoadError: Story = { name: 'Error', render: (args) => map(null, args, { src: 'feeds/missing.json' }) };

/**
 * Stale copy: a saved copy of the feed in localStorage and a source that
 * fails; the map shows the copy with a note and a retry button.
 */
export const Stale: Story = {
  render: (args) => {
    const url = new URL('feeds/missing-stale.json', location.href).href;
    localStorage.setItem(`samverkan:feed:v1:${url}`, JSON.stringify({ fetchedAt: '2026-10-01T08:00:00Z', text: JSON.stringify(kronoberg) }));
    return map(null, args, { src: url });
  },
};
