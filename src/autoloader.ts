/**
 * The autoloader: `<script type="module" src=".../autoloader.js">` registers
 * only the samverkan elements the page uses, when they appear (also ones a
 * CMS adds later), by loading their chunks on demand.
 */
import { COMPONENTS } from './components.js';
import { configureLocalization } from './internal/localize.js';
import { watchPlaceholders } from './internal/embed.js';

configureLocalization();

const requested = new Set<string>();

function discover(root: ParentNode): void {
  for (const tag of Object.keys(COMPONENTS)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if (root.querySelector(tag)) {
      requested.add(tag);
      COMPONENTS[tag]().catch((error) => {
        requested.delete(tag);
        console.error(`[samverkan] could not load <${tag}>`, error);
      });
    }
  }
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node.parentNode ?? node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// CMS-proof placeholders (`<div data-samverkan="event-calendar" …>`): load the chunk, then upgrade.
watchPlaceholders(document, { load: (tag) => COMPONENTS[tag]() });
