import type { Stretch } from '../../content/index.js';

/** One step of a timed stretch: a hold (on a side, or both legs) or a rest. */
export interface Segment {
  rest: boolean;
  /** The rest before the first hold, to get into position ("Get ready"). */
  ready?: boolean;
  rep: number;
  side: 'left' | 'right' | '';
  seconds: number;
}

/** Seconds of rest between holds when the stretch itself names none. */
const MIN_REST = 5;

/** The holds and rests of a stretch, in order. */
export function segments(stretch: Stretch, hold: number, reps: number): Segment[] {
  const sides = stretch.perSide ? (['left', 'right'] as const) : ['' as const];
  const rest = stretch.rest || MIN_REST;
  const list: Segment[] = [];
  for (let rep = 1; rep <= reps; rep += 1) {
    for (const side of sides) {
      if (list.length) list.push({ rest: true, rep, side, seconds: rest });
      list.push({ rest: false, rep, side, seconds: hold });
    }
  }
  return list;
}

/** The card's parts, as documented on the element; the routine and the guide lift them out (core/parts.ts). */
export const CARD_PARTS =
  'base title use picture steps dose seated safety evidence sources get-help number footer timer ring count phase controls button error';

/** Total seconds of a stretch at its own dose, rests included. */
export function totalSeconds(stretch: Stretch): number {
  const holds = stretch.reps * (stretch.perSide ? 2 : 1);
  return holds * stretch.hold + (holds - 1) * (stretch.rest || MIN_REST);
}
