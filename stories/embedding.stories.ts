/**
 * Embedding and theming, as a web editor and a designer meet them: the
 * CMS-proof placeholder and its fallback, a dark theme through the public
 * custom properties, the host page's font, and hostile host CSS.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import kronoberg from '../demo/feeds/kronoberg.json';
// The script-tag entry: registers every element and upgrades placeholders.
import '../src/samverkan.js';

interface EmbeddingArgs {
  component: 'event-calendar' | 'partner-map' | 'goal-tracker' | 'info-cards';
  lang: string;
}

const LANGS = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'];

const meta: Meta<EmbeddingArgs> = {
  title: 'Embedding and theming',
  args: { component: 'event-calendar', lang: 'sv' },
  argTypes: {
    component: { control: 'select', options: ['event-calendar', 'partner-map', 'goal-tracker', 'info-cards'] },
    lang: { control: 'select', options: LANGS, description: 'Content and interface language (`data-lang` / `lang`)' },
  },
};
export default meta;
type Story = StoryObj<EmbeddingArgs>;

/** Builds the placeholder as a CMS would store it: plain DOM, no Lit bindings (the script replaces it). */
function placeholder(args: EmbeddingArgs, upgrade = true): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('data-samverkan', args.component);
  div.setAttribute('data-src', 'feeds/kronoberg.json');
  div.setAttribute('data-lang', args.lang);
  // Marked as already upgraded: shows what a reader sees when the script is blocked.
  if (!upgrade) div.setAttribute('data-samverkan-upgraded', '');
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = 'https://www.informationsverige.se/';
  a.textContent = 'Information för nyanlända i Kronobergs län på informationsverige.se';
  p.append(a);
  div.append(p);
  return div;
}

/**
 * `<div data-samverkan="…" data-src="…" data-lang="…">` with a fallback link,
 * upgraded by the script to the element. Survives CMS editors that strip
 * unknown elements (Drupal's CKEditor 5, Optimizely's TinyMCE).
 */
export const Placeholder: Story = {
  render: (args) => {
    const main = document.createElement('main');
    main.append(placeholder(args));
    return main;
  },
};

/** The same placeholder when the script is blocked or fails: the plain link stays. */
export const FallbackWithoutScript: Story = {
  name: 'Fallback without script',
  render: (args) => {
    const main = document.createElement('main');
    main.append(placeholder(args, false));
    return main;
  },
};

const element = (args: EmbeddingArgs) => {
  switch (args.component) {
    case 'partner-map':
      return html`<samverkan-partner-map lang=${args.lang} .feed=${kronoberg}></samverkan-partner-map>`;
    case 'goal-tracker':
      return html`<samverkan-goal-tracker lang=${args.lang} .feed=${kronoberg}></samverkan-goal-tracker>`;
    case 'info-cards':
      return html`<samverkan-info-cards lang=${args.lang} .feed=${kronoberg}></samverkan-info-cards>`;
    default:
      return html`<samverkan-event-calendar lang=${args.lang} .feed=${kronoberg}></samverkan-event-calendar>`;
  }
};

/**
 * A dark theme from the host page's stylesheet, through the public custom
 * properties only (every pair checked at WCAG AA with src/internal/contrast.ts:
 * text 14.9:1, accent 7.9:1, text on accent 8.8:1, muted 9.7:1).
 */
export const DarkTheme: Story = {
  name: 'Theme: dark surface, custom accent',
  render: (args) => html`
    <style>
      .theme-dark {
        padding: 1rem;
        background: #1b1f24;
        color: #f1f3f5;
        --samverkan-color-accent: #8ab4f8;
        --samverkan-color-on-accent: #10141a;
        --samverkan-color-text: #f1f3f5;
        --samverkan-color-muted: #c2c7ce;
        --samverkan-color-surface: #1b1f24;
        --samverkan-color-surface-alt: #262b31;
        --samverkan-color-border: #8a9199;
        --samverkan-color-success: #6fcf8a;
        --samverkan-color-warning: #f0b35a;
        --samverkan-color-danger: #ff8a80;
        --samverkan-focus-ring: 3px solid #f1f3f5;
        --samverkan-radius: 12px;
        --samverkan-calendar-today: #253449;
        --samverkan-map-land: #2d3a33;
        --samverkan-map-water: #1b1f24;
      }
    </style>
    <main class="theme-dark">${element(args)}</main>
  `,
};

/** The host page's font is inherited (here a serif), and spacing and radius follow the tokens. */
export const HostFont: Story = {
  name: 'Theme: host page font, square corners',
  render: (args) => html`
    <style>
      .theme-serif {
        font-family: Georgia, 'DejaVu Serif', serif;
        --samverkan-radius: 0;
        --samverkan-space: 1.5rem;
      }
    </style>
    <main class="theme-serif">${element(args)}</main>
  `,
};

/** A host theme with rules that would break ordinary markup: the components are unaffected (shadow DOM). */
export const HostileHostCss: Story = {
  name: 'Hostile host CSS',
  render: (args) => html`
    <style>
      .hostile * {
        all: unset;
        font-size: 40px !important;
        color: red !important;
      }
      .hostile div,
      .hostile section {
        display: none !important;
      }
      .hostile button,
      .hostile a {
        background: yellow !important;
        border: 5px dotted red !important;
      }
    </style>
    <main class="hostile">${element(args)}</main>
  `,
};
