import { defineElement } from '../../internal/define.js';
import { SamverkanInfoCard } from './info-card.js';
import { SamverkanInfoCards } from './info-cards.js';

defineElement('samverkan-info-cards', SamverkanInfoCards);
defineElement('samverkan-info-card', SamverkanInfoCard);

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-info-cards': SamverkanInfoCards;
    'samverkan-info-card': SamverkanInfoCard;
  }
}

export { SamverkanInfoCard, SamverkanInfoCards };
