/**
 * Anchor: FullCalendar 7.1 (the `fullcalendar` package) with the classic
 * theme, month grid and listYear. `dayMaxEvents: 3` matches our calendar's
 * default `max-per-day` (and the Lit grid's cap): the same output per cell.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { fetchJSON, register, sv, stage, type Contender } from './harness.js';

interface FeedEvent { id: string; title: unknown; start: string; end?: string }

function contender(view: 'dayGridMonth' | 'listYear', initialDate: string): Contender {
  let events: object[] = [];
  return {
    async prepare(p) {
      const feed = await fetchJSON<{ events: FeedEvent[] }>(p.feed);
      // Data in hand in FullCalendar's own input format (mapping is not timed, as our feed object is not).
      events = feed.events.map((e) => ({ id: e.id, title: sv(e.title), start: e.start, end: e.end, allDay: !e.start.includes('T') }));
    },
    async run() {
      const el = document.createElement('div');
      stage().append(el);
      const calendar = new Calendar(el, { plugins: [dayGridPlugin, listPlugin, classicThemePlugin], initialView: view, initialDate, firstDay: 1, dayMaxEvents: 3, events });
      calendar.render();
    },
  };
}

register({ month: contender('dayGridMonth', '2027-03-01'), agenda: contender('listYear', '2027-06-01') });
