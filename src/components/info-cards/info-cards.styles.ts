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
  option:lang(ar),
  option:lang(fa),
  option:lang(prs) {
    font-family: var(--_arabic-font);
  }
  option:lang(ti) {
    font-family: var(--_ethiopic-font);
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
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Cards off screen are not laid out or painted until they come near (their last size is kept). */
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 7rem;
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
  .title {
    font-size: 1.35em;
    max-inline-size: var(--_measure);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus);
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
    font: inherit;
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
  .summary,
  .body,
  .notice,
  .transcript,
  .contact,
  .links {
    max-inline-size: var(--_measure);
  }
  .summary {
    margin: 0;
    font-size: 1.0625em;
  }
  .details {
    display: grid;
    gap: 1rem;
  }
  .details[hidden] {
    display: none;
  }
  .body {
    font-family: var(--_content-font);
    font-size: 1.0625em;
    overflow-wrap: break-word;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin-block: 1.25em 0.4em;
    font-size: 1.1em;
  }
  .body ul,
  .body ol,
  .links ul {
    padding-inline-start: 1.5em;
  }
  /* "1177.se" in an Arabic paragraph must not read "se.1177": a link takes the direction of its own first letter. */
  .body a {
    unicode-bidi: plaintext;
  }
  .body li + li {
    margin-block-start: 0.25em;
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .media {
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  .media figcaption {
    font-weight: 600;
  }
  audio,
  video {
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  .transcript summary {
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.6em;
    color: var(--_accent);
    cursor: pointer;
  }
  .contact ul.plain {
    display: grid;
    gap: 0.25rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
  }
  .contact h1,
  .contact h2,
  .contact h3,
  .contact h4,
  .contact h5,
  .contact h6,
  .links h1,
  .links h2,
  .links h3,
  .links h4,
  .links h5,
  .links h6 {
    font-size: 1.05em;
  }
  .links ul {
    margin: 0.4rem 0 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .share {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .copy-status:empty {
    display: none;
  }
  .copy-status {
    color: var(--_success);
    font-weight: 600;
  }
  .copy-fallback input {
    min-block-size: 44px;
    inline-size: min(100%, 28rem);
    padding: 0.3em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
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
  @container (min-width: 48rem) {
    .title {
      font-size: 1.5em;
    }
  }

  @media print {
    .controls,
    .picker,
    .share,
    .disclosure::before,
    audio,
    video {
      display: none !important;
    }
    article {
      break-inside: avoid-page;
      border: 0;
      padding: 0;
    }
    .cards > li {
      content-visibility: visible;
    }
    .cards > li + li {
      border-block-start: 1px solid #000;
      padding-block-start: 1rem;
    }
    .disclosure {
      color: inherit;
      padding: 0;
    }
    .details[hidden] {
      display: grid;
    }
    .body a[href]::after,
    .links a[href]::after,
    .contact a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .transcript > :not(summary) {
      display: block;
    }
  }
`;
