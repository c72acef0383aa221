/**
 * Its own file, so its own page: the details chunk has never been loaded
 * here. A single card given its feed as a property (React, Vue, a script)
 * has no data before its first update, so that update cannot wait for the
 * chunk; the card must render once the chunk arrives, not stay empty.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/info-cards/define.js';
import type { SamverkanInfoCard } from '../../src/components/info-cards/info-card.js';
import { axeViolations, sampleFeedUrl, shadowText, until } from '../helpers.js';

describe('<samverkan-info-card> on a page that has not loaded the details chunk yet', () => {
  it('renders the card given its feed as a property, in the element’s language', async () => {
    const feed = await (await fetch(sampleFeedUrl('kronoberg'))).json();
    const el = document.createElement('samverkan-info-card') as SamverkanInfoCard;
    el.setAttribute('card', 'kr-health-1177');
    el.setAttribute('lang', 'ar');
    document.body.append(el);
    el.feed = feed;
    await until(() => el.shadowRoot?.querySelector('[part~="base"] [part~="body"]'), 'the card body');
    const title = el.shadowRoot!.querySelector('#title')!;
    expect(title.textContent!.trim().length).to.be.greaterThan(0);
    expect(shadowText(el)).to.include('1177');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.remove();
  });
});
