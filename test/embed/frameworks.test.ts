/**
 * The components through React 19 and Vue 3, as docs/frameworks.md shows:
 * the feed passed as a property (not a "[object Object]" attribute),
 * attributes, and `samverkan-*` events reaching the framework's handlers.
 *
 * React ships CommonJS only, which the test runner does not convert; a small
 * CommonJS loader below evaluates React's own development builds from
 * node_modules. Vue is loaded from its ES module browser build.
 */
import { expect } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type * as ReactDomClient from 'react-dom/client';
import type * as VueTypes from 'vue';
// As docs/frameworks.md: the npm whole-kit entry registers every element synchronously, before the frameworks render.
import { configureLocalization } from '../../src/index.js';
import { axeViolations, until } from '../helpers.js';

const CJS: Record<string, string> = {
  react: '/node_modules/react/cjs/react.development.js',
  'react-dom': '/node_modules/react-dom/cjs/react-dom.development.js',
  'react-dom/client': '/node_modules/react-dom/cjs/react-dom-client.development.js',
  scheduler: '/node_modules/scheduler/cjs/scheduler.development.js',
};
const sources: Record<string, string> = {};
const cache: Record<string, unknown> = {};
function requireCjs(name: string): unknown {
  if (name in cache) return cache[name];
  if (!(name in sources)) throw new Error(`not preloaded: ${name}`);
  const module = { exports: {} as unknown };
  cache[name] = module.exports;
  new Function('module', 'exports', 'require', 'process', sources[name])(module, module.exports, requireCjs, { env: { NODE_ENV: 'development' } });
  cache[name] = module.exports;
  return module.exports;
}

let React: typeof ReactTypes;
let ReactDOM: typeof ReactDomClient;
let Vue: typeof VueTypes;
let feed: Record<string, unknown>;
configureLocalization();

before(async () => {
  await Promise.all(Object.entries(CJS).map(async ([name, url]) => (sources[name] = await (await fetch(url)).text())));
  React = requireCjs('react') as typeof ReactTypes;
  ReactDOM = requireCjs('react-dom/client') as typeof ReactDomClient;
  Vue = (await import('vue/dist/vue.runtime.esm-browser.prod.js' as string)) as typeof VueTypes;
  feed = await (await fetch('/demo/feeds/kronoberg.json')).json();
});

const rendered = (el: Element | null) => !!el?.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('.loading');

const COMPONENTS: [string, Record<string, string>][] = [
  ['samverkan-event-calendar', { view: 'agenda' }],
  ['samverkan-partner-map', {}],
  ['samverkan-goal-tracker', {}],
  ['samverkan-info-cards', { topic: 'health' }],
  ['samverkan-info-card', { card: 'kr-health-1177' }],
];

describe('React 19', () => {
  let container: HTMLElement;
  let root: ReactDomClient.Root;
  beforeEach(() => {
    container = document.createElement('main');
    document.body.append(container);
    root = ReactDOM.createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  for (const [tag, attrs] of COMPONENTS) {
    it(`renders <${tag}> with the feed as a property and hears samverkan-load`, async () => {
      const loads: CustomEvent[] = [];
      root.render(React.createElement(tag, { ...attrs, lang: 'ar', feed, 'onsamverkan-load': (e: CustomEvent) => loads.push(e) }));
      await until(() => rendered(container.querySelector(tag)), `<${tag}> to render`, 15000);
      const el = container.querySelector(tag) as HTMLElement & { feed: unknown };
      expect(el.feed).to.equal(feed);
      expect(el.hasAttribute('feed')).to.equal(false);
      expect(el.getAttribute('lang')).to.equal('ar');
      for (const [name, value] of Object.entries(attrs)) expect(el.getAttribute(name)).to.equal(value);
      await until(() => loads.length > 0, 'samverkan-load to reach the React handler');
      expect(loads[0].detail.feed).to.be.an('object');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('passes a reader’s choice back to React state through a samverkan event, and updates attributes on re-render', async () => {
    const topics: string[] = [];
    function App() {
      const [topic, setTopic] = React.useState('');
      return React.createElement(
        'div',
        null,
        React.createElement('p', { id: 'chosen' }, `topic: ${topic || 'all'}`),
        React.createElement('samverkan-info-cards', {
          feed,
          lang: 'sv',
          'onsamverkan-topic-change': (e: CustomEvent<{ topic: string }>) => {
            topics.push(e.detail.topic);
            setTopic(e.detail.topic);
          },
        }),
      );
    }
    root.render(React.createElement(App));
    await until(() => rendered(container.querySelector('samverkan-info-cards')), 'the cards to render', 15000);
    const el = container.querySelector('samverkan-info-cards')!;
    const health = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="topic"][value="health"]')!;
    health.click();
    await until(() => container.querySelector('#chosen')!.textContent === 'topic: health', 'React state to follow the event');
    expect(topics).to.deep.equal(['health']);
    root.render(React.createElement('samverkan-info-cards', { feed, lang: 'uk' }));
    await until(() => container.querySelector('samverkan-info-cards')?.getAttribute('lang') === 'uk', 'the new lang');
  });
});

describe('Vue 3', () => {
  let container: HTMLElement;
  let app: VueTypes.App | undefined;
  beforeEach(() => {
    container = document.createElement('main');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    container.remove();
  });

  for (const [tag, attrs] of COMPONENTS) {
    it(`renders <${tag}> with .feed as a DOM property and hears samverkan-load through onSamverkanLoad`, async () => {
      const loads: CustomEvent[] = [];
      app = Vue.createApp({ render: () => Vue.h(tag, { ...attrs, lang: 'fa', '.feed': feed, onSamverkanLoad: (e: CustomEvent) => loads.push(e) }) });
      app.mount(container);
      await until(() => rendered(container.querySelector(tag)), `<${tag}> to render`, 15000);
      const el = container.querySelector(tag) as HTMLElement & { feed: unknown };
      // Vue hands the element a reactive proxy of the object; the element validates it like any object.
      expect(Vue.toRaw(el.feed)).to.equal(feed);
      expect(el.hasAttribute('feed')).to.equal(false);
      expect(el.getAttribute('lang')).to.equal('fa');
      for (const [name, value] of Object.entries(attrs)) expect(el.getAttribute(name)).to.equal(value);
      await until(() => loads.length > 0, 'samverkan-load to reach the Vue handler');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('updates a reactive ref from a samverkan event and re-renders the element with new attributes', async () => {
    const topic = Vue.ref('');
    const lang = Vue.ref('sv');
    app = Vue.createApp({
      render: () =>
        Vue.h('div', [
          Vue.h('p', { id: 'chosen' }, `topic: ${topic.value || 'all'}`),
          Vue.h('samverkan-info-cards', {
            '.feed': feed,
            lang: lang.value,
            onSamverkanTopicChange: (e: CustomEvent<{ topic: string }>) => (topic.value = e.detail.topic),
          }),
        ]),
    });
    app.mount(container);
    await until(() => rendered(container.querySelector('samverkan-info-cards')), 'the cards to render', 15000);
    container.querySelector('samverkan-info-cards')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="topic"][value="health"]')!.click();
    await until(() => container.querySelector('#chosen')!.textContent === 'topic: health', 'the ref to follow the event');
    lang.value = 'ar';
    await until(() => container.querySelector('samverkan-info-cards')!.getAttribute('lang') === 'ar', 'the new lang');
  });
});
