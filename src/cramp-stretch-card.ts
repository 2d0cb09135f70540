import { define } from './define.js';
import { CrampStretchCard } from './elements/cramp-stretch-card/cramp-stretch-card.js';
import type { StretchCompleteDetail, StretchStartDetail } from './elements/cramp-stretch-card/cramp-stretch-card.js';

export { CrampStretchCard };
export type { StretchCompleteDetail, StretchStartDetail };

define('cramp-stretch-card', CrampStretchCard);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-stretch-card': CrampStretchCard;
  }
  interface HTMLElementEventMap {
    'cramp-stretch-start': CustomEvent<StretchStartDetail>;
    'cramp-stretch-complete': CustomEvent<StretchCompleteDetail>;
  }
}
