import { css } from 'lit';

export default css`
  :host {
    --_today: var(--samverkan-calendar-today, #e3eefa);
    --_cell-height: var(--samverkan-calendar-cell-height, 6.5rem);
  }
  .base {
    display: grid;
    gap: 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .period {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
    flex: 1 1 12rem;
  }
  .period::first-letter {
    text-transform: uppercase;
  }
  .nav,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .views .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .filters {
    display: grid;
    gap: 0.5rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    gap: 0.2rem;
  }
  .field label {
    font-weight: 600;
  }
  input[type='search'],
  select {
    min-block-size: 44px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* As wide as the field, never as wide as the longest option (a long area name overflowed its column). */
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .more-filters > summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    padding-block: 0.5rem;
    min-block-size: 44px;
    display: list-item;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: 0.75rem;
    align-items: end;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .count {
    margin: 0;
    font-weight: 600;
    flex: 1 1 auto;
  }
  .past {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 44px;
  }
  .past input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .empty {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .empty p {
    margin: 0 0 0.5rem;
  }

  /* ---- month grid ---- */
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    font-weight: 600;
    font-size: 0.85em;
    padding: 0.25rem;
    color: var(--_muted);
    text-align: center;
  }
  .grid th.wk {
    inline-size: 2.5rem;
    font-weight: normal;
  }
  .grid thead th:not(.wk) {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .wd-narrow {
    display: none;
  }
  .grid tbody th.wk {
    vertical-align: top;
    padding-block-start: 0.5rem;
  }
  .grid td {
    vertical-align: top;
    block-size: var(--_cell-height);
    border: 1px solid var(--_border);
    padding: 0.2rem;
    overflow: hidden;
    cursor: pointer;
  }
  /* Cells keep an empty list and "+N more" button, hidden (the button's display rule would show it). */
  .more[hidden] {
    display: none;
  }
  .grid td.other {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .grid td.today {
    background: var(--_today);
  }
  .grid td.today .date {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.8em;
    block-size: 1.8em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .grid td:focus-visible {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  .date {
    font-weight: 600;
  }
  .chips {
    list-style: none;
    margin: 0.15rem 0 0;
    padding: 0;
  }
  .chips > li + li {
    margin-block-start: 2px;
  }
  .chip,
  .more {
    display: block;
    inline-size: 100%;
    text-align: start;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 3px;
    background: var(--_surface-alt);
    padding: 0.05rem 0.25rem;
    font-size: 0.8em;
    line-height: 1.3;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  /*
   * The usual chip is one line of text that the chip clips. A chip with data-status (a status word, or a title
   * in another language) is a row whose title clips itself, in its own direction (dir on it): a Swedish title
   * in an Arabic grid keeps its start.
   */
  .chip[data-status] {
    display: flex;
    gap: 0.25em;
  }
  .chip[data-status] .chip-title {
    overflow: hidden;
    text-overflow: ellipsis;
    /* The title's start stays in sight beside a long status word ("Uppskjutet:" filled a 165 px cell). */
    flex: 1 1 0;
    min-inline-size: 40%;
  }
  .chip-status {
    flex: 0 1 auto;
    min-inline-size: 1.5em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .more {
    border-inline-start-color: transparent;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
  }
  .chip-time:empty {
    display: none;
  }
  [data-status='cancelled'] .chip-title,
  .event[data-status='cancelled'] .title-button > span[lang],
  .event[data-status='cancelled'] .title-button > span:last-child,
  .day-list [data-status='cancelled'] .link-button > span:last-child {
    text-decoration: line-through;
  }
  .chip[data-status='cancelled'],
  .event[data-status='cancelled'] {
    border-inline-start-color: var(--_danger);
  }
  .chip[data-status='changed'],
  .chip[data-status='postponed'],
  .event[data-status='changed'],
  .event[data-status='postponed'] {
    border-inline-start-color: var(--_warning);
  }
  .status-word,
  .chip-status {
    font-weight: 700;
    color: var(--_danger);
    text-decoration: none;
  }
  :is([data-status='changed'], [data-status='postponed']) :is(.status-word, .chip-status) {
    color: var(--_warning);
  }
  .grid-help {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* A narrow month grid: numbers and a count of events, titles in the dialog. */
  @container (max-width: 40rem) {
    .grid th.wk {
      inline-size: 1.8rem;
    }
    /* "أسبوع" (Arabic for "wk") is wider than the narrow week column. */
    .grid thead th.wk {
      font-size: 0.65em;
      padding-inline: 0;
    }
    .wd {
      display: none;
    }
    .wd-narrow {
      display: inline;
    }
    .grid td {
      block-size: 3.2rem;
      padding: 0.1rem;
    }
    .chip {
      font-size: 0;
      block-size: 0.5rem;
      padding: 0;
      border-inline-start-width: 0;
      background: var(--_accent);
    }
    .chip[data-status='cancelled'] {
      background: var(--_danger);
    }
    .more {
      font-size: 0.7em;
      padding: 0;
      text-decoration: none;
    }
  }

  /* ---- agenda ---- */
  .agenda,
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agenda-day + .agenda-day {
    margin-block-start: 1rem;
  }
  .day-heading {
    margin: 0 0 0.4rem;
    padding-block-end: 0.2rem;
    font-size: 1.05em;
    border-block-end: 2px solid var(--_border);
  }
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  .event {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: 0.25rem 1rem;
    padding: 0.5rem 0.5rem;
    border-inline-start: 4px solid var(--_accent);
    margin-block-end: 0.5rem;
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    /* Items below the fold are not laid out (nor their scripts' fonts looked up) until scrolled near; they stay in the accessibility tree and find-in-page. */
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
  .event .when {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .title {
    margin: 0;
    font-size: 1em;
  }
  .title-button,
  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .title-button:focus-visible,
  .link-button:focus-visible {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .meta {
    margin: 0.2rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .status-note,
  .rescheduled {
    margin: 0.2rem 0 0;
  }
  .more-row {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .event {
      grid-template-columns: 1fr;
    }
    .toolbar .button {
      padding-inline: 0.6em;
    }
  }

  @media (forced-colors: active) {
    .grid td.today {
      outline: 3px solid CanvasText;
      outline-offset: -4px;
    }
    .grid td.today .date {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .chip,
    .more {
      border: 1px solid ButtonText;
    }
    .views .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .event {
      border: 1px solid CanvasText;
    }
  }

  /* Print: the agenda's layout, whatever view is on screen; no controls. */
  @media print {
    .filters,
    .nav,
    .views,
    .past,
    .more,
    .grid-help,
    .summary .button,
    .more-row,
    dialog {
      display: none !important;
    }
    .grid,
    .grid tbody,
    .grid tr,
    .grid td {
      display: block;
      border: 0;
      block-size: auto;
    }
    .grid thead,
    .grid th.wk,
    .grid td.other,
    .grid td .date {
      display: none;
    }
    .grid td:not(:has(.chip)) {
      display: none;
    }
    .grid td > .visually-hidden {
      position: static !important;
      inline-size: auto;
      block-size: auto;
      clip-path: none;
      white-space: normal;
      font-size: 1.05em;
    }
    .chip {
      font-size: 1em;
      white-space: normal;
      background: none;
      border-inline-start: 3px solid #000;
    }
    .event {
      content-visibility: visible;
      break-inside: avoid;
      background: none;
      border-inline-start-color: #000;
    }
    .title-button {
      color: #000;
      text-decoration: none;
    }
  }
`;
