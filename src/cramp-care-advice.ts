import { define } from './define.js';
import { CrampCareAdvice } from './elements/cramp-care-advice/cramp-care-advice.js';

export { CrampCareAdvice };

define('cramp-care-advice', CrampCareAdvice);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-care-advice': CrampCareAdvice;
  }
}
