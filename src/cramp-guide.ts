import { define } from './define.js';
import { CrampGuide } from './elements/cramp-guide/cramp-guide.js';

export { CrampGuide };

define('cramp-guide', CrampGuide);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-guide': CrampGuide;
  }
}
