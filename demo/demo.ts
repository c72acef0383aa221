/**
 * The region page of the demo: every component with the region's sample feed,
 * in the language chosen (the `lang` of <main>, which the widgets follow).
 */
import { configureLocalization } from '../src/internal/localize.js';
import { directionOf, nativeName } from '../src/internal/language.js';
import { DEMO_LANGUAGES, REGIONS } from './regions.js';

configureLocalization();
// Every component that exists registers itself; the demo needs no list of them.
import.meta.glob('../src/components/*/define.ts', { eager: true });

const params = new URLSearchParams(location.search);
const region = REGIONS.find((r) => r.id === params.get('region')) ?? REGIONS[0];
const lang = (DEMO_LANGUAGES as readonly string[]).includes(params.get('lang') ?? '') ? params.get('lang')! : 'sv';
const framed = params.has('frame');

const main = document.querySelector('main')!;
main.lang = lang;
main.dir = directionOf(lang);
document.title = `${region.name} – samverkan demo`;
document.querySelectorAll<HTMLElement>('[data-feed]').forEach((el) => el.setAttribute('src', region.feed));
document.querySelector('#region-name')!.textContent = region.name;
if (framed) document.body.classList.add('framed');

const nav = document.querySelector('#regions')!;
for (const r of REGIONS) {
  const a = document.createElement('a');
  a.href = `?region=${r.id}&lang=${lang}`;
  a.textContent = r.name;
  if (r === region) a.setAttribute('aria-current', 'page');
  nav.append(a);
}

const picker = document.querySelector<HTMLSelectElement>('#lang')!;
for (const code of DEMO_LANGUAGES) {
  const option = new Option(nativeName(code), code, false, code === lang);
  option.lang = code;
  picker.append(option);
}
picker.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('lang', picker.value);
  history.replaceState(null, '', url);
  main.lang = picker.value;
  main.dir = directionOf(picker.value);
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
