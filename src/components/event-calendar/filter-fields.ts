/**
 * The filter selects of "Fler filter": a chunk of its own, loaded when the
 * panel is first opened (or a filter attribute is set), so the first render
 * builds no options.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { AUDIENCES, EVENT_CATEGORIES } from '../../feed/sections/events.js';
import { nativeName } from '../../internal/language.js';
import type { DialogHost, FilterKey } from './event-calendar.js';
import { municipalityOf } from './filter.js';
import { audienceLabel, categoryLabel } from './labels.js';

/** Value, label and the label's language where it is not the interface's (feed text, a language's own name). */
type Options = readonly (readonly [string, string, (string | typeof nothing)?])[];
interface FilterOptions {
  munis: Options;
  cats: Options;
  areas: Options;
  langs: Options;
  auds: Options;
}
/** Options per feed object, for the language they were made in. */
const cache = new WeakMap<Feed, { lang: string; options: FilterOptions }>();

function filterOptions(c: DialogHost, feed: Feed): FilterOptions {
  const cached = cache.get(feed);
  if (cached?.lang === c.textLang) return cached.options;
  const events = feed.events ?? [];
  const munis = new Set<string>();
  const cats = new Set<string>();
  const areas = new Set<string>();
  const langs = new Set<string>();
  const auds = new Set<string>();
  for (const e of events) {
    const m = municipalityOf(e);
    if (m) munis.add(m);
    if (e.category) cats.add(e.category);
    e.areas?.forEach((a) => areas.add(a));
    e.languages?.forEach((l) => langs.add(l));
    e.audience?.forEach((a) => auds.add(a));
  }
  const sv = c.langOf({ text: '', lang: 'sv', fallback: false });
  const options: FilterOptions = {
    munis: (feed.region?.municipalities ?? []).filter((m) => munis.has(m.code)).map((m) => [m.code, m.name, sv] as const),
    cats: EVENT_CATEGORIES.filter((c) => cats.has(c)).map((c) => [c, categoryLabel(c)] as const),
    areas: [...(feed.agreement?.areas ?? []), ...(feed.agreement?.collaborationAreas ?? [])].filter((a) => areas.has(a.id)).map((a) => {
        const t = c.text(a.title);
        return [a.id, t.text, c.langOf(t)] as const;
      }),
    langs: [...langs].map((l) => [l, nativeName(l), l] as const),
    auds: AUDIENCES.filter((a) => auds.has(a)).map((a) => [a, audienceLabel(a)] as const),
  };
  cache.set(feed, { lang: c.textLang, options });
  return options;
}

/** The selects, built only while the panel is open (it is closed by default: no options to make in the first render). */
export function renderFilterFields(c: DialogHost, feed: Feed, active: number): TemplateResult {
  const { munis, cats, areas, langs, auds } = filterOptions(c, feed);
  const modes = [
    ['online', msg('Digitalt')],
    ['in-person', msg('På plats')],
  ] as const;
  const select = (key: FilterKey, label: string, options: Options, all: string) => {
    const value = c.filterValue(key) ?? '';
    const opts = value && !options.some(([v]) => v === value) ? [...options, [value, value] as const] : options;
    return html`<div class="field">
      <label for="f-${key}">${label}</label>
      <select id="f-${key}" data-filter=${key} @change=${(e: Event) => c.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${all}</option>
        ${opts.map(([v, l, lang]) => html`<option value=${v} ?selected=${v === value} lang=${lang ?? nothing}>${l}</option>`)}
      </select>
    </div>`;
  };
  return html`<div class="fields">
        ${munis.length ? select('municipality', msg('Kommun'), munis, msg('Alla kommuner')) : nothing}
        ${select('category', msg('Typ av evenemang'), cats, msg('Alla typer'))}
        ${areas.length ? select('area', msg('Område'), areas, msg('Alla områden')) : nothing}
        ${select('language', msg('Språk på evenemanget'), langs, msg('Alla språk'))}
        ${select('audience', msg('För vem'), auds, msg('Alla'))}
        ${select('mode', msg('Var'), modes, msg('Digitalt och på plats'))}
        ${active ? html`<button class="button" type="button" data-clear @click=${c.clearFilters}>${msg('Rensa filter')}</button>` : nothing}
      </div>`;
}
