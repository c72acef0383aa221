import { expect } from '@open-wc/testing';
import '../fixtures/feed-probe.js';
import type { TestFeedProbe } from '../fixtures/feed-probe.js';
import { clearCopies } from '../../src/internal/feed-loader.js';
import { validateSections } from '../../src/feed/validate.js';
import { Events } from '../../src/feed/sections/events.js';
import { axeViolations, crossOrigin, feedUrl, hits, mount, nextEvent, shadowText, uniqueId, unmountAll, until } from '../helpers.js';

const probe = (attrs: string) => mount<TestFeedProbe>(`<test-feed-probe ${attrs}></test-feed-probe>`);

describe('feed loading (against the local feed server)', () => {
  afterEach(() => {
    unmountAll();
    clearCopies();
  });

  it('says it is loading, to screen readers too, then shows the feed and fires samverkan-load', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId(), delay: 300 })}"`);
    const loaded = nextEvent<{ feed: { organizations: unknown[] } }>(el, 'samverkan-load');
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.contain('Laddar');
    const event = await loaded;
    expect(event.detail.feed.organizations).to.have.length(2);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Växjö kommun');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('asks the network once for a URL however many widgets show it', async () => {
    const id = uniqueId();
    const url = feedUrl({ id, delay: 100 });
    const els = [probe(`src="${url}"`), probe(`src="${url}"`), probe(`src="${url}"`)];
    await Promise.all(els.map((el) => nextEvent(el, 'samverkan-load')));
    expect(await hits(id)).to.equal(1);
  });

  it('shows a plain-language message and a retry button on HTTP 500, and the retry asks again', async () => {
    const id = uniqueId();
    const el = probe(`src="${feedUrl({ id, status: 500 })}"`);
    const error = await nextEvent<{ kind: string; status: number; stale: boolean }>(el, 'samverkan-error');
    expect(error.detail).to.include({ kind: 'http', status: 500, stale: false });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('svarar inte');
    expect(await axeViolations(el)).to.deep.equal([]);
    const again = nextEvent(el, 'samverkan-error');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await again;
    expect(await hits(id)).to.equal(2);
  });

  it('tells a 404 apart from a server failure', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId(), status: 404 })}"`);
    await nextEvent(el, 'samverkan-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('finns inte på den angivna adressen');
  });

  it('times out a feed that never finishes, with a localized message', async () => {
    const el = probe(`timeout="400" src="${feedUrl({ id: uniqueId(), stall: 1 })}"`);
    const error = await nextEvent<{ kind: string }>(el, 'samverkan-error');
    expect(error.detail.kind).to.equal('timeout');
  });

  it('reports invalid JSON with no retry button (retrying cannot help)', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId(), body: 'badjson' })}"`);
    const error = await nextEvent<{ kind: string; problems: { code: string }[] }>(el, 'samverkan-error');
    expect(error.detail.kind).to.equal('json');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert] button')).to.equal(null);
  });

  it('reports a feed of an unsupported version', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId(), body: 'v2' })}"`);
    const error = await nextEvent<{ kind: string }>(el, 'samverkan-error');
    expect(error.detail.kind).to.equal('version');
  });

  it('shows the siblings of a broken item, and lists the problem with its path in debug mode', async () => {
    const el = probe(`debug src="${feedUrl({ id: uniqueId(), body: 'broken-item' })}"`);
    const loaded = await nextEvent<{ problems: { path: string }[] }>(el, 'samverkan-load');
    expect(loaded.detail.problems.map((p) => p.path)).to.include('/organizations/1/type');
    // The problem list is its own chunk: wait for it rather than for one update.
    await until(() => shadowText(el).includes('/organizations/1/type'), 'problem list');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length.greaterThan(2);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows the last good copy with its date when the feed later fails', async () => {
    const id = uniqueId();
    const good = feedUrl({ id });
    const first = probe(`src="${good}"`);
    await nextEvent(first, 'samverkan-load');
    unmountAll();
    // Same URL, but now the host fails: the page's answer is forgotten and the network fails.
    const { forgetFeed } = await import('../../src/internal/feed-loader.js');
    forgetFeed(good);
    const originalFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = probe(`src="${good}"`);
      const error = await nextEvent<{ stale: boolean; kind: string }>(el, 'samverkan-error');
      expect(error.detail).to.include({ stale: true, kind: 'network' });
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Växjö kommun');
      expect(shadowText(el)).to.match(/sparad kopia från \d+ \w+ \d{4}/);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('fails clearly on a cross-origin host without CORS headers, and loads when it sends them', async () => {
    const origin = await crossOrigin();
    expect(origin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(origin).not.to.equal(location.origin);
    const blocked = probe(`src="${feedUrl({ id: uniqueId(), cors: 0 }, origin)}"`);
    const error = await nextEvent<{ kind: string }>(blocked, 'samverkan-error');
    expect(error.detail.kind).to.equal('network');
    const allowed = probe(`src="${feedUrl({ id: uniqueId(), cors: 1 }, origin)}"`);
    await nextEvent(allowed, 'samverkan-load');
  });

  it('aborts the request when the only widget leaves the page', async () => {
    const id = uniqueId();
    const el = probe(`src="${feedUrl({ id, delay: 500 })}"`);
    let loaded = false;
    el.addEventListener('samverkan-load', () => (loaded = true));
    await el.updateComplete;
    el.remove();
    await new Promise((r) => setTimeout(r, 800));
    expect(loaded).to.equal(false);
  });

  it('takes a feed object through the feed property without any request', async () => {
    const el = probe('');
    const loaded = nextEvent(el, 'samverkan-load');
    el.feed = { version: 1, organizations: [{ id: 'a', name: 'Lessebo kommun', type: 'municipality' }] };
    await loaded;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Lessebo kommun');
  });

  it('keeps the feed as it came, so a lazy part can validate a section the first render did not need', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId() })}"`);
    await nextEvent(el, 'samverkan-load');
    // The probe validates organizations only: events are not in its data, but are in its input.
    const events = [{ id: 'e1', title: 'Språkcafé', start: '2026-12-01T17:00' }, { id: 'e2', title: 'Trasigt', start: 'i morgon' }];
    el.feed = { version: 1, organizations: [{ id: 'a', name: 'Lessebo kommun', type: 'municipality' }], events };
    await nextEvent(el, 'samverkan-load');
    expect(el.input).to.equal(el.feed);
    const { feed, problems } = validateSections(el.input, { events: Events });
    expect(feed!.events!.map((e) => e.id)).to.deep.equal(['e1']);
    expect(problems.map((p) => p.path)).to.deep.equal(['/events/1/start']);
    el.removeAttribute('src');
    el.feed = null;
    await el.updateComplete;
    expect(el.input).to.equal(null);
  });

  it('keeps the latest src when src changes while loading (latest wins)', async () => {
    const el = probe(`src="${feedUrl({ id: uniqueId(), delay: 600, body: 'broken-item' })}"`);
    await el.updateComplete;
    el.src = feedUrl({ id: uniqueId(), body: 'empty' });
    const loaded = await nextEvent<{ feed: object }>(el, 'samverkan-load');
    expect(loaded.detail.feed).to.deep.equal({ version: 1 });
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
  });
});

describe('language resolution', () => {
  afterEach(unmountAll);

  it('renders two widgets in two languages on one page, interface strings included', async () => {
    const feed = { version: 1 };
    const sv = probe('lang="sv"');
    const ar = probe('lang="ar"');
    sv.feed = feed;
    ar.feed = feed;
    await until(() => sv.shadowRoot?.querySelector('h2') && ar.shadowRoot?.querySelector('h2'), 'both rendered');
    await until(() => ar.shadowRoot!.querySelector('h2')!.textContent !== 'Försök igen', 'Arabic strings');
    expect(sv.shadowRoot!.querySelector('h2')!.textContent).to.equal('Försök igen');
    expect(ar.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(sv.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('ltr');
  });

  it('follows the nearest ancestor lang, and changes when it changes', async () => {
    const wrapper = mount<HTMLElement>('<section lang="uk-UA"><test-feed-probe></test-feed-probe></section>');
    const el = wrapper.querySelector('test-feed-probe') as TestFeedProbe;
    el.feed = { version: 1 };
    await until(() => el.shadowRoot?.querySelector('section')?.getAttribute('lang') === 'uk-UA', 'ancestor lang');
    wrapper.setAttribute('lang', 'fa');
    await until(() => el.shadowRoot!.querySelector('section')!.getAttribute('dir') === 'rtl', 'lang change followed');
  });

  it('falls back to the document language, then to Swedish', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = probe('');
      el.feed = { version: 1 };
      await until(() => el.shadowRoot?.querySelector('section')?.getAttribute('lang') === 'sv', 'Swedish default');
      document.documentElement.setAttribute('lang', 'en');
      await until(() => el.shadowRoot!.querySelector('section')!.getAttribute('lang') === 'en', 'document lang');
    } finally {
      if (before) document.documentElement.setAttribute('lang', before);
      else document.documentElement.removeAttribute('lang');
    }
  });
});
