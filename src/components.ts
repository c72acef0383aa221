/**
 * The kit's components: tag name → the module that registers it. The one
 * list the whole-kit entry, the script-tag bundle and the autoloader read.
 * Static import strings, so bundlers turn each into its own chunk.
 */
export const COMPONENTS: Record<string, () => Promise<unknown>> = {
  'samverkan-event-calendar': () => import('./components/event-calendar/define.js'),
  'samverkan-partner-map': () => import('./components/partner-map/define.js'),
  'samverkan-goal-tracker': () => import('./components/goal-tracker/define.js'),
  'samverkan-info-cards': () => import('./components/info-cards/define.js'),
  'samverkan-info-card': () => import('./components/info-cards/define.js'),
};
