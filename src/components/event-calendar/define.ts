import { defineElement } from '../../internal/define.js';
import { SamverkanEventCalendar } from './event-calendar.js';

defineElement('samverkan-event-calendar', SamverkanEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-event-calendar': SamverkanEventCalendar;
  }
}
