import { define } from './define.js';
import { CrampPreventionTips } from './elements/cramp-prevention-tips/cramp-prevention-tips.js';

export { CrampPreventionTips };

define('cramp-prevention-tips', CrampPreventionTips);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-prevention-tips': CrampPreventionTips;
  }
}
