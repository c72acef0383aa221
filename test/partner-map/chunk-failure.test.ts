/**
 * The map's lazy chunks (a partner's details, the tile layer) can fail to
 * arrive: offline, or a deploy replaced the files the page was loaded with.
 * The reader is told, in their language, and can try again. A file of its
 * own: the chunks must not have loaded in this page before the tests make
 * them fail.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/partner-map/define.js';
import { chunks, type SamverkanPartnerMap } from '../../src/components/partner-map/partner-map.js';
import { axeViolations, mount, unmountAll, until } from '../helpers.js';

const FEED = {
  version: 1,
  region: {
    id: 'kronoberg',
    name: 'Kronobergs län',
    county: { code: '07', name: 'Kronobergs län' },
    municipalities: [{ code: '0780', name: 'Växjö', seat: { lat: 56.879, lon: 14.806 } }],
  },
  organizations: [
    { id: 'vaxjo', name: 'Växjö kommun', type: 'municipality', municipality: '0780', location: { lat: 56.8777, lon: 14.8094 }, phone: '0470-410 00' },
    { id: 'lnu', name: 'Linnéuniversitetet', type: 'university', location: { lat: 56.855, lon: 14.829 } },
  ],
};

const real = { ...chunks };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mountMap(attrs = ''): Promise<SamverkanPartnerMap> {
  const el = mount<SamverkanPartnerMap>(`<samverkan-partner-map style="inline-size: 700px" ${attrs}></samverkan-partner-map>`);
  el.feed = FEED;
  await until(() => el.shadowRoot?.querySelector('.marker'), 'markers');
  await el.updateComplete;
  return el;
}

describe('<samverkan-partner-map> when a lazy chunk cannot be fetched', () => {
  afterEach(() => {
    Object.assign(chunks, real);
    unmountAll();
  });

  it('says so where the details go, keeps the list and the map, and shows the details when the reader tries again with the keyboard', async () => {
    chunks.details = offline;
    const el = await mountMap();
    $<HTMLButtonElement>(el, '.list button[data-id="vaxjo"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.side [role=alert]'), 'failure shown');
    const alert = $(el, '.side [role=alert]')!;
    expect(text(alert)).to.contain('Den här delen kunde inte laddas');
    // The selection still shows in the list and on the map; nothing else is lost.
    expect($(el, '.list button[data-id="vaxjo"]')!.getAttribute('aria-current')).to.equal('true');
    expect($(el, '.marker.selected')).to.not.equal(null);
    expect($(el, '.details')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);

    chunks.details = real.details;
    alert.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.details'), 'details after retry');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(text($(el, '#details-title'))).to.equal('Växjö kommun');
    // Focus is not lost with the alert's button: it is on the partner's name, as after a selection.
    await until(() => el.shadowRoot!.activeElement?.id === 'details-title', 'focus on the details');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says so under the map in Arabic when the tile layer cannot be fetched, and draws the tiles on retry', async () => {
    chunks.tiles = offline;
    const el = await mountMap('lang="ar" tiles="/test/partner-map/tiles/{z}/{x}/{y}.png" tiles-attribution="Testkarta"');
    await until(() => $(el, '.map [role=alert]'), 'failure shown');
    const alert = $(el, '.map [role=alert]')!;
    expect(text(alert)).to.not.contain('Den här delen');
    expect(alert.closest('[dir]')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'svg image')).to.equal(null);
    // The map itself still works: markers, zoom buttons.
    expect(el.shadowRoot!.querySelectorAll('.marker').length).to.be.greaterThan(0);
    expect(await axeViolations(el)).to.deep.equal([]);

    chunks.tiles = real.tiles;
    alert.querySelector('button')!.click();
    await until(() => $(el, 'svg image'), 'tiles after retry');
    expect($(el, '[role=alert]')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
