/**
 * The feed's problems, listed for web editors by the `debug` attribute. A
 * chunk of its own: readers never need it, and its messages are many.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedProblem } from '../feed/schema-kit.js';

/** The list of problems, each with its JSON path, in the reader's language. */
export function renderProblems(problems: FeedProblem[]): TemplateResult {
  return html`<section class="problems" part="problems" aria-label=${msg('Problem i flödet')}>
    <p><strong>${problems.length === 0 ? msg('Flödet har inga problem.') : msg(str`Flödet har ${problems.length} problem:`)}</strong></p>
    <ul>
      ${problems.slice(0, 200).map(
        (p) => html`<li>
          <strong>${p.severity === 'error' ? msg('Fel') : msg('Varning')}</strong>
          <code>${p.path || '/'}</code>: ${describeProblem(p)}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** A feed problem in the reader's language, from its code and parameters. */
export function describeProblem(p: FeedProblem): string {
  const v = (key: string) => String(p.params?.[key] ?? '');
  switch (p.code) {
    case 'type':
      return msg(str`Fel typ av värde: väntade ${v('expected')}, fick ${v('found')}.`);
    case 'required':
      return msg(str`Obligatoriskt fält "${v('field')}" saknas.`);
    case 'unknown-field':
      return msg(str`Okänt fält "${v('field')}" ignoreras.`);
    case 'enum':
      return msg(str`"${v('value')}" är inte ett tillåtet värde (${v('allowed')}).`);
    case 'pattern':
      return msg(str`"${v('value')}" är inte ett giltigt värde av typen ${v('format')}.`);
    case 'min':
    case 'max':
      return msg('Värdet ligger utanför det tillåtna intervallet.');
    case 'version':
      return msg(str`Flödesversion ${v('version')} stöds inte.`);
    case 'duplicate-id':
      return msg(str`Id "${v('id')}" används två gånger.`);
    case 'reference':
      return msg(str`Inget objekt har id "${v('id')}".`);
    case 'json':
      return msg('Flödet är inte giltig JSON.');
    default:
      return p.message;
  }
}
