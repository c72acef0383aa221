import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/goal-tracker/define.js';
import type { SamverkanGoalTracker } from '../../src/components/goal-tracker/goal-tracker.js';
import { validateFeed } from '../../src/feed/feed.js';
import { clearCopies } from '../../src/internal/feed-loader.js';
import { axeViolations, feedUrl, mount, nextEvent, sampleFeedUrl, shadowText, uniqueId, unmountAll, until } from '../helpers.js';


const m = (date: string, value: number) => ({ date, value });
const ind = (id: string, over: Record<string, unknown>) => ({
  id,
  title: { sv: `Indikator ${id}`, en: `Indicator ${id}` },
  unit: 'percent',
  direction: 'increase',
  baseline: m('2019-12-31', 30),
  target: m('2025-12-31', 50),
  ...over,
});

/**
 * Nine goals in three areas: 2 achieved, 2 on track, 1 at risk, 1 off track,
 * 1 without data (computed: 7), and 2 with a reported status only.
 */
const FEED = {
  version: 1,
  region: { id: 'test', name: 'Testlän', links: { partnerMap: 'https://example.se/partner#old' } },
  organizations: [
    { id: 'vaxjo', name: 'Växjö kommun', type: 'municipality' },
    { id: 'af', name: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' }, type: 'government-agency' },
    { id: 'region', name: 'Region Kronoberg', type: 'region' },
  ],
  agreement: {
    id: 'test-agreement',
    title: { sv: 'Överenskommelse 2019–2025', en: 'Agreement 2019–2025' },
    period: { start: '2019-01-01', end: '2025-12-31' },
    parties: ['vaxjo', 'af', 'region'],
    documentUrl: 'https://example.se/avtal.pdf',
    areas: [
      { id: 'arbete', title: { sv: 'Arbete', en: 'Work' } },
      { id: 'boende', title: { sv: 'Boende', en: 'Housing' } },
      { id: 'halsa', title: { sv: 'Hälsa', en: 'Health' } },
    ],
    collaborationAreas: [{ id: 'sa1', area: 'arbete', title: 'Validering', lead: ['af'] }],
    goals: [
      {
        id: 'g-achieved',
        area: 'arbete',
        title: { sv: 'Fler i arbete', en: 'More in work' },
        description: 'Mäts efter 90 dagar.',
        responsible: ['af', 'vaxjo'],
        collaborationAreas: ['sa1'],
        indicators: [
          ind('i1', {
            title: { sv: 'Andel "i arbete", efter programmet;\nkvinnor & män – å ä ö', en: 'Share in work' },
            measurements: [m('2019-12-31', 30), m('2021-12-31', 41.5), m('2023-12-31', 52)],
            source: { name: 'Kolada', url: 'https://www.kolada.se', kolada: 'N00914' },
            updated: '2024-03-01',
          }),
        ],
      },
      { id: 'g-achieved-2', area: 'arbete', title: 'Validering', responsible: ['af'], indicators: [ind('i2', { direction: 'decrease', baseline: m('2019-12-31', 100), target: m('2025-12-31', 60), measurements: [m('2022-12-31', 55)], unit: 'days' })] },
      { id: 'g-on', area: 'boende', title: 'Eget boende', responsible: ['vaxjo'], indicators: [ind('i3', { measurements: [m('2022-12-31', 40)] })] },
      { id: 'g-on-2', area: 'boende', title: 'Kortare kö', responsible: ['vaxjo'], indicators: [ind('i4', { measurements: [m('2022-12-31', 41)] })] },
      { id: 'g-risk', area: 'halsa', title: 'Hälsosamtal', responsible: ['region'], indicators: [ind('i5', { measurements: [m('2022-12-31', 37)] })] },
      { id: 'g-off', area: 'halsa', title: 'Tolk', responsible: ['region'], indicators: [ind('i6', { measurements: [m('2022-12-31', 29)] })] },
      { id: 'g-nodata', area: 'halsa', title: 'Psykisk hälsa', responsible: ['region'], indicators: [ind('i7', { unit: 'people', measurements: [] })] },
      {
        id: 'g-reported',
        area: 'arbete',
        title: 'Arbetsgivarkontakt',
        responsible: ['af'],
        report: { status: 'on-track', date: '2025-09-30', text: 'Sju av åtta kommuner.', reporter: 'Arbetsförmedlingen' },
      },
      { id: 'g-reported-2', area: 'halsa', title: 'Tolkförsörjning', report: { status: 'off-track', date: '2025-10-01', text: 'Brist på tolkar.', reporter: 'Region Kronoberg' } },
    ],
  },
};

const tracker = async (attrs = '', feed: object = FEED): Promise<SamverkanGoalTracker> => {
  const el = mount<SamverkanGoalTracker>(`<samverkan-goal-tracker today="2023-07-02" ${attrs}></samverkan-goal-tracker>`);
  el.feed = feed;
  await until(() => el.shadowRoot?.querySelector('.goal, .feed-status'), 'tracker rendered');
  await el.updateComplete;
  return el;
};
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const goalIds = (el: Element) => $$(el, 'article.goal').map((a) => a.dataset.goal);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<samverkan-goal-tracker>', () => {
  afterEach(() => {
    unmountAll();
    clearCopies();
    history.replaceState(null, '', location.pathname + location.search);
    document.documentElement.removeAttribute('lang');
  });

  describe('summary', () => {
    it('counts computed goals per status and says right under the headline that reported goals are not in the count', async () => {
      const el = await tracker();
      // 9 goals shown ("Visar 9 av 9 mål"), 7 computed: the headline says which 7 it counts, the next sentence where the other 2 are.
      expect(text($(el, '.headline'))).to.equal('4 av 7 mål som följs upp med indikatorer är på rätt väg eller uppnådda');
      expect($(el, '.headline').nextElementSibling!.className).to.equal('reported-note');
      expect(text($(el, '.reported-note'))).to.equal(
        '2 mål följs upp med skriftliga rapporter och räknas inte här. Deras status är en bedömning av den som rapporterar, inte uträknad från mätvärden.',
      );
      expect(text($(el, '.filters [role=status]'))).to.equal('Visar 9 av 9 mål');
      const counts = Object.fromEntries($$(el, '.counts li').map((li) => [li.dataset.status, text(li.querySelector('strong'))]));
      expect(counts).to.deep.equal({ achieved: '2', 'on-track': '2', 'at-risk': '1', 'off-track': '1', 'no-data': '1' });
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('keeps the plain headline and no note when every goal shown has a computed status', async () => {
      const el = await tracker('area="boende"');
      expect(text($(el, '.headline'))).to.equal('2 av 2 mål är på rätt väg eller uppnådda');
      expect($$(el, '.reported-note')).to.have.length(0);
    });

    it('explains the count in every interface language', async () => {
      const els = await Promise.all(['en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru'].map((lang) => tracker(`lang="${lang}"`)));
      for (const el of els) await until(() => !text($(el, '.reported-note')).includes('följs upp'), `${el.lang} strings`);
      const notes = els.map((el) => text($(el, '.reported-note')));
      const headlines = els.map((el) => text($(el, '.headline')));
      expect(new Set([...notes, ...headlines]).size, 'all different').to.equal(16);
      for (const [n, note] of notes.entries()) expect(note, els[n].lang).to.contain('2');
      expect(notes[0]).to.equal('Not counted here: goals followed up with written reports (2). Their status is an assessment by whoever reports it, not calculated from figures.');
      expect(headlines[0]).to.equal('4 of 7 goals followed up with indicators are on track or achieved');
      expect(await axeViolations(els[1])).to.deep.equal([]);
    });

    it('shows every status with an icon shape and a word, not colour alone', async () => {
      const el = await tracker();
      for (const goal of $$(el, 'article.goal')) {
        const badge = goal.querySelector('.badge')!;
        expect(badge.querySelector('svg path'), goal.dataset.goal).to.not.equal(null);
        expect(text(badge).length, goal.dataset.goal).to.be.greaterThan(3);
      }
      const reported = $(el, '[data-goal="g-reported"] .badge.reported');
      expect(text(reported)).to.equal('Rapporterad status: På rätt väg');
      expect(text($(el, '[data-goal="g-reported"] .report'))).to.contain('Rapporterad av Arbetsförmedlingen, 30 september 2025');
    });

    it('shows the time elapsed in the agreement period', async () => {
      const el = await tracker();
      const bar = $<HTMLProgressElement>(el, '.facts progress');
      expect(bar.value).to.equal(64);
      expect(bar.getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.equal('4 av 7 år (64 %)');
    });

    it('gives the progress bars a name and a value text', async () => {
      const el = await tracker();
      const bar = $<HTMLProgressElement>(el, '[data-goal="g-on"] progress');
      expect(bar.value).to.equal(50);
      expect(bar.getAttribute('aria-valuetext')).to.equal('50\u00a0% av vägen från utgångsvärdet till målet');
      expect(el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!)!.textContent).to.equal('Indikator i3');
    });

    it('puts its headings in order from heading-level', async () => {
      const el = await tracker('heading-level="3"');
      $<HTMLButtonElement>(el, '[data-goal="g-achieved"] .goal-actions button').click();
      await el.updateComplete;
      const levels = $$(el, '[role=heading]').map((h) => Number(h.getAttribute('aria-level')));
      expect(levels[0]).to.equal(3);
      for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).to.be.at.most(1);
      expect(Math.max(...levels)).to.equal(6);
    });
  });

  describe('filters', () => {
    it('filters by area from the select and reflects it in the attribute', async () => {
      const el = await tracker();
      const select = $<HTMLSelectElement>(el, '.filters select');
      select.focus();
      select.value = 'halsa';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.getAttribute('area')).to.equal('halsa');
      expect(goalIds(el)).to.deep.equal(['g-risk', 'g-off', 'g-nodata', 'g-reported-2']);
      expect(text($(el, '.filters [role=status]'))).to.equal('Visar 4 av 9 mål');
      expect(text($(el, '.headline'))).to.equal('0 av 3 mål som följs upp med indikatorer är på rätt väg eller uppnådda');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('filters by party from the attribute, and area and party combine', async () => {
      const el = await tracker('party="af"');
      expect(goalIds(el)).to.deep.equal(['g-achieved', 'g-achieved-2', 'g-reported']);
      el.setAttribute('area', 'boende');
      await el.updateComplete;
      expect(goalIds(el)).to.deep.equal([]);
      el.party = 'vaxjo';
      await el.updateComplete;
      expect(goalIds(el)).to.deep.equal(['g-on', 'g-on-2']);
      expect(el.getAttribute('party')).to.equal('vaxjo');
      expect($<HTMLSelectElement>(el, '.filters label:nth-child(2) select').value).to.equal('vaxjo');
    });

    it('shows one goal, opened, with goal="…"', async () => {
      const el = await tracker('goal="g-risk"');
      expect(goalIds(el)).to.deep.equal(['g-risk']);
      expect($(el, '.filters')).to.equal(null);
      expect($(el, '[data-goal="g-risk"] svg.chart')).to.not.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('says so when goal="…" names no goal', async () => {
      const el = await tracker('goal="nope"');
      expect(shadowText(el)).to.contain('Målet finns inte i överenskommelsen.');
    });
  });

  describe('goals, charts and tables', () => {
    it('opens a goal with the keyboard and draws its charts only then', async () => {
      const el = await tracker();
      expect($$(el, 'svg.chart')).to.have.length(0);
      const button = $<HTMLButtonElement>(el, '[data-goal="g-achieved"] .goal-actions button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const selected = nextEvent<{ goal: { id: string } }>(el, 'samverkan-select');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect((await selected).detail.goal.id).to.equal('g-achieved');
      const details = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(details.hidden).to.equal(false);
      expect(details.querySelectorAll('svg.chart')).to.have.length(1);
      expect(text(details.querySelector('figcaption'))).to.equal('Upp från 30 % år 2019 till 52 % år 2023; mål 50 % år 2025.');
      expect(await axeViolations(el)).to.deep.equal([]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($$(el, 'svg.chart')).to.have.length(0);
    });

    it('writes the chart summary for lower-is-better and no-data indicators', async () => {
      const el = await tracker();
      const [down, none] = [FEED.agreement.goals[1].indicators![0], FEED.agreement.goals[6].indicators![0]];
      expect(await el.summary(down as never)).to.equal('Ner från 100 dygn år 2019 till 55 dygn år 2022; mål 60 dygn år 2025.');
      expect(await el.summary(none as never)).to.equal('Utgångsvärde 30 år 2019, inga mätvärden sedan dess; mål 50 år 2025.');
    });

    it('shows the data as a real table behind a "Show as table" toggle', async () => {
      const el = await tracker('goal="g-achieved"');
      const toggle = $$<HTMLButtonElement>(el, '.indicator button')[0];
      expect(text(toggle)).to.equal('Visa som tabell');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Dölj tabellen');
      const table = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.querySelector('table')!;
      expect(text(table.caption)).to.contain('Andel "i arbete"');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      const rows = [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => text(c)));
      expect(rows[0]).to.deep.equal(['31 december 2019', '30 %', 'Utgångsvärde']);
      // The measurement repeating the baseline is listed once, as the baseline.
      expect(rows).to.have.length(4);
      expect(rows[1]).to.deep.equal(['31 december 2021', '41,5 %', 'Mätvärde']);
      expect(rows.at(-1)).to.deep.equal(['31 december 2025', '50 %', 'Mål']);
      expect(table.tBodies[0].rows[0].cells[0].tagName).to.equal('TH');
      expect(table.tBodies[0].rows[0].cells[0].getAttribute('scope')).to.equal('row');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('links responsible parties to the partner map and the source to Kolada', async () => {
      const el = await tracker('goal="g-achieved"');
      const links = $$<HTMLAnchorElement>(el, 'article a').map((a) => a.href);
      expect(links).to.include('https://example.se/partner#samverkan-org=af');
      expect(links).to.include('https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914');
      expect(links.some((h) => h.endsWith('#samverkan-goal=g-achieved'))).to.equal(true);
    });

    it('shows party names as plain text when the region has no partner map link', async () => {
      const el = await tracker('goal="g-on"', { ...FEED, region: { id: 'test', name: 'Testlän' } });
      expect(text($(el, 'article'))).to.contain('Växjö kommun');
      expect($$(el, 'article a[href*="samverkan-org"]')).to.have.length(0);
    });
  });

  describe('open data', () => {
    it('makes a CSV of the data shown: BOM, header, semicolons, quoted fields, Swedish letters', async () => {
      const el = await tracker('area="arbete"');
      const bytes = new Uint8Array(await (await el.csvBlob()).arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('goal;indicator;unit;date;value;baseline;target;source;example');
      expect(lines[1]).to.equal('Fler i arbete;"Andel ""i arbete"", efter programmet;\nkvinnor & män – å ä ö";percent;2019-12-31;30;30;50;Kolada, Kolada N00914, https://www.kolada.se;');
      expect(lines[2]).to.contain(';2021-12-31;41,5;');
      expect(lines[4]).to.equal('Validering;Indikator i2;days;2022-12-31;55;100;60;;');
      expect(lines).to.have.length(6); // 3 + 1 measurements, header, final CRLF
      expect((await el.csvBlob()).type).to.equal('text/csv;charset=utf-8');
    });

    it('lists an indicator without measurements as one row with no date or value', async () => {
      const el = await tracker('area="halsa"');
      const csv = (await (await el.csvBlob()).text()).split('\r\n');
      expect(csv).to.include('Psykisk hälsa;Indikator i7;people;;;30;50;;');
    });

    it('downloads the CSV from a Blob when the button is pressed', async () => {
      const el = await tracker('party="region"');
      const created: Blob[] = [];
      const clicked: HTMLAnchorElement[] = [];
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:test');
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        $<HTMLButtonElement>(el, '.links button').click();
        // The CSV code is a chunk fetched on the first press.
        await until(() => clicked.length, 'download clicked');
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(clicked[0].download).to.equal('test-agreement-region.csv');
      expect((await created[0].text()).split('\r\n')).to.have.length(5);
    });

    it('links to the feed it reads', async () => {
      const url = sampleFeedUrl('kronoberg');
      const el = mount<SamverkanGoalTracker>(`<samverkan-goal-tracker src="${url}"></samverkan-goal-tracker>`);
      await nextEvent(el, 'samverkan-load');
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, '.links a[type="application/json"]').href).to.equal(url);
      expect($$(el, 'article.goal')).to.have.length(9);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('URL fragment', () => {
    it('opens, scrolls to and focuses the goal named in #samverkan-goal=…, clearing filters that hide it', async () => {
      history.replaceState(null, '', '#samverkan-goal=g-off');
      const el = mount<SamverkanGoalTracker>(`<samverkan-goal-tracker today="2023-07-02" area="arbete"></samverkan-goal-tracker>`);
      const selected = nextEvent<{ goal: { id: string } }>(el, 'samverkan-select');
      el.feed = FEED;
      expect((await selected).detail.goal.id).to.equal('g-off');
      await el.updateComplete;
      expect(el.area).to.equal(null);
      const heading = $(el, '[data-goal="g-off"] [role=heading]');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect($(el, '[data-goal="g-off"] .goal-actions button').getAttribute('aria-expanded')).to.equal('true');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('follows a later hash change, and ignores goals it does not have', async () => {
      const el = await tracker();
      const selected = nextEvent<{ goal: { id: string } }>(el, 'samverkan-select');
      location.hash = '#samverkan-goal=nope';
      await new Promise((r) => setTimeout(r, 50));
      location.hash = 'x&samverkan-goal=g-on';
      expect((await selected).detail.goal.id).to.equal('g-on');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-goal="g-on"] [role=heading]'));
    });

    it('filters by party when the partner map links here with #samverkan-org=…', async () => {
      history.replaceState(null, '', '#samverkan-org=region');
      const el = await tracker();
      await el.updateComplete;
      expect(el.getAttribute('party')).to.equal('region');
      expect(goalIds(el)).to.deep.equal(['g-risk', 'g-off', 'g-nodata']);
    });
  });

  describe('language and direction', () => {
    /** One goal counted in "kommuner" (a unit label in Swedish only), with a note and a report by a Swedish name: Skåne's case. */
    const counted = () => {
      const f = structuredClone(FEED) as unknown as { agreement: { goals: unknown[] } };
      f.agreement.goals = [
        {
          id: 'g-count',
          area: 'halsa',
          title: 'Hälsokommunikation',
          indicators: [
            ind('k', {
              unit: 'count',
              unitLabel: 'kommuner',
              baseline: m('2019-12-31', 20),
              target: m('2027-12-31', 33),
              measurements: [m('2023-12-31', 24), { ...m('2025-12-31', 27), note: 'preliminärt' }],
            }),
          ],
          report: { status: 'on-track', date: '2025-09-30', text: 'Bra.', reporter: 'Region Skåne' },
        },
      ];
      return f;
    };
    /** Where a piece of text is drawn: the first text node under `root` that holds it. */
    const rectOf = (root: Node, part: string): DOMRect => {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const at = n.textContent!.indexOf(part);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + part.length);
        return range.getBoundingClientRect();
      }
      throw new Error(`no "${part}"`);
    };

    it('isolates a Swedish unit label, note and reporter in an Arabic sentence, so number and unit stay together', async () => {
      const el = await tracker('lang="ar"', counted());
      await until(() => text($(el, '.headline')).includes('من'), 'Arabic strings');
      const line = $(el, '.bars li .muted');
      const units = [...line.querySelectorAll('bdi')];
      expect(units.map((b) => [b.lang, b.dir, b.textContent])).to.deep.equal([
        ['sv', 'ltr', 'kommuner'],
        ['sv', 'ltr', 'kommuner'],
      ]);
      // Drawn right to left: "27", then "kommuner", then "(2025)" on one line (without isolation the year came between them).
      const [n, unit, year] = [rectOf(line, '27'), units[0].getBoundingClientRect(), rectOf(line, '2025')];
      expect([n.top, unit.top]).to.deep.equal([year.top, year.top]);
      expect(n.left, 'number right of its unit').to.be.greaterThan(unit.right - 1);
      expect(unit.left, 'unit right of the year').to.be.greaterThan(year.right - 1);
      expect(text($(el, '.report .muted bdi'))).to.equal('Region Skåne');
      expect($(el, '.report .muted bdi').lang).to.equal('sv');
      expect(await axeViolations(el)).to.deep.equal([]);

      // The chart's text alternative, the plan sentence, the table (caption, values, note).
      $<HTMLButtonElement>(el, '.goal-actions button').click();
      await el.updateComplete;
      const langs = (sel: string) => [...$(el, sel).querySelectorAll('bdi')].map((b) => `${b.lang}:${b.textContent}`);
      expect(langs('figcaption')).to.deep.equal(['sv:kommuner', 'sv:kommuner', 'sv:kommuner']);
      expect(langs('.indicator > p.muted')).to.deep.equal(['sv:kommuner']);
      $<HTMLButtonElement>(el, '.indicator > button').click();
      await el.updateComplete;
      expect(langs('table caption')).to.deep.equal(['sv:Indikator k']);
      expect(langs('table tbody')).to.deep.equal(['sv:kommuner', 'sv:kommuner', 'sv:kommuner', 'sv:preliminärt', 'sv:kommuner']);
      expect(await axeViolations(el)).to.deep.equal([]);
      // summary() stays a plain sentence.
      const sentence = await el.summary((counted().agreement.goals[0] as typeof FEED.agreement.goals[0]).indicators![0] as never);
      expect(sentence).to.equal(text($(el, 'figcaption')));
      expect(sentence).to.match(/20 kommuner.*27 kommuner.*33 kommuner/);
    });

    it('needs no isolation when the feed text is in the page\'s language', async () => {
      const el = await tracker('lang="sv" goal="g-count"', counted());
      expect(text($(el, '.bars li .muted'))).to.equal('Senast 27 kommuner (2025). Mål 33 kommuner år 2027.');
      expect(text($(el, 'figcaption'))).to.equal('Upp från 20 kommuner år 2019 till 27 kommuner år 2025; mål 33 kommuner år 2027.');
      expect($$(el, 'bdi')).to.have.length(0);
    });

    it('speaks two languages side by side, with numbers in each', async () => {
      const sv = await tracker('lang="sv" goal="g-achieved"');
      const en = await tracker('lang="en" goal="g-achieved"');
      $$<HTMLButtonElement>(sv, '.indicator button')[0].click();
      $$<HTMLButtonElement>(en, '.indicator button')[0].click();
      await Promise.all([sv.updateComplete, en.updateComplete]);
      expect(text($(sv, 'figcaption'))).to.equal('Upp från 30 % år 2019 till 52 % år 2023; mål 50 % år 2025.');
      expect(text($(en, 'figcaption'))).to.equal('Up from 30% in 2019 to 52% in 2023; target 50% in 2025.');
      expect(text($(sv, 'tbody tr:nth-child(2) td'))).to.equal('41,5 %');
      expect(text($(en, 'tbody tr:nth-child(2) td'))).to.equal('41.5%');
      expect(text($(en, 'article [role=heading]'))).to.equal('More in work');
      expect(await axeViolations(en)).to.deep.equal([]);
    });

    it('groups thousands with a no-break space in Swedish', async () => {
      const el = await tracker('lang="sv"');
      expect(el.formatValue(12345.5, { unit: 'count' })).to.match(/^12[\u00a0\u202f]345,5$/);
      expect(el.formatValue(1200, { unit: 'count', unitLabel: 'valideringar' })).to.match(/^1[\u00a0\u202f]200 valideringar$/);
    });

    it('lays out right to left in Arabic, with Arabic interface text', async () => {
      const el = await tracker('lang="ar"');
      const base = $(el, '[part=base]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(text($(el, '.headline'))).to.equal('4 من 7 أهداف تُتابَع بمؤشرات على المسار الصحيح أو تحققت');
      // Swedish feed text keeps its own language and direction inside the Arabic page.
      const title = $(el, '[data-goal="g-on"] [role=heading] bdi');
      expect(title.getAttribute('lang')).to.equal('sv');
      expect(title.getAttribute('dir')).to.equal('ltr');
      $<HTMLButtonElement>(el, '[data-goal="g-on"] .goal-actions button').click();
      await el.updateComplete;
      expect($(el, 'svg.chart').getAttribute('dir')).to.equal('ltr');
      // SVG ignores dir: the chunk's CSS keeps the axis labels left of the axis (text-anchor="end" would flip in RTL).
      expect(getComputedStyle($(el, 'svg.chart')).direction).to.equal('ltr');
      const tick = $<SVGTextElement>(el, 'svg.chart text.tick').getBBox();
      expect(tick.x + tick.width).to.be.at.most(Number($(el, 'svg.chart line.grid').getAttribute('x1')));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('feed states', () => {
    it('says it is loading, then shows an error with retry for a missing feed', async () => {
      const el = mount<SamverkanGoalTracker>(`<samverkan-goal-tracker src="${feedUrl({ id: uniqueId(), status: 404, delay: 200 })}"></samverkan-goal-tracker>`);
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.contain('Laddar');
      expect(await axeViolations(el)).to.deep.equal([]);
      await nextEvent(el, 'samverkan-error');
      await el.updateComplete;
      expect(text($(el, '[role=alert]'))).to.contain('finns inte på den angivna adressen');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('says so when the feed has no agreement, or an agreement without goals', async () => {
      const none = await tracker('', { version: 1, organizations: [] });
      expect(shadowText(none)).to.contain('Det finns ingen överenskommelse i flödet.');
      expect(await axeViolations(none)).to.deep.equal([]);
      const empty = await tracker('', { version: 1, agreement: { id: 'a', title: 'Tom', period: { start: '2020-01-01', end: '2021-12-31' } } });
      expect(shadowText(empty)).to.contain('Överenskommelsen har inga mål än.');
      expect(await axeViolations(empty)).to.deep.equal([]);
    });

    it('shows only the agreement and the message when it has no goals: no summary of zeros, filters or empty area rows', async () => {
      const f = structuredClone(FEED) as typeof FEED & { agreement: { goals: unknown[] } };
      f.agreement.goals = [];
      for (const lang of ['sv', 'ar']) {
        const el = await tracker(`lang="${lang}"`, f);
        await until(() => lang === 'sv' || !shadowText(el).includes('Överenskommelsen har'), 'Arabic strings');
        // The title has no Arabic: the Swedish one, isolated in its own language.
        expect(text($(el, '[role=heading]'))).to.equal('Överenskommelse 2019–2025');
        expect($$(el, '[role=heading]')).to.have.length(1);
        expect($$(el, '.summary, .headline, .counts, .areas, .filters, section.area, article.goal, .csv')).to.have.length(0);
        // The agreement's heading, facts and links, then the message, last.
        const last = $(el, '[part=base]').lastElementChild!;
        expect(last.className).to.equal('feed-status');
        expect(text(last)).to.equal(lang === 'sv' ? 'Överenskommelsen har inga mål än.' : 'لا تتضمن الاتفاقية أي أهداف بعد.');
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('skips a broken indicator and shows its siblings', async () => {
      const broken = structuredClone(FEED) as typeof FEED;
      (broken.agreement.goals[0].indicators as unknown[]).push({ id: 'bad', title: 'Trasig', unit: 'furlongs' });
      const el = await tracker('goal="g-achieved"', broken);
      expect($$(el, '.indicator')).to.have.length(1);
    });
  });

  describe('example data', () => {
    /** The area "boende" is an example; in g-achieved one measurement is; g-reported-2's goal is. */
    const examples = () => {
      type Flagged = Record<string, unknown> & { example?: boolean };
      const f = structuredClone(FEED) as unknown as { agreement: { areas: Flagged[]; goals: (Flagged & { indicators?: { measurements: Flagged[] }[] })[] } };
      f.agreement.areas[1].example = true;
      f.agreement.goals[0].indicators![0].measurements[1].example = true;
      f.agreement.goals.find((g) => g.id === 'g-reported-2')!.example = true;
      return f;
    };

    it('takes the example flag on the agreement, areas, goals and measurements without a problem', () => {
      const f = examples() as Record<string, unknown> & { agreement: Record<string, unknown> };
      f.agreement.example = true;
      expect(validateFeed(f).problems).to.deep.equal([]);
    });

    it('labels example areas, goals and figures in words, and counts them in the summary', async () => {
      const el = await tracker('', examples());
      const badge = (sel: string) => text($(el, sel).querySelector('.example-badge'));
      expect($$(el, 'section.area').map((a) => text(a.querySelector('[role=heading]')))).to.deep.equal(['Arbete', 'Boende Exempeldata', 'Hälsa']);
      // The example area's goals, the goal with one example measurement, the example goal with a report.
      expect($$(el, 'article.goal').filter((a) => a.querySelector('.example-badge')).map((a) => a.dataset.goal)).to.deep.equal(['g-achieved', 'g-on', 'g-on-2', 'g-reported-2']);
      // Once per goal: a goal followed by a report only has the label on its report.
      expect(badge('[data-goal="g-reported-2"] .report')).to.equal('Exempeldata');
      expect($$(el, '[data-goal="g-reported-2"] .example-badge')).to.have.length(1);
      expect(text($(el, '.example-note'))).to.equal('Exempeldata 4 av 9 mål visar helt eller delvis påhittade exempeluppgifter.');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('says which figures are examples in the chart summary, the table and the CSV', async () => {
      const el = await tracker('goal="g-achieved"', examples());
      expect(text($(el, 'figcaption'))).to.equal('Exempeldata: Upp från 30 % år 2019 till 52 % år 2023; mål 50 % år 2025.');
      $<HTMLButtonElement>(el, '.indicator button').click();
      await el.updateComplete;
      const rows = [...$(el, 'table').querySelectorAll('tbody tr')].map((r) => text(r.lastElementChild));
      expect(rows).to.deep.equal(['Utgångsvärde', 'Mätvärde (Exempeldata)', 'Mätvärde', 'Mål']);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.goal = null;
      await el.updateComplete;
      const csv = (await (await el.csvBlob()).text()).split('\r\n');
      expect(csv.filter((l) => l.endsWith(';Exempeldata')).map((l) => /;(\d{4}-\d\d-\d\d);/.exec(l)?.[1])).to.deep.equal(['2021-12-31', '2022-12-31', '2022-12-31']);
    });

    it('marks everything when the whole agreement is an example, in the reader\'s language', async () => {
      const f = structuredClone(FEED) as typeof FEED & { agreement: Record<string, unknown> };
      f.agreement.example = true;
      const el = await tracker('lang="ar"', f);
      await until(() => text($(el, '.headline')).includes('من'), 'Arabic strings');
      expect(text($(el, '[role=heading]'))).to.contain('بيانات توضيحية');
      expect($$(el, 'article.goal').every((a) => a.querySelectorAll('.example-badge').length === 1 && text(a).includes('بيانات توضيحية'))).to.equal(true);
      expect(text($(el, '.example-note'))).to.contain('9');
      const rows = await el.csvRows();
      expect(rows.every((r) => r.example === 'بيانات توضيحية')).to.equal(true);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
