/**
 * A partner's details: a chunk of its own, loaded on first use (the reader
 * selects a partner, or hovers or focuses the widget, or the URL names one),
 * not by the first render: the entry stays smaller and the first render does
 * less. Its styles are adopted into the element's shadow root when it arrives
 * (a constructed stylesheet, so a strict CSP is fine).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { Events } from '../../feed/sections/events.js';
import { validateSections } from '../../feed/validate.js';
import { formatNumber, pickText, type PickedText } from '../../internal/format.js';
import { nativeName } from '../../internal/language.js';
import { typeLabel, type Model } from './model.js';

/** What the element gives the details. */
export interface DetailsArgs {
  /** The feed validated for the element's sections (no `events`). */
  feed: Feed;
  /** The feed as it came (`feedState.input`): its events are validated here, when the details need them. */
  input: unknown;
  m: Model;
  /** The selected partner (index into m.orgs). */
  i: number;
  lang: string;
  headingLevel: number;
  areas: Map<string, PickedText>;
  badge(example: boolean | undefined): TemplateResult | typeof nothing;
  close(): void;
}

const langAttr = (p: PickedText, lang: string) => (p.lang && p.lang !== lang ? p.lang : nothing);

/** One object, so validateSections remembers its answer per feed (and per events value: a calendar on the page that checked them already costs nothing). */
const EVENT_SECTION = { events: Events };
/** Valid events per organiser, counted once per events array (a broken event is not counted; the calendar reports it). */
const counts = new WeakMap<object, Map<string, number>>();
const noEvents = new Map<string, number>();

function eventCounts(input: unknown): Map<string, number> {
  const events = validateSections(input, EVENT_SECTION).feed?.events;
  if (!events) return noEvents;
  let byOrg = counts.get(events);
  if (!byOrg) {
    byOrg = new Map();
    for (const e of events) if (e.organizer) byOrg.set(e.organizer, (byOrg.get(e.organizer) ?? 0) + 1);
    counts.set(events, byOrg);
  }
  return byOrg;
}

export function renderDetails({ feed, input, m, i, lang, headingLevel, areas, badge, close }: DetailsArgs): TemplateResult {
  const o = m.orgs[i];
  const t = (text: Parameters<typeof pickText>[0]) => {
    const p = pickText(text, lang);
    return p.text ? html`<span lang=${langAttr(p, lang)}>${p.text}</span>` : nothing;
  };
  const party = o.party || feed.agreement?.parties?.includes(o.id);
  const events = eventCounts(input).get(o.id) ?? 0;
  const goals = (feed.agreement?.goals ?? []).filter((g) => g.responsible?.includes(o.id)).length;
  const eventCount = formatNumber(events, lang);
  const goalCount = formatNumber(goals, lang);
  const frag = `#samverkan-org=${encodeURIComponent(o.id)}`;
  const links = feed.region?.links;
  const a = o.address;
  const row = (label: string, value: unknown) => (value && value !== nothing ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.stopPropagation(), close())}>
    <div class="details-head">
      <h3 id="details-title" tabindex="-1" aria-level=${headingLevel}>${t(o.name)}</h3>
      <button class="button" type="button" @click=${close}>${msg('Stäng')}</button>
    </div>
    ${badge(o.example)}
    <p class="meta">${typeLabel(o.type)}${party ? html` · ${msg('Part i överenskommelsen')}` : nothing}</p>
    ${o.description ? html`<p>${t(o.description)}</p>` : nothing}
    <dl>
      ${row(msg('Roll i samverkan'), o.role && t(o.role))}
      ${row(msg('Samverkansområden'), o.collaborationAreas?.length && html`<ul>${o.collaborationAreas.map((id) => html`<li lang=${areas.get(id) ? langAttr(areas.get(id)!, lang) : nothing}>${areas.get(id)?.text ?? id}</li>`)}</ul>`)}
      ${row(msg('Adress'), a && (a.street || a.city) && html`${a.street ?? ''}${a.street && (a.postalCode || a.city) ? html`<br />` : ''}${[a.postalCode, a.city].filter(Boolean).join(' ')}`)}
      ${row(msg('Öppettider'), o.openingHours && t(o.openingHours))}
      ${row(msg('Telefon'), o.phone && html`<a href="tel:${o.phone.replace(/[^\d+]/g, '')}">${o.phone}</a>`)}
      ${row(msg('E-post'), o.email && html`<a href="mailto:${o.email}">${o.email}</a>`)}
      ${row(msg('Webbplats'), o.website && html`<a href=${o.website}>${o.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>`)}
      ${row(msg('Språk'), o.languages?.length && html`<ul class="langs">${o.languages.map((l) => html`<li lang=${l}>${nativeName(l)}</li>`)}</ul>`)}
    </dl>
    ${events || goals
      ? html`<p class="links">
          ${events ? html`<a href=${(links?.eventCalendar ?? '') + frag}>${msg(str`Evenemang (${eventCount})`)}</a>` : nothing}
          ${goals ? html`<a href=${(links?.goalTracker ?? '') + frag}>${msg(str`Mål i överenskommelsen (${goalCount})`)}</a>` : nothing}
        </p>`
      : nothing}
    ${m.placedBy[i] === 'municipality' ? html`<p class="note">${msg('Visas på kartan vid kommunens centralort.')}</p>` : nothing}
    ${m.placedBy[i] === null ? html`<p class="note">${msg('Finns inte på kartan: platsen är okänd.')}</p>` : nothing}
  </section>`;
}

export const detailsStyles = css`
  .details {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .details-head {
    display: flex;
    gap: 0.5rem;
    align-items: start;
    justify-content: space-between;
  }
  .details h3 {
    margin: 0;
    font-size: 1.2rem;
    font-weight: 600;
  }
  .details .meta {
    margin: 0.25rem 0;
  }
  dl {
    margin: 0.5rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.4rem;
    overflow-wrap: break-word;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
`;
