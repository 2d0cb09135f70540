import { define } from './define.js';
import { CrampStretchRoutine } from './elements/cramp-stretch-routine/cramp-stretch-routine.js';
import type { RoutineCompleteDetail } from './elements/cramp-stretch-routine/cramp-stretch-routine.js';

export { CrampStretchRoutine };
export type { RoutineCompleteDetail };

define('cramp-stretch-routine', CrampStretchRoutine);

declare global {
  interface HTMLElementTagNameMap {
    'cramp-stretch-routine': CrampStretchRoutine;
  }
  interface HTMLElementEventMap {
    'cramp-routine-complete': CustomEvent<RoutineCompleteDetail>;
  }
}
