import type { StretchId } from '../content/index.js';

/** Detail of `cramp-stretch-start`: a card's timer started (or started again). */
export interface StretchStartDetail {
  stretch: StretchId;
}

/** Detail of `cramp-stretch-complete`: every hold is done. */
export interface StretchCompleteDetail {
  stretch: StretchId;
  reps: number;
}

/** Detail of `cramp-routine-complete`: the routine's last stretch is done. */
export interface RoutineCompleteDetail {
  stretches: StretchId[];
}
