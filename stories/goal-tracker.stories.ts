/**
 * <samverkan-goal-tracker>: one story per state. The sample feeds' figures
 * are invented and marked as examples ("Exempeldata").
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import kronoberg from '../demo/feeds/kronoberg.json';
import skane from '../demo/feeds/skane.json';
import halland from '../demo/feeds/halland.json';
import varmland from '../demo/feeds/varmland.json';
import '../src/components/goal-tracker/define.js';

interface Args {
  lang: string;
  area: string;
  party: string;
  goal: string;
  headingLevel: number;
  today: string;
}
const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];

const meta: Meta<Args> = {
  title: 'Components/Goal tracker',
  component: 'samverkan-goal-tracker',
  args: { lang: 'sv', area: '', party: '', goal: '', headingLevel: 2, today: '2024-06-30' },
  argTypes: {
    lang: { control: 'select', options: LANGS, description: 'Content and interface language' },
    area: { control: 'text', description: 'area id, e.g. kr-boende' },
    party: { control: 'text', description: 'organisation id, e.g. region-kronoberg' },
    goal: { control: 'text', description: 'one goal id, e.g. kr-mal-1' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'level of the top heading' },
    today: { control: 'text', description: 'YYYY-MM-DD that counts as today (time elapsed)' },
  },
};
export default meta;
type Story = StoryObj<Args>;

const tracker = (feed: object | null, args: Args, extra: { src?: string; timeout?: number } = {}) =>
  html`<samverkan-goal-tracker
    lang=${args.lang}
    area=${args.area || ''}
    party=${args.party || ''}
    goal=${args.goal || ''}
    heading-level=${args.headingLevel}
    today=${args.today}
    src=${extra.src ?? ''}
    timeout=${extra.timeout ?? 10000}
    .feed=${feed}
  ></samverkan-goal-tracker>`;

export const Kronoberg: Story = { render: (args) => tracker(kronoberg, args) };
export const Skane: Story = { name: 'Skåne', render: (args) => tracker(skane, args) };
export const Halland: Story = { render: (args) => tracker(halland, args) };
export const Varmland: Story = { name: 'Värmland', render: (args) => tracker(varmland, args) };
export const Arabic: Story = { args: { lang: 'ar' }, render: (args) => tracker(kronoberg, args) };
export const Dari: Story = { args: { lang: 'prs' }, render: (args) => tracker(kronoberg, args) };
export const Tigrinya: Story = { args: { lang: 'ti' }, render: (args) => tracker(kronoberg, args) };
export const Ukrainian: Story = { args: { lang: 'uk' }, render: (args) => tracker(skane, args) };

/** After the period: the time bar is full; figures not yet published keep their own date's status. */
export const AfterThePeriod: Story = { args: { today: '2026-11-23' }, render: (args) => tracker(kronoberg, args) };

/** Filtered by attributes: the housing area, or one party's goals. */
export const FilteredByArea: Story = { args: { area: 'kr-boende' }, render: (args) => tracker(kronoberg, args) };
export const FilteredByParty: Story = { args: { party: 'region-kronoberg' }, render: (args) => tracker(kronoberg, args) };

/** One goal, opened: for a page about that goal. */
export const OneGoal: Story = { args: { goal: 'kr-mal-1', headingLevel: 3 }, render: (args) => tracker(kronoberg, args) };

/** A goal followed by a reported status only (an activity with no number). */
export const ReportedStatus: Story = { args: { goal: 'kr-mal-3' }, render: (args) => tracker(kronoberg, args) };

export const LongTexts: Story = {
  render: (args) => {
    const long = 'Fler nyanlända kvinnor och män med kort utbildning kommer i arbete eller reguljära studier inom två år efter etableringsprogrammet';
    const a = kronoberg.agreement;
    const goals = a.goals.map((g, i) => (i % 2 ? g : { ...g, title: `${long} (${i + 1})`, description: `${long}. `.repeat(3) }));
    return tracker({ ...kronoberg, agreement: { ...a, goals } }, args);
  },
};

/** Example data marked at each level: the whole agreement (every goal), and in the second story one area and one measurement only. */
export const ExampleAgreement: Story = {
  render: (args) => tracker({ ...kronoberg, agreement: { ...kronoberg.agreement, example: true } }, args),
};
export const ExampleAreaAndMeasurement: Story = {
  args: { lang: 'ar' },
  render: (args) => {
    type Flagged = Record<string, unknown>;
    const a = structuredClone(skane.agreement) as unknown as { areas: Flagged[]; goals: { indicators?: { measurements?: Flagged[] }[] }[] };
    a.areas[0].example = true;
    const m = a.goals.flatMap((g) => g.indicators ?? []).find((i) => i.measurements?.length)?.measurements;
    if (m) m[m.length - 1].example = true;
    return tracker({ ...skane, agreement: a }, args);
  },
};

export const Narrow: Story = { render: (args) => html`<div style="max-inline-size: 360px">${tracker(kronoberg, args)}</div>` };
export const Wide: Story = { render: (args) => html`<div style="max-inline-size: 1400px">${tracker(skane, args)}</div>` };

/** A valid agreement with no goals yet. */
export const Empty: Story = { render: (args) => tracker({ ...kronoberg, agreement: { ...kronoberg.agreement, goals: [] } }, args) };

/** A feed with no agreement section. */
export const NoAgreement: Story = { render: (args) => tracker({ ...kronoberg, agreement: undefined }, args) };

/** Loading: a URL that never answers within the (huge) timeout. */
export const Loading: Story = { render: (args) => tracker(null, args, { src: 'never', timeout: 600000 }) };

export const LoadError: Story = { name: 'Error', render: (args) => tracker(null, args, { src: 'feeds/missing.json' }) };

/**
 * Stale copy: a saved copy of the feed in localStorage and a source that
 * fails; the tracker shows the copy with a note and a retry button.
 */
export const Stale: Story = {
  render: (args) => {
    const url = new URL('feeds/missing-stale-goals.json', location.href).href;
    localStorage.setItem(`samverkan:feed:v1:${url}`, JSON.stringify({ fetchedAt: '2026-10-01T08:00:00Z', text: JSON.stringify(kronoberg) }));
    return tracker(null, args, { src: url });
  },
};
