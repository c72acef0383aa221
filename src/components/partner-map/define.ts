import { defineElement } from '../../internal/define.js';
import { SamverkanPartnerMap } from './partner-map.js';

defineElement('samverkan-partner-map', SamverkanPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-partner-map': SamverkanPartnerMap;
  }
}
