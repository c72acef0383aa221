/**
 * The whole kit for npm apps: registers every element and exports their
 * classes, the feed contract and `configureLocalization` (call it once to get
 * the interface translations; without it the interface is Swedish).
 */
import './components/event-calendar/define.js';
import './components/partner-map/define.js';
import './components/goal-tracker/define.js';
import './components/info-cards/define.js';

export { SamverkanEventCalendar } from './components/event-calendar/event-calendar.js';
export { SamverkanPartnerMap } from './components/partner-map/partner-map.js';
export { SamverkanGoalTracker } from './components/goal-tracker/goal-tracker.js';
export { SamverkanInfoCards } from './components/info-cards/info-cards.js';
export { SamverkanInfoCard } from './components/info-cards/info-card.js';
export { SamverkanElement, type SamverkanEventMap } from './internal/samverkan-element.js';
export { FeedElement } from './internal/feed-element.js';
export type { FeedErrorDetail, FeedLoadDetail, FeedStatus } from './internal/feed-controller.js';
export { configureLocalization } from './internal/localize.js';
export * from './feed/index.js';
