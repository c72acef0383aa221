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
    gap: 0.2rem;
    flex: 1 1 10rem;
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
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-end: 0.4rem;
  }
  .controls .button {
    min-inline-size: 44px;
    justify-content: center;
    padding-inline: 0.6em;
  }
  .viewport {
    position: relative;
    block-size: var(--_map-height);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_water);
    /* One finger scrolls the page until the map is in use (focused or clicked); then it pans. */
    touch-action: pan-x pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport.active {
    touch-action: none;
  }
  .viewport:focus-visible {
    outline-offset: -4px;
  }
  svg {
    position: absolute;
    inset: 0;
    display: block;
  }
  .land {
    fill: var(--_land);
    stroke: none;
  }
  .land.foreign {
    fill: var(--_surface-alt);
  }
  .muni {
    fill: var(--_land);
    stroke: #7d8b7a;
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .over-tiles .land {
    fill: none;
  }
  .over-tiles .muni {
    fill: none;
    stroke: #333;
  }
  .muni.highlight {
    fill: #cfe0f5;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .seat circle {
    fill: var(--_text);
  }
  .seat text {
    font-size: 12px;
    text-anchor: middle;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .seat.highlight text {
    font-weight: 700;
  }
  .markers {
    position: absolute;
    inset: 0;
  }
  .marker {
    position: absolute;
    inset-block-start: 0;
    left: 0;
    display: grid;
    place-items: center;
    inline-size: 26px;
    block-size: 26px;
    margin: -13px 0 0 -13px;
    padding: 0;
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8rem;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
    box-shadow: 0 0 0 1px var(--_text);
  }
  .marker.cluster {
    inline-size: 36px;
    block-size: 36px;
    margin: -18px 0 0 -18px;
    background: var(--_surface);
    color: var(--_accent);
    border: 3px solid var(--_accent);
  }
  .marker.selected {
    background: var(--_danger);
    inline-size: 32px;
    block-size: 32px;
    margin: -16px 0 0 -16px;
    z-index: 1;
  }
  .marker:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
    z-index: 2;
  }
  .hint {
    position: absolute;
    inset-inline: 1rem;
    inset-block-end: 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
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
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
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
  @container (max-width: 24rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.4rem;
    }
  }
  @media (forced-colors: active) {
    .land,
    .muni {
      fill: Canvas;
      stroke: CanvasText;
    }
    .muni.highlight {
      stroke: Highlight;
    }
    .seat circle,
    .seat text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonFace;
    }
    .marker.cluster {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .marker.selected {
      background: Highlight;
      color: HighlightText;
    }
    .list li.selected {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .controls,
    .hint,
    .help {
      display: none;
    }
  }
`;
