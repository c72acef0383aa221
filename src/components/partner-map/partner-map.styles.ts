import { css } from 'lit';

export default css`
  :host {
    --_land: var(--samverkan-map-land, #e6ece3);
    --_water: var(--samverkan-map-water, #dbe7f1);
    --_map-height: var(--samverkan-map-height, clamp(16rem, 75cqi, 34rem));
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block-end: 0.5rem;
  }
  .field {
    display: grid;
    /* One column that may shrink below its content: a long option (a collaboration area, in Arabic) never pushes the select out of the form. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2rem;
    flex: 1 1 10rem;
    min-inline-size: 0;
    font-weight: 600;
  }
  .field.search {
    flex-basis: 14rem;
  }
  input,
  select {
    min-block-size: 44px;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
    /* The field's width, not the longest option's (which the browser would otherwise measure, shaping every option in every script). */
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .count {
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
    .side {
      max-block-size: calc(var(--_map-height) + 8rem);
      overflow: auto;
    }
  }
  .map {
    position: relative;
    min-inline-size: 0;
  }
  /* The map's box, there before the map's chunk arrives, so nothing jumps (the rest: map-view.ts). */
  .viewport {
    position: relative;
    block-size: var(--_map-height);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
  }
  .help,
  .attribution {
    margin: 0.3rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .side {
    min-inline-size: 0;
  }
  .list-title {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
    /* The kit draws in two weights, 400 and 600 (each weight is a font lookup at the first layout: ms on a cold page). */
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  /* The button, then the example badge beside it, inside the item: a long name wraps within its column, the badge never onto a line of its own (where it seemed to be the next partner's). */
  .list li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    column-gap: 0.5rem;
    border-inline-start: 4px solid transparent;
    /* Items out of view are neither laid out nor painted until they come near it (still in the accessibility tree and found by find-in-page). */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
  }
  .list li:has(> [aria-current]) {
    border-inline-start-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .list li > .example-badge {
    margin-inline-end: 0.5rem;
  }
  .list button {
    display: grid;
    min-block-size: 44px;
    padding: 0.35rem 0.5rem;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  /* Inside the button: the item's paint containment would clip a ring drawn outside it. */
  .list button:focus-visible {
    outline-offset: -3px;
  }
  .list button:hover .name {
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
    color: var(--_accent);
  }
  .meta,
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .list li:has(> [aria-current]) {
      border-inline-start-color: Highlight;
    }
  }
`;
