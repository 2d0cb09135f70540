import { define } from './define.js';
import { CrampCauseExplainer } from './elements/cramp-cause-explainer/cramp-cause-explainer.js';

export { CrampCauseExplainer };
export type { CauseToggleDetail } from './elements/cramp-cause-explainer/cramp-cause-explainer.js';
export type { Layout } from './content/types.js';
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-cause-explainer', CrampCauseExplainer);
