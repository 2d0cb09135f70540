import { define } from './define.js';
import { CrampCareAdvice } from './elements/cramp-care-advice/cramp-care-advice.js';

export { CrampCareAdvice };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-care-advice', CrampCareAdvice);
