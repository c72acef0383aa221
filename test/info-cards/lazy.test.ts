/**
 * The details chunk (details.ts: body, recordings, contact, links, sharing)
 * is not part of the collection's first render. Its own file, so that this
 * page has not loaded the chunk before the test starts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/info-cards/define.js';
import type { SamverkanInfoCards } from '../../src/components/info-cards/define.js';
import { resetLanguageChoice } from '../../src/components/info-cards/content-language.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';
import { TOPIC_FEED } from './fixture.js';

const requested = () => performance.getEntriesByType('resource').some((e) => /\/info-cards\/details\.(ts|js)\b/.test(e.name));
/** Lets every pending microtask run, but no task: what the browser allows a beforeprint listener before it lays the page out for print. */
const microtasks = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

describe('info cards: the details chunk', () => {
  afterEach(() => {
    unmountAll();
    resetLanguageChoice();
  });

  it('renders the closed collection without the details chunk, fetches it once the page is idle, then prints every card in full within the beforeprint turn', async () => {
    expect(requested(), 'not requested before any card renders').to.equal(false);
    const el = mount<SamverkanInfoCards>('<samverkan-info-cards></samverkan-info-cards>');
    el.feed = structuredClone(TOPIC_FEED);
    await until(() => el.shadowRoot?.querySelector('.cards'), 'cards rendered');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.cards > li')).to.have.length(TOPIC_FEED.infoCards.length);
    expect(root.querySelector('.details:not([hidden])')).to.equal(null);

    await until(requested, 'details chunk fetched at idle');
    // Printing cannot wait for a download: the chunk must be in hand, and the cards open within the same turn.
    await until(() => (el as unknown as { details?: object }).details, 'details chunk evaluated');
    window.dispatchEvent(new Event('beforeprint'));
    await microtasks();
    const bodies = [...root.querySelectorAll('.details:not([hidden]) .body')];
    expect(bodies).to.have.length(TOPIC_FEED.infoCards.length);
    expect(bodies.every((b) => b.textContent!.trim().length > 0)).to.equal(true);
    // The chunk's styles came with it.
    expect(getComputedStyle(root.querySelector('.meta')!).display).to.equal('flex');
    // Its print styles too (they live in the chunk): no controls, no disclosure chevron, no copy button, cards not cut.
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root.querySelector('.controls')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.share')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.disclosure')!, '::before').display).to.equal('none');
    expect(getComputedStyle(root.querySelector('article')!).breakInside).to.equal('avoid-page');
    await emulateMedia({ media: 'screen' });
    expect(await axeViolations(el)).to.deep.equal([]);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root.querySelector('.details:not([hidden])')).to.equal(null);
  });
});
