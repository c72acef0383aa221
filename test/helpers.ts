/** Shared test helpers: fixtures inside <main>, axe-core, the feed server, waiting. */
import 'axe-core/axe.min.js';
import { configureLocalization } from '../src/internal/localize.js';

declare const axe: {
  run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown; html: string }[] }[] }>;
};

// The browser suite tests translated interface strings, as the script-tag entry does.
configureLocalization();

/** Renders `markup` inside a fresh <main> (axe's `region` rule wants landmarks) and returns the first element child. */
export function mount<T extends Element = HTMLElement>(markup: string, container: HTMLElement = document.body): T {
  const main = document.createElement('main');
  main.innerHTML = markup;
  container.append(main);
  cleanups.push(() => main.remove());
  return main.firstElementChild as T;
}
const cleanups: (() => void)[] = [];

/** A block `width` px wide in the page, removed by `unmountAll`: a container for `mount` when a test needs a width. */
export function column(width: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  cleanups.push(() => div.remove());
  return div;
}
/** Removes what `mount` added; call in afterEach. */
export function unmountAll(): void {
  cleanups.splice(0).forEach((c) => c());
}

/** WCAG 2.1 A/AA violations inside `el` (axe descends into open shadow roots), as readable strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el.closest('main') ?? el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** A URL of the test feed server; see test/server/feed-server.mjs for the parameters. */
export function feedUrl(params: Record<string, string | number>, origin = location.origin): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${origin}/__feeds/echo?${q}`;
}
export const sampleFeedUrl = (name: string): string => `${location.origin}/__feeds/sample/${name}.json`;
/** The origin of the test feed server's second, cross-origin instance (a free port). */
export const crossOrigin = async (): Promise<string> => (await (await fetch('/__feeds/cross-origin')).json()).origin;

export async function hits(id: string): Promise<number> {
  return (await (await fetch(`/__feeds/hits?id=${encodeURIComponent(id)}`)).json()).count;
}

/** A fresh id per test so the server's hit counts and the page's feed cache never leak between tests. */
let counter = 0;
export const uniqueId = (prefix = 't'): string => `${prefix}-${Date.now().toString(36)}-${counter++}`;

/**
 * Waits until `predicate` holds, failing after `timeout` ms with `what`.
 * Polls with a timer, not animation frames: with two test files open, the
 * page in the background tab gets no frames at all.
 */
export async function until(predicate: () => unknown, what = 'condition', timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Waits for an event of `name` on `target`. */
export const nextEvent = <T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> =>
  new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }));

/** Text of the element's shadow root, whitespace folded. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
