/**
 * In-page side of `npm run bench`. Every contender (ours, an anchor or a
 * baseline) gets the same treatment:
 *   prepare(): fetch and parse the data, and anything else that is not
 *              rendering (converting events to FullCalendar's input format,
 *              loading interface translations);
 *   run():     start timer → render → await every pending Lit update (deep,
 *              across shadow roots) → next animation frame → forced layout
 *              (document.body.offsetHeight) → stop timer;
 *   step():    the same timing around one interaction (zoom step, language switch).
 * bench/run.mjs calls them in a fresh browser context each time, and reads
 * the JS heap (CDP, after a forced GC) before and after run().
 */
export interface Contender {
  prepare(params: Params): Promise<void>;
  run(params: Params): Promise<void>;
  step?(params: Params): Promise<void>;
  /** No rendering (parsing only): the timer stops when run() resolves, without waiting for a frame. */
  noFrame?: boolean;
}
export interface Params {
  feed: string;
  [key: string]: unknown;
}

declare global {
  interface Window {
    bench: Record<string, Contender>;
    benchCall(name: string, phase: 'prepare' | 'run' | 'step', params: Params): Promise<number>;
    benchNodes(): number;
    benchText(): string;
  }
}

export const stage = (): HTMLElement => document.getElementById('stage')!;

export async function fetchJSON<T = unknown>(name: string): Promise<T> {
  return (await fetch(`../feeds/${name}.json`)).json() as Promise<T>;
}
export async function fetchText(name: string): Promise<string> {
  return (await fetch(`../feeds/${name}.json`)).text();
}

interface Updatable extends Element {
  isUpdatePending?: boolean;
  updateComplete?: Promise<unknown>;
}

/** Every element under `root`, through open shadow roots. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

async function litSettled(root: ParentNode): Promise<boolean> {
  let waited = false;
  for (let i = 0; i < 50; i++) {
    const pending = [...deepElements(root)].filter((e) => (e as Updatable).isUpdatePending) as Updatable[];
    if (!pending.length) break;
    waited = true;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
  return waited;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const task = () =>
  new Promise<void>((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });

/**
 * Pending Lit updates (deep), the next animation frame, a forced layout: the
 * time is taken there. Then one task later (after the frame's resize
 * observers) we look again: if an element started another update (it
 * measured its size, a lazy chunk arrived), that is part of its first
 * render too, so we wait for it, another frame and layout, and take the time again.
 */
export async function settle(root: ParentNode = stage()): Promise<number> {
  let end = performance.now();
  for (let i = 0; i < 10; i++) {
    await litSettled(root);
    await frame();
    await litSettled(root);
    void document.body.offsetHeight;
    end = performance.now();
    await task();
    if (![...deepElements(root)].some((e) => (e as Updatable).isUpdatePending)) break;
  }
  return end;
}

/** DOM nodes in the stage, shadow roots included (elements, text, comments). */
function countNodes(root: Node): number {
  let n = 0;
  const walk = (node: Node) => {
    n++;
    const sr = (node as Element).shadowRoot;
    if (sr) walk(sr);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return n;
}

/** The text a reader could see in the stage, shadow roots included. */
function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    const sr = (node as Element).shadowRoot;
    if (sr) walk(sr);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

export function register(contenders: Record<string, Contender>): void {
  window.bench = contenders;
  window.benchCall = async (name, phase, params) => {
    const c = contenders[name];
    if (!c) throw new Error(`no contender "${name}" on this page`);
    if (phase === 'prepare') {
      await c.prepare(params);
      return 0;
    }
    const fn = phase === 'run' ? c.run : c.step;
    if (!fn) throw new Error(`contender "${name}" has no ${phase}()`);
    const t0 = performance.now();
    await fn.call(c, params);
    const end = c.noFrame ? performance.now() : await settle();
    return end - t0;
  };
  window.benchNodes = () => countNodes(stage());
  window.benchText = () => deepText(stage());
  document.documentElement.dataset.ready = '1';
}

/** The feed's text in Swedish, as a plain baseline reads it. */
export const sv = (t: unknown): string => (typeof t === 'string' ? t : ((t as Record<string, string>)?.sv ?? ''));
