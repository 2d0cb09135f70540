import { define } from './define.js';
import { CrampPreventionTips } from './elements/cramp-prevention-tips/cramp-prevention-tips.js';

export { CrampPreventionTips };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-prevention-tips', CrampPreventionTips);
