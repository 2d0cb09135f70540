import { define } from './define.js';
import { CrampStretchCard } from './elements/cramp-stretch-card/cramp-stretch-card.js';
import type { StretchCompleteDetail, StretchStartDetail } from './elements/cramp-stretch-card/cramp-stretch-card.js';

export { CrampStretchCard };
export type { TimerState } from './core/timer.js';
export type { StretchCompleteDetail, StretchStartDetail };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-stretch-card', CrampStretchCard);
