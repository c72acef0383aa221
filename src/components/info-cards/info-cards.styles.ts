import { css } from 'lit';

/**
 * Info cards: readable text in every script. Fonts are system fonts only (no
 * web-font request to anyone): the stacks name the fonts that cover Arabic
 * script and Ethiopic on Windows, macOS/iOS, Android and Linux.
 */
export default css`
  :host {
    --_content-font: var(--samverkan-content-font, inherit);
    --_arabic-font: var(--samverkan-arabic-font, system-ui, 'Segoe UI', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Geeza Pro', 'Dubai', Tahoma, 'DejaVu Sans', sans-serif);
    --_ethiopic-font: var(--samverkan-ethiopic-font, 'Noto Sans Ethiopic', 'Abyssinica SIL', 'Nyala', 'Kefa', 'Ebrima', system-ui, sans-serif);
    --_measure: var(--samverkan-measure, 65ch);
  }
  [part~='base'] {
    display: grid;
    gap: var(--_space);
  }
  /* Text in a Latin or Cyrillic language inside an Arabic or Ethiopic page keeps the usual spacing. */
  [lang] {
    line-height: 1.5;
  }
  :lang(ar),
  :lang(fa),
  :lang(prs),
  :lang(ps),
  :lang(ur),
  :lang(ckb) {
    font-family: var(--_arabic-font);
    line-height: 1.8;
  }
  :lang(ti),
  :lang(am) {
    font-family: var(--_ethiopic-font);
    line-height: 1.75;
  }

  /* ---- controls: topic filter and language picker ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .picker-label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  .globe {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  select {
    min-block-size: 44px;
    min-inline-size: 10rem;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .remember {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .topics {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .topics legend {
    padding: 0;
    margin-block-end: 0.4rem;
    font-weight: 600;
  }
  .topic-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding: 0.25em 0.8em;
    border: 2px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .chip:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .chip input:focus-visible {
    outline: none;
  }
  .count {
    color: var(--_muted);
    font-weight: normal;
  }

  /* ---- cards ---- */
  .cards {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Cards off screen are not laid out or painted until they come near (their last size is kept). Block flow, not a grid: cheaper to lay out for 200 rows. */
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 7rem;
  }
  .cards > li + li {
    margin-block-start: var(--_space);
  }
  article {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .disclosure {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-block-start: 0.45em;
    /* Physical sides: a down/up chevron is the same in both directions. */
    border-bottom: 3px solid currentColor;
    border-right: 3px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='true']::before {
    transform: rotate(225deg);
  }
  .disclosure:hover span {
    text-decoration: underline;
  }
  .summary {
    margin: 0;
    max-inline-size: var(--_measure);
    font-size: 1.0625em;
  }
  .details {
    display: grid;
    gap: 1rem;
  }
  .details[hidden] {
    display: none;
  }
  .empty {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  @container (max-width: 30rem) {
    .chip {
      padding-inline: 0.6em;
    }
    .topic-list {
      gap: 0.375rem;
    }
  }

  /* Print styles are in the details chunk (details.ts): printing opens every card, which adopts them. */
`;
