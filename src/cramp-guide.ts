import { define } from './define.js';
import { CrampGuide } from './elements/cramp-guide/cramp-guide.js';

export { CrampGuide };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-guide', CrampGuide);
