/**
 * The details chunk (body, recordings, contact, links, sharing) could not be
 * fetched: the reader went offline after the page loaded, or a deploy
 * replaced the files. Where a card needs it — an opened card in the
 * collection, a single card — the shared message with a retry is shown, never
 * a blank. Its own file, so its own page: the chunk is swapped through the
 * test seam `setDetailsLoader`.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/info-cards/define.js';
import type { SamverkanInfoCard, SamverkanInfoCards } from '../../src/components/info-cards/define.js';
import { setDetailsLoader } from '../../src/components/info-cards/base.js';
import { resetLanguageChoice } from '../../src/components/info-cards/content-language.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';
import { TOPIC_FEED } from './fixture.js';

let attempts = 0;
const offline = () => {
  attempts++;
  return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
};
const online = () => {
  attempts++;
  return import('../../src/components/info-cards/details.js');
};

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('info cards: the details chunk cannot be fetched', () => {
  beforeEach(() => {
    attempts = 0;
    setDetailsLoader(offline);
  });
  afterEach(() => {
    unmountAll();
    resetLanguageChoice();
  });

  it('a single card shows its title and summary with the message and a retry; the retry asks again, and brings the card once the chunk comes, focus on its title', async () => {
    const el = mount<SamverkanInfoCard>('<samverkan-info-card card="care" lang="sv"></samverkan-info-card>');
    el.feed = structuredClone(TOPIC_FEED);
    await until(() => $(el, '[role="alert"]'), 'the failure message');
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.include('Den här delen kunde inte laddas');
    expect($(el, '#title')!.textContent!.trim()).to.equal('Vård på 1177');
    expect($(el, '.summary')!.textContent!.trim()).to.equal('Ring 1177 för råd.');
    expect($(el, '[part~="body"]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Still offline: the retry asks again and the message stays (same button, focus kept).
    const before = attempts;
    const button = alert.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => attempts > before, 'a new request');
    await el.updateComplete;
    expect($(el, '[role="alert"] button')).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);

    // Back online: the retry brings the whole card.
    setDetailsLoader(online);
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~="body"]'), 'the card body');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '[part~="body"]')!.textContent).to.include('1177');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#title'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('an opened card in the collection shows the message in the reader’s language (Arabic, right to left) instead of a blank, opening another card asks again, and the retry opens the details with focus on the card’s heading', async () => {
    const el = mount<SamverkanInfoCards>('<samverkan-info-cards lang="ar"></samverkan-info-cards>');
    el.feed = structuredClone(TOPIC_FEED);
    await until(() => $(el, '.cards'), 'cards rendered');
    await el.updateComplete;

    $<HTMLButtonElement>(el, '#h-care')!.click();
    await until(() => $(el, '#c-care [role="alert"]'), 'the failure message in the opened card');
    const region = $(el, '#c-care')!;
    expect(region.hidden).to.equal(false);
    expect($(el, '#h-care')!.getAttribute('aria-expanded')).to.equal('true');
    expect(region.textContent).to.include('تعذّر تحميل هذا الجزء');
    expect(getComputedStyle(region.querySelector('[role="alert"]')!).direction).to.equal('rtl');
    expect(region.querySelector('.body')).to.equal(null);
    // A closed card shows nothing of it.
    expect($(el, '#c-housing')!.hidden).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);

    // Opening another card is a new request for the chunk; both say it failed.
    const before = attempts;
    $<HTMLButtonElement>(el, '#h-housing')!.click();
    await until(() => attempts > before && $(el, '#c-housing [role="alert"]'), 'a new request, and the message in the second card');
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(2);

    setDetailsLoader(online);
    const retry = $<HTMLButtonElement>(el, '#c-care [role="alert"] button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#c-care .body'), 'the details of the opened card');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(0);
    expect($(el, '#c-housing .body')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#h-care'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
