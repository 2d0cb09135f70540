import { define } from './define.js';
import { CrampCauseExplainer } from './elements/cramp-cause-explainer/cramp-cause-explainer.js';

export { CrampCauseExplainer };
export type { CauseToggleDetail, Layout } from './elements/cramp-cause-explainer/cramp-cause-explainer.js';

define('cramp-cause-explainer', CrampCauseExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-cause-explainer': CrampCauseExplainer;
  }
  interface HTMLElementEventMap {
    'cramp-cause-toggle': CustomEvent<import('./elements/cramp-cause-explainer/cramp-cause-explainer.js').CauseToggleDetail>;
  }
}
