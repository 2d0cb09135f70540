import { define } from './define.js';
import { CrampStretchRoutine } from './elements/cramp-stretch-routine/cramp-stretch-routine.js';
import type { RoutineCompleteDetail } from './elements/cramp-stretch-routine/cramp-stretch-routine.js';

export { CrampStretchRoutine };
export type { RoutineCompleteDetail };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('cramp-stretch-routine', CrampStretchRoutine);
