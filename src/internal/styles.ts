/**
 * Styles every element shares: the public theme tokens (`--samverkan-*`, each
 * with an AA-contrast default), a reset that keeps host-page CSS out, focus
 * rings, and the feed-state messages.
 *
 * Public tokens are read once on `:host` into private `--_*` properties
 * (material-web's habit), so a component's CSS uses one name per token and a
 * host page sets only the documented ones.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--samverkan-color-accent, #0b5cad);
    --_on-accent: var(--samverkan-color-on-accent, #ffffff);
    --_text: var(--samverkan-color-text, #1a1a1a);
    --_muted: var(--samverkan-color-muted, #545454);
    --_surface: var(--samverkan-color-surface, #ffffff);
    --_surface-alt: var(--samverkan-color-surface-alt, #f3f5f7);
    --_border: var(--samverkan-color-border, #767b82);
    --_success: var(--samverkan-color-success, #1d6b35);
    --_warning: var(--samverkan-color-warning, #8a4b00);
    --_danger: var(--samverkan-color-danger, #b3261e);
    --_focus: var(--samverkan-focus-ring, 3px solid #1a1a1a);
    --_focus-offset: var(--samverkan-focus-offset, 2px);
    --_radius: var(--samverkan-radius, 6px);
    --_space: var(--samverkan-space, 1rem);
    --_font: var(--samverkan-font-family, inherit);
    --_font-size: var(--samverkan-font-size, 1rem);

    /* display, colours, font and box are set once, pinned, in the :host rule below. */
    /* Reserve room while the feed loads, so the page below does not jump. */
    min-block-size: var(--samverkan-min-height, 12rem);
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * Host-page CSS reaches the host element itself, and what it inherits flows
   * into the shadow tree: a theme's "* { color: red !important; font-size: 40px
   * !important }" or "* { all: unset }" (reset sheets, dark-mode plug-ins). An
   * !important declaration inside the shadow tree beats any from the page
   * (CSS Cascade 4, encapsulation contexts), so the inherited text settings
   * are pinned here; a host page themes them through the --samverkan-*
   * tokens, which stay live. display is pinned too: an inline host (after
   * "all: unset") has no size containment, so container queries and resize
   * observers see nothing and the layout falls apart. To hide a widget, use
   * the hidden attribute or hide an element around it.
   */
  :host {
    display: block !important;
    color: var(--_text) !important;
    background: var(--_surface) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    white-space: normal !important;
    box-sizing: border-box !important;
    container-type: inline-size !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .feed-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .feed-status[data-kind='error'] {
    border-inline-start: 6px solid var(--_danger);
  }
  .feed-status[data-kind='stale'] {
    border-inline-start: 6px solid var(--_warning);
  }
  .feed-status p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .loading {
    display: grid;
    place-items: center;
    min-block-size: var(--samverkan-min-height, 12rem);
    color: var(--_muted);
  }
  .loading::before {
    content: '';
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_accent);
    animation: samverkan-spin 1s linear infinite;
  }
  @keyframes samverkan-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .problems {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_warning);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .problems code {
    overflow-wrap: anywhere;
  }
  .example-badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_warning);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      min-block-size: 0;
      container-type: normal !important;
    }
    .button,
    .feed-status button {
      display: none;
    }
  }
`;
