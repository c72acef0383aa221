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
  }
  .list {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    border-inline-start: 4px solid transparent;
  }
  .list li.selected {
    border-inline-start-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .list button {
    display: grid;
    flex: 1 1 auto;
    min-block-size: 44px;
    padding: 0.35rem 0.5rem;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
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
  .details {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .details-head {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    justify-content: space-between;
  }
  .details h3 {
    margin: 0;
    font-size: 1.2rem;
  }
  .details .meta {
    margin: 0.25rem 0;
  }
  dl {
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.4rem;
    overflow-wrap: break-word;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  @media (forced-colors: active) {
    .list li.selected {
      border-inline-start-color: Highlight;
    }
  }
`;
