/**
 * The region page of the demo: every component with the region's sample feed,
 * in the language chosen (the `lang` of <main>, which the widgets follow).
 */
import { configureLocalization } from '../src/internal/localize.js';
import { directionOf } from '../src/internal/language.js';
import { DEMO_LANGUAGES, REGIONS } from './regions.js';
import { DEMO_TEXT } from './strings.js';

configureLocalization();
// Every component that exists registers itself; the demo needs no list of them.
import.meta.glob('../src/components/*/define.ts', { eager: true });

const params = new URLSearchParams(location.search);
const region = REGIONS.find((r) => r.id === params.get('region')) ?? REGIONS[0];
const lang = (DEMO_LANGUAGES as readonly string[]).includes(params.get('lang') ?? '') ? params.get('lang')! : 'sv';
const framed = params.has('frame');

const main = document.querySelector('main')!;

/** The page's language: the widgets follow <main>'s lang; the demo's own headings and note are set in it too. */
function setLanguage(code: string) {
  main.lang = code;
  main.dir = directionOf(code);
  const text = DEMO_TEXT[code] ?? DEMO_TEXT.sv;
  for (const [id, key] of [['h-calendar', 'calendar'], ['h-cards', 'cards'], ['h-map', 'map'], ['h-goals', 'goals']] as const) {
    const heading = document.getElementById(id);
    if (heading) heading.textContent = text[key];
  }
  const intro = document.querySelector<HTMLElement>('.demo-intro');
  if (intro) {
    intro.textContent = text.intro;
    intro.lang = code;
    intro.dir = directionOf(code);
  }
}
setLanguage(lang);
document.title = `${region.name} – samverkan demo`;
document.querySelectorAll<HTMLElement>('[data-feed]').forEach((el) => el.setAttribute('src', region.feed));
document.querySelector('#region-name')!.textContent = region.name;
if (framed) document.body.classList.add('framed');

// The header's links and options are in the HTML, so filling them in cannot move the page (no layout shift).
document.querySelectorAll<HTMLAnchorElement>('#regions a').forEach((a) => {
  const id = new URL(a.href).searchParams.get('region');
  a.search = `?region=${id}&lang=${lang}`;
  if (id === region.id) a.setAttribute('aria-current', 'page');
});

const picker = document.querySelector<HTMLSelectElement>('#lang')!;
picker.value = lang;
picker.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('lang', picker.value);
  history.replaceState(null, '', url);
  setLanguage(picker.value);
  updatePhone();
});

const phone = document.querySelector<HTMLIFrameElement>('#phone');
function updatePhone() {
  if (!phone) return;
  const url = new URL(location.href);
  url.searchParams.set('frame', '1');
  phone.src = url.href;
}
document.querySelector('#show-phone')?.addEventListener('click', () => {
  document.body.classList.toggle('with-phone');
  updatePhone();
});
