import { css } from 'lit';

export default css`
  .h {
    margin: 1.25em 0 0.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .h1 {
    font-size: 1.5em;
    margin-block-start: 0;
  }
  .h2 {
    font-size: 1.25em;
  }
  .h3 {
    font-size: 1.1em;
    margin: 0;
  }
  .h4 {
    font-size: 1em;
    margin: 0;
  }
  p {
    margin: 0.5em 0;
  }
  .muted {
    color: var(--_muted);
  }
  .label {
    font-weight: 600;
  }
  [data-status='achieved'],
  [data-status='on-track'] {
    --_status: var(--_success);
  }
  [data-status='at-risk'] {
    --_status: var(--_warning);
  }
  [data-status='off-track'] {
    --_status: var(--_danger);
  }
  [data-status='no-data'] {
    --_status: var(--_muted);
  }
  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    vertical-align: -0.2em;
    margin-inline-end: 0.3em;
    color: var(--_status);
  }
  .icon .fill {
    fill: currentColor;
  }
  .icon .mark {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .icon[data-status='no-data'] .mark {
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-dasharray: 2.4 2;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    padding: 0.1em 0.5em;
    border: 2px solid var(--_status);
    border-radius: 999px;
    font-size: 0.9em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.reported {
    border-style: dashed;
    border-radius: var(--_radius);
    white-space: normal;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0.5em 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  progress {
    appearance: none;
    inline-size: 100%;
    max-inline-size: 16rem;
    block-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
    vertical-align: middle;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  progress::-webkit-progress-value {
    background: var(--_status, var(--_accent));
  }
  progress::-moz-progress-bar {
    background: var(--_status, var(--_accent));
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.6em;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .summary {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary .h {
    margin-block-start: 0;
  }
  .headline {
    font-size: 1.15em;
    font-weight: 700;
  }
  .counts,
  .areas,
  .inline,
  .bars {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .areas li {
    padding-block: 0.35em;
    border-block-start: 1px solid var(--_border);
  }
  .area-name {
    font-weight: 600;
    margin-inline-end: 1em;
  }
  .area-counts {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin-block: 1rem;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    font-weight: 600;
    flex: 1 1 12rem;
    max-inline-size: 22rem;
  }
  select {
    min-block-size: 44px;
    font-weight: 400;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: 0.4em;
  }
  .filters .count {
    flex-basis: 100%;
    margin: 0;
  }
  .goal {
    /* Cards off screen skip layout and paint until scrolled to (they stay in the accessibility tree and find-in-page). */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
    margin-block: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_status, var(--_border));
    border-radius: var(--_radius);
  }
  .goal-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .goal-title:focus {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .bars li {
    display: grid;
    gap: 0.15em;
    margin-block: 0.5em;
  }
  .bars progress {
    max-inline-size: none;
  }
  .report {
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .goal-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }
  .toggle::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* Physical sides on purpose: the chevron points down (closed) or up (open) in both directions. */
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true']::before {
    transform: rotate(225deg);
  }
  .part-of {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .icon,
    progress {
      forced-color-adjust: none;
    }
    .icon .fill {
      fill: CanvasText;
    }
    .icon .mark {
      stroke: Canvas;
    }
    .icon[data-status='no-data'] .mark {
      stroke: CanvasText;
    }
    progress {
      background: Canvas;
      border-color: CanvasText;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    .badge,
    .goal {
      border-color: CanvasText;
    }
  }
  @media print {
    .filters,
    .goal-actions {
      display: none;
    }
  }
`;
