/** The embed tests' name for the shared, timer-polling wait. */
export { until as waitFor } from '../helpers.js';
