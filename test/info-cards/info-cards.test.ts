import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/info-cards/define.js';
import type { SamverkanInfoCard, SamverkanInfoCards } from '../../src/components/info-cards/define.js';
import { chooseLanguage, chosenLanguage, resetLanguageChoice, STORAGE_KEY } from '../../src/components/info-cards/content-language.js';
import { axeViolations, mount, nextEvent, sampleFeedUrl, shadowText, unmountAll, until } from '../helpers.js';
import { TOPIC_FEED } from './fixture.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const feed = () => structuredClone(TOPIC_FEED);


async function cards(attrs = '', f: object = feed()): Promise<SamverkanInfoCards> {
  const el = mount<SamverkanInfoCards>(`<samverkan-info-cards ${attrs}></samverkan-info-cards>`);
  el.feed = f;
  await until(() => el.shadowRoot?.querySelector('.cards, .empty'), 'cards rendered');
  await el.updateComplete;
  return el;
}

async function card(id: string, attrs = ''): Promise<SamverkanInfoCard> {
  const el = mount<SamverkanInfoCard>(`<samverkan-info-card card="${id}" ${attrs}></samverkan-info-card>`);
  el.feed = feed();
  await until(() => el.shadowRoot?.querySelector('article, .empty'), 'card rendered');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function open(el: SamverkanInfoCards, id: string): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, `#h-${id}`).click();
  await el.updateComplete;
  return $<HTMLElement>(el, `#c-${id}`);
}

async function pick(el: Element & { updateComplete: Promise<boolean> }, lang: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#content-lang');
  select.value = lang;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<samverkan-info-cards> and <samverkan-info-card>', () => {
  beforeEach(() => {
    resetLanguageChoice();
    history.replaceState(null, '', location.pathname + location.search);
    delete window.pwned;
  });
  afterEach(() => {
    unmountAll();
    resetLanguageChoice();
  });

  it('lists every card of the Kronoberg sample feed from the feed server, closed, with headings and summaries, axe clean', async () => {
    const el = mount<SamverkanInfoCards>(`<samverkan-info-cards src="${sampleFeedUrl('kronoberg')}"></samverkan-info-cards>`);
    await nextEvent(el, 'samverkan-load');
    await el.updateComplete;
    const headings = $$(el, 'article h2 > button.disclosure');
    expect(headings.length).to.be.greaterThan(5);
    expect(headings.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    expect($$(el, '.summary').length).to.be.greaterThan(5);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('opens a card with its disclosure button (Enter and Space), showing the sanitized body and details', async () => {
    const el = await cards();
    const button = $<HTMLButtonElement>(el, '#h-care');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, '#c-care');
    expect(details.hidden).to.equal(false);
    expect(details.querySelector('.body strong')!.textContent).to.equal('1177');
    // The body's h3 sits one level under the card's h2.
    expect(details.querySelector('.body h3')!.textContent).to.equal('Akut');
    expect(details.querySelector<HTMLAnchorElement>('.contact a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0470-588000');
    expect(details.querySelector('.interpreter')!.textContent).to.contain('tolk');
    expect(shadowText(el)).to.contain('Region Testlän');
    expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-01');
    expect(details.querySelector('time')!.textContent).to.equal('1 oktober 2026');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#c-care').hidden).to.equal(true);
  });

  it('runs none of a hostile body and keeps its text', async () => {
    const el = await cards();
    const details = await open(el, 'hostile');
    await new Promise((r) => setTimeout(r, 80));
    expect(window.pwned).to.equal(undefined);
    expect(details.querySelector('.body img, .body svg, .body script')).to.equal(null);
    expect(details.querySelector('.body a')).to.equal(null);
    expect(details.querySelector('.body')!.textContent).to.contain('länk');
    expect($(el, '[data-card="hostile"] .example-badge').textContent).to.contain('Exempeldata');
  });

  it('filters by topic with a native radio group (arrow keys), reflects `topic`, announces the count and fires samverkan-topic-change', async () => {
    const el = await cards();
    expect($$(el, '.cards > li')).to.have.length(3);
    const radios = $$<HTMLInputElement>(el, 'input[name=topic]');
    expect(radios.map((r) => r.value)).to.deep.equal(['', 'health', 'housing', 'rights']);
    radios[0].focus();
    const changed = nextEvent<{ topic: string }>(el, 'samverkan-topic-change');
    await sendKeys({ press: el.matches(':dir(rtl)') ? 'ArrowLeft' : 'ArrowRight' });
    expect((await changed).detail.topic).to.equal('health');
    await el.updateComplete;
    expect(el.getAttribute('topic')).to.equal('health');
    expect($$(el, '.cards > li')).to.have.length(1);
    expect($(el, '[role=status]').textContent).to.contain('1 av 3 kort visas');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows only the topic set by the editor, and hides the filter with no-filter', async () => {
    const el = await cards('topic="housing" no-filter');
    expect($$(el, '.cards > li').map((li) => li.querySelector('article')!.dataset.card)).to.deep.equal(['housing']);
    expect($(el, '.topics')).to.equal(null);
  });

  it('names each language in itself in the picker, each option with its own lang and dir, no flags', async () => {
    const el = await cards();
    const options = $$<HTMLOptionElement>(el, '#content-lang option');
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Svenska', 'English', 'العربية', 'فارسی', 'ትግርኛ']);
    expect(options.map((o) => o.lang)).to.deep.equal(['sv', 'en', 'ar', 'fa', 'ti']);
    expect(options.map((o) => o.dir)).to.deep.equal(['ltr', 'ltr', 'rtl', 'rtl', 'ltr']);
    expect($<HTMLLabelElement>(el, 'label[for=content-lang]').textContent).to.contain('Språk för texten');
    expect($(el, '.picker img')).to.equal(null);
  });

  it('sets lang and dir on the content when the reader picks Arabic: the browser lays it out right to left', async () => {
    const el = await cards();
    await pick(el, 'ar');
    const details = await open(el, 'care');
    const body = details.querySelector<HTMLElement>('.body')!;
    expect(body.lang).to.equal('ar');
    expect(getComputedStyle(body).direction).to.equal('rtl');
    expect(getComputedStyle(body.querySelector('p')!).direction).to.equal('rtl');
    const title = $<HTMLButtonElement>(el, '#h-care');
    expect(title.lang).to.equal('ar');
    expect(getComputedStyle(title).direction).to.equal('rtl');
    expect(title.textContent).to.contain('الرعاية');
    // Interface strings stay in the page's language (Swedish here).
    expect($<HTMLLabelElement>(el, 'label[for=content-lang]').textContent).to.contain('Språk för texten');
    expect(details.querySelector('.contact h3')!.textContent).to.equal('Kontakt');
    // The Arabic recording, with its transcript in a disclosure; nothing loads before play.
    const audio = details.querySelector('audio')!;
    expect(audio.getAttribute('preload')).to.equal('none');
    expect(details.querySelector('details.transcript [lang=ar]')!.textContent).to.contain('112');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shares the reader’s choice with every card on the page, and announces it on window', async () => {
    const a = await card('care');
    const b = await card('housing');
    const list = await cards();
    const event = nextEvent<{ lang: string }>(window, 'samverkan-language-change');
    await pick(a, 'en');
    expect((await event).detail.lang).to.equal('en');
    await Promise.all([b.updateComplete, list.updateComplete]);
    expect($(b, '.body').lang).to.equal('en');
    expect($(b, '.body').textContent).to.contain('Join the housing queue');
    expect($(list, '#h-housing').textContent).to.contain('Housing queue');
    expect($<HTMLSelectElement>(b, '#content-lang').value).to.equal('en');
    expect($<HTMLSelectElement>(list, '#content-lang').value).to.equal('en');
  });

  it('shows two cards in two languages on one page until the reader chooses', async () => {
    const sv = await card('care', 'lang="sv"');
    const ar = await card('care', 'lang="ar"');
    expect($(sv, '.body').lang).to.equal('sv');
    expect($(ar, '.body').lang).to.equal('ar');
    expect(getComputedStyle($(ar, '.body')).direction).to.equal('rtl');
    expect(getComputedStyle($(sv, '.body')).direction).to.equal('ltr');
    // Each element's interface strings are in its own language.
    expect($(sv, 'label[for=content-lang]').textContent).to.contain('Språk för texten');
    expect($(ar, 'label[for=content-lang]').textContent).to.contain('لغة النص');
    expect(await axeViolations(sv)).to.deep.equal([]);
  });

  it('falls back to Swedish with a notice, in the reader’s language, when a card is not translated', async () => {
    const el = await card('housing');
    // Chosen on another card: this one has no Tigrinya.
    chooseLanguage('ti');
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    const notice = $(el, '.notice');
    expect(notice.lang).to.equal('ti');
    expect(notice.textContent).to.contain('ትግርኛ');
    expect(notice.textContent).to.contain('ኣይተተርጎመን');
    const body = $(el, '.body');
    expect(body.lang).to.equal('sv');
    expect(body.textContent).to.contain('Ställ dig i bostadskön');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('falls back to English when there is no Swedish either, and to English notices for languages without interface strings', async () => {
    const f = feed();
    f.infoCards[1].body = { en: '<p>Only English.</p>' } as never;
    const el = mount<SamverkanInfoCard>('<samverkan-info-card card="housing"></samverkan-info-card>');
    el.feed = f;
    await until(() => el.shadowRoot?.querySelector('article'));
    chooseLanguage('ckb');
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('.notice'), 'notice');
    expect($(el, '.body').lang).to.equal('en');
    expect($(el, '.notice').lang).to.equal('en');
    expect($(el, '.notice').textContent).to.contain('not been translated');
  });

  it('remembers the choice only when the reader ticks “Remember my choice”', async () => {
    const el = await card('care');
    await pick(el, 'ar');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    const remember = $<HTMLInputElement>(el, '.remember input');
    remember.click();
    await el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('ar');
    await pick(el, 'fa');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('fa');
    $<HTMLInputElement>(el, '.remember input').click();
    await el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(chosenLanguage()).to.equal('fa');
  });

  it('opens the card and language named in the address (#samverkan-card=…&lang=…), on load and on hashchange', async () => {
    history.replaceState(null, '', '#samverkan-card=housing&lang=ar');
    const el = await cards();
    await until(() => !$(el, '#c-housing').hidden, 'card opened');
    expect($(el, '#c-housing .body').lang).to.equal('ar');
    expect(el.shadowRoot!.activeElement?.id).to.equal('h-housing');
    location.hash = 'samverkan-card=care&lang=en';
    await until(() => !$(el, '#c-care').hidden, 'second card opened');
    expect($(el, '#c-care .body').lang).to.equal('en');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('copies a link to the card in its language and confirms it visibly', async () => {
    const writes: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void writes.push(t) } });
    try {
      const el = await card('care');
      await pick(el, 'ar');
      $<HTMLButtonElement>(el, '.copy').click();
      await until(() => $(el, '.copy-status').textContent!.trim(), 'confirmation');
      expect(writes[0]).to.match(/#samverkan-card=care&lang=ar$/);
      expect($(el, '.copy-status').textContent).to.contain('Länken är kopierad');
      expect(getComputedStyle($(el, '.copy-status')).display).not.to.equal('none');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('offers the link in a field when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      const el = await card('care');
      $<HTMLButtonElement>(el, '.copy').click();
      await until(() => el.shadowRoot!.querySelector('.copy-fallback input'), 'fallback field');
      expect($<HTMLInputElement>(el, '.copy-fallback input').value).to.match(/#samverkan-card=care&lang=sv$/);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('uses heading-level for the card title and the headings inside it', async () => {
    const el = await card('care', 'heading-level="3"');
    expect($(el, 'h3#title').textContent).to.contain('Vård på 1177');
    expect($(el, '.body h4').textContent).to.equal('Akut');
    expect($(el, '.contact h4').textContent).to.equal('Kontakt');
  });

  it('says so when the card id is not in the feed', async () => {
    const el = await card('nope');
    expect($(el, '.empty').textContent).to.contain('"nope"');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows an empty state for a feed without cards', async () => {
    const el = await cards('', { version: 1 });
    expect($(el, '.empty').textContent).to.contain('ingen information');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  for (const lang of ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru']) {
    it(`is axe clean in ${lang}, with the interface and the content in ${lang} and a card open`, async () => {
      const el = mount<SamverkanInfoCards>(`<samverkan-info-cards lang="${lang}" src="${sampleFeedUrl('kronoberg')}"></samverkan-info-cards>`);
      await nextEvent(el, 'samverkan-load');
      await el.updateComplete;
      const first = $<HTMLButtonElement>(el, 'button.disclosure');
      first.click();
      await el.updateComplete;
      const body = el.shadowRoot!.querySelector<HTMLElement>('.details:not([hidden]) .body')!;
      expect(body.lang.split('-')[0]).to.equal(lang);
      expect(getComputedStyle(body).direction).to.equal(['ar', 'fa', 'prs'].includes(lang) ? 'rtl' : 'ltr');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }
});
