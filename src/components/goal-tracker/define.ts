import { defineElement } from '../../internal/define.js';
import { SamverkanGoalTracker } from './goal-tracker.js';

defineElement('samverkan-goal-tracker', SamverkanGoalTracker);

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-goal-tracker': SamverkanGoalTracker;
  }
}
