/**
 * The script-tag entry (`dist/samverkan.js`, and `dist/samverkan.iife.js` as
 * one classic script): interface translations on, every element registered,
 * and CMS-proof placeholders (`<div data-samverkan="event-calendar" …>`)
 * upgraded to elements, now and when added later. See docs/embedding.md.
 *
 * Safe to load twice, or next to another version: registration and
 * localization are guarded (a console warning when versions differ), and a
 * placeholder is upgraded once whichever copy sees it first.
 */
import { configureLocalization } from './internal/localize.js';
import './components/event-calendar/define.js';
import './components/partner-map/define.js';
import './components/goal-tracker/define.js';
import './components/info-cards/define.js';
import { watchPlaceholders } from './internal/embed.js';

configureLocalization();
watchPlaceholders(document);
