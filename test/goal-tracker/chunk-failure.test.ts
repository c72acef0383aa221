/**
 * The tracker's lazy chunks (an opened goal's charts, the CSV code) can fail
 * to arrive: offline, or a deploy replaced the files the page was loaded
 * with. The reader is told, in their language, and can try again. A file of
 * its own: the chunks must not have loaded in this page before the tests
 * make them fail.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/goal-tracker/define.js';
import { chunks, type SamverkanGoalTracker } from '../../src/components/goal-tracker/goal-tracker.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';

const m = (date: string, value: number) => ({ date, value });
const FEED = {
  version: 1,
  region: { id: 'test', name: 'Testlän' },
  organizations: [{ id: 'vaxjo', name: 'Växjö kommun', type: 'municipality' }],
  agreement: {
    id: 'test-agreement',
    title: 'Överenskommelse 2019–2025',
    period: { start: '2019-01-01', end: '2025-12-31' },
    areas: [{ id: 'arbete', title: 'Arbete' }],
    goals: [
      {
        id: 'g1',
        area: 'arbete',
        title: 'Fler i arbete',
        responsible: ['vaxjo'],
        indicators: [
          {
            id: 'i1',
            title: 'Andel i arbete',
            unit: 'percent',
            direction: 'increase',
            baseline: m('2019-12-31', 30),
            target: m('2025-12-31', 50),
            measurements: [m('2021-12-31', 38), m('2023-12-31', 46)],
          },
        ],
      },
    ],
  },
};

const real = { ...chunks };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

const tracker = async (attrs = ''): Promise<SamverkanGoalTracker> => {
  const el = mount<SamverkanGoalTracker>(`<samverkan-goal-tracker today="2024-07-02" ${attrs}></samverkan-goal-tracker>`);
  el.feed = FEED;
  await until(() => el.shadowRoot?.querySelector('.goal'), 'tracker rendered');
  await el.updateComplete;
  return el;
};
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<samverkan-goal-tracker> when a lazy chunk cannot be fetched', () => {
  // The order matters: a chunk that arrived stays for the page, so the tests that need none come first.
  afterEach(() => {
    Object.assign(chunks, real);
    unmountAll();
  });

  it('rejects the promise of a script that asks for the CSV or a chart sentence while the chunk cannot be fetched', async () => {
    chunks.csv = offline;
    chunks.details = offline;
    const el = await tracker();
    let csvError: unknown;
    let summaryError: unknown;
    await el.csvRows().catch((e: unknown) => (csvError = e));
    await el.summary(FEED.agreement.goals[0].indicators[0] as never).catch((e: unknown) => (summaryError = e));
    expect(csvError).to.be.instanceOf(TypeError);
    expect(summaryError).to.be.instanceOf(TypeError);
    // Nobody pressed anything: no alert.
    expect($(el, '[role=alert]')).to.equal(null);
  });

  it('says so in an opened goal, and draws its charts when the reader tries again with the keyboard', async () => {
    let asked = 0;
    chunks.details = () => (asked++, offline());
    const el = await tracker('goal="g1"');
    await until(() => $(el, '.details [role=alert]'), 'failure shown');
    // Closing and opening the goal again asks again.
    const before = asked;
    $<HTMLButtonElement>(el, 'button.toggle')!.click();
    await el.updateComplete;
    expect($(el, '.details [role=alert]')).to.equal(null);
    $<HTMLButtonElement>(el, 'button.toggle')!.click();
    await until(() => asked > before && $(el, '.details [role=alert]'), 'asked again, failure shown again');
    const alert = $(el, '.details [role=alert]')!;
    expect(text(alert)).to.contain('Den här delen kunde inte laddas');
    // The goal's summary stays: title, bar and the figures in words.
    expect(text($(el, 'article'))).to.contain('Senast 46 % (2023).');
    expect($(el, 'svg.chart')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);

    chunks.details = real.details;
    alert.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, 'svg.chart'), 'chart drawn after retry');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(text($(el, 'figcaption'))).to.equal('Upp från 30 % år 2019 till 46 % år 2023; mål 50 % år 2025.');
    // Focus is not lost with the alert's button: it is on the goal's toggle.
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-controls')).to.equal('d-g1');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says so when the CSV code cannot be fetched, and downloads the file on retry', async () => {
    chunks.csv = offline;
    const el = await tracker();
    const clicked: HTMLAnchorElement[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = () => 'blob:test';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      $<HTMLButtonElement>(el, 'button.csv')!.click();
      await until(() => $(el, '[role=alert]'), 'failure shown');
      expect(clicked).to.have.length(0);
      expect(text($(el, '[role=alert]'))).to.contain('Försök igen');
      expect(await axeViolations(el)).to.deep.equal([]);

      chunks.csv = real.csv;
      $<HTMLButtonElement>(el, '[role=alert] button')!.click();
      await until(() => clicked.length, 'download after retry');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0].download).to.equal('test-agreement.csv');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.csv'));
  });

});
