/**
 * The details dialog (one event, or a day's list): a chunk of its own, loaded
 * when a reader first opens details (and preloaded when the page is idle after
 * the first render), with its styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Feed } from '../../feed/feed.js';
import { joinList } from '../../internal/format.js';
import { dayKey } from './days.js';
import type { Occurrence } from './expand.js';
import { isInPerson, municipalityOf } from './filter.js';
import { audienceLabel, categoryLabel, statusLabel } from './labels.js';
import type { DialogHost, Dialog } from './event-calendar.js';

export const styles = css`
  /* ---- dialog ---- */
  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-body {
    padding: 1rem 1.25rem;
  }
  .dialog-body h2 {
    margin: 0 0 0.5rem;
    font-size: 1.3em;
    line-height: 1.3;
  }
  .dialog-body h2:focus {
    outline: none;
  }
  .dialog-body h2:focus-visible {
    outline: var(--_focus);
  }
  .status-banner {
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_danger);
    background: var(--_surface-alt);
  }
  .status-banner[data-status='changed'],
  .status-banner[data-status='postponed'] {
    border-inline-start-color: var(--_warning);
  }
  dl {
    margin: 0.5rem 0;
    display: grid;
    gap: 0.4rem;
  }
  .row {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: 0.5rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
  }
  .day-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .day-list li {
    display: grid;
    gap: 0.1rem;
  }
  .day-list .when {
    font-weight: 600;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  @container (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

`;

export function renderDialog(c: DialogHost, feed: Feed, d: Dialog): TemplateResult {
  const close = html`<button class="button close" type="button" data-close @click=${() => c.closeDialog()}>${msg('Stäng')}</button>`;
  if (d.kind === 'day') {
    const items = c.monthData(feed).byDay.get(dayKey(d.day)) ?? [];
    return html`<div class="dialog-body">
      <h2 id="dialog-title" tabindex="-1">${c.dayTitle(d.day, true)}</h2>
      <ul class="day-list">
        ${items.map((o) => {
          const title = c.text(o.event.title);
          const status = statusLabel(o.event.status);
          return html`<li data-status=${o.event.status ?? 'scheduled'}>
            <span class="when">${c.when(o)}</span>
            <button type="button" class="link-button" data-open=${o.key} @click=${() => c.openDialog({ kind: 'event', occ: o, fromDay: d.day }, c.returnFocus ?? c)}>
              ${status ? html`<span class="status-word">${status}:</span> ` : nothing}<span lang=${c.langOf(title)} dir=${c.dirOf(title)}>${title.text}</span>
            </button>
          </li>`;
        })}
      </ul>
      <div class="dialog-actions">${close}</div>
    </div>`;
  }
  return renderDetails(c, feed, d.occ, d.fromDay, close);
}

function renderDetails(c: DialogHost, feed: Feed, o: Occurrence, fromDay: number | undefined, close: TemplateResult): TemplateResult {
  const e = o.event;
  const title = c.text(e.title);
  const status = statusLabel(e.status);
  const l = e.location;
  const muni = municipalityOf(e);
  const name = muni ? feed.region?.municipalities?.find((m) => m.code === muni)?.name : undefined;
  // A municipality's name is Swedish (the official one): in an Arabic sentence it keeps its own voice and direction.
  const muniName = name && html`<bdi lang="sv" dir="ltr">${name}</bdi>`;
  const org = e.organizer ? feed.organizations?.find((x) => x.id === e.organizer) : undefined;
  const orgName = org ? c.text(org.name) : null;
  const description = c.text(e.description);
  const access = c.text(e.accessibility);
  const regNote = c.text(e.registration?.note);
  const cost = c.text(e.cost?.text);
  const deadline = e.registration?.deadline;
  const deadlineText = deadline ? c.feedDateTime(deadline) : '';
  const row = (label: string, content: unknown) => html`<div class="row"><dt>${label}</dt><dd>${content}</dd></div>`;
  const address = [l?.address?.street, [l?.address?.postalCode, l?.address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return html`<article class="dialog-body details" data-status=${e.status ?? 'scheduled'}>
    ${fromDay !== undefined ? html`<button type="button" class="link-button back" data-back @click=${() => c.openDialog({ kind: 'day', day: fromDay }, c.returnFocus ?? c)}>${msg('Tillbaka till dagen')}</button>` : nothing}
    <h2 id="dialog-title" tabindex="-1"><span lang=${c.langOf(title)} dir=${c.dirOf(title)}>${title.text}</span></h2>
    ${status
      ? html`<p class="status-banner" data-status=${e.status}>
          <strong>${status}</strong>${e.statusNote ? html`: <span lang=${c.langOf(c.text(e.statusNote))} dir=${c.dirOf(c.text(e.statusNote))}>${c.text(e.statusNote).text}</span>` : nothing}
          ${e.previousStart ? html`<br /><span>${msg('Ursprunglig tid:')} <s>${c.feedDateTime(e.previousStart)}</s></span>` : nothing}
        </p>`
      : nothing}
    ${c.renderRescheduled(e, false)}
    ${c.exampleBadge(e.example)}
    <dl>
      ${row(msg('När'), html`${c.when(o, true)}${o.recurring ? html`<br /><span class="muted">${msg('Återkommande evenemang')}</span>` : nothing}`)}
      ${l && isInPerson(e)
        ? row(
            msg('Plats'),
            html`${l.name ? html`<span lang=${c.langOf(c.text(l.name))} dir=${c.dirOf(c.text(l.name))}>${c.text(l.name).text}</span><br />` : nothing}${address ? html`<span lang=${c.langOf(c.text(address))} dir=${c.dirOf(c.text(address))}>${address}</span><br />` : nothing}${muniName ? msg(html`${muniName} kommun`) : nothing}`,
          )
        : nothing}
      ${l?.online ? row(msg('Digitalt'), html`<a href=${l.online} target="_blank" rel="noopener noreferrer">${msg('Länk till det digitala mötet')}</a>`) : nothing}
      ${orgName ? row(msg('Arrangör'), org?.website ? html`<a href=${org.website} lang=${c.langOf(orgName)} dir=${c.dirOf(orgName)}>${orgName.text}</a>` : html`<span lang=${c.langOf(orgName)} dir=${c.dirOf(orgName)}>${orgName.text}</span>`) : nothing}
      ${e.languages?.length ? row(msg('Språk'), c.languageList(e.languages)) : nothing}
      ${e.audience?.length ? row(msg('För vem'), joinList(c.textLang, e.audience.map(audienceLabel)).join('')) : nothing}
      ${e.category ? row(msg('Typ'), categoryLabel(e.category)) : nothing}
      ${access.text ? row(msg('Tillgänglighet'), html`<span lang=${c.langOf(access)} dir=${c.dirOf(access)}>${access.text}</span>`) : nothing}
      ${e.registration
        ? row(
            msg('Anmälan'),
            html`${e.registration.required ? msg('Anmälan krävs.') : msg('Ingen anmälan behövs.')}
            ${deadlineText ? html`${msg(str`Sista dag: ${deadlineText}.`)}` : nothing}
            ${regNote.text ? html`<span lang=${c.langOf(regNote)} dir=${c.dirOf(regNote)}>${regNote.text}</span>` : nothing}
            ${e.registration.url ? html`<br /><a href=${e.registration.url} target="_blank" rel="noopener noreferrer">${msg('Anmäl dig')}</a>` : nothing}`,
          )
        : nothing}
      ${e.cost ? row(msg('Kostnad'), html`${e.cost.free ? msg('Gratis') : nothing} ${cost.text ? html`<span lang=${c.langOf(cost)} dir=${c.dirOf(cost)}>${cost.text}</span>` : nothing}`) : nothing}
    </dl>
    ${description.text ? html`<p class="description" lang=${c.langOf(description)} dir=${c.dirOf(description)}>${description.text}</p>` : nothing}
    ${e.url ? html`<p><a href=${e.url} target="_blank" rel="noopener noreferrer">${msg('Mer information')}</a></p>` : nothing}
    ${c.chunkFailure('event')}
    <div class="dialog-actions">
      <button class="button primary" type="button" data-ics="event" @click=${() => c.downloadEvent(e)}>${msg('Lägg till i din kalender (.ics)')}</button>
      ${close}
    </div>
  </article>`;
}
