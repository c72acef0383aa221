/** Interface names of the contract's enumerations; call during render (or inside `localize()`). */
import { msg } from '@lit/localize';
import type { Audience, CalendarEvent, EventCategory } from '../../feed/sections/events.js';

export function categoryLabel(c: EventCategory | string): string {
  switch (c) {
    case 'information-meeting':
      return msg('Informationsmöte');
    case 'language-cafe':
      return msg('Språkcafé');
    case 'course':
      return msg('Kurs');
    case 'health-talk':
      return msg('Hälsosamtal');
    case 'dialogue-meeting':
      return msg('Dialogmöte');
    case 'conference':
      return msg('Konferens');
    case 'networking':
      return msg('Nätverksträff');
    default:
      return msg('Övrigt');
  }
}

export function audienceLabel(a: Audience | string): string {
  switch (a) {
    case 'newcomers':
      return msg('Nyanlända');
    case 'asylum-seekers':
      return msg('Asylsökande');
    case 'professionals':
      return msg('Yrkesverksamma');
    case 'public':
      return msg('Allmänheten');
    case 'children-youth':
      return msg('Barn och unga');
    case 'parents':
      return msg('Föräldrar');
    case 'women':
      return msg('Kvinnor');
    case 'employers':
      return msg('Arbetsgivare');
    default:
      return a;
  }
}

/** The status word shown as text (never by colour alone); empty for a scheduled event. */
export function statusLabel(s: CalendarEvent['status']): string {
  switch (s) {
    case 'cancelled':
      return msg('Inställt');
    case 'changed':
      return msg('Ändrat');
    case 'postponed':
      return msg('Uppskjutet');
    default:
      return '';
  }
}
