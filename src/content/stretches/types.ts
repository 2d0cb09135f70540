import type { SourceId } from '../shared/types.js';

/**
 * The stretches, and the stretch card's and routine's words. Facts (doses,
 * sources): ./facts.ts; words: ./en.ts, ./es.ts, ./en-US.ts.
 */

/** The stretches. The ids are part of the public API. */
export const STRETCH_IDS = ['wall-calf', 'bent-knee-calf', 'hamstring', 'towel-calf', 'toe-pull', 'heel-drop'] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

// ---------------------------------------------------------------- facts

export interface StretchFacts {
  /** To help prevent cramps, or to ease one that has started. */
  use: 'prevent' | 'during';
  /** Seconds to hold, reps, and seconds of rest between holds. */
  hold: number;
  reps: number;
  rest: number;
  /** Done once on each leg per rep. */
  perSide: boolean;
  /** In the stretch routine unless the site chooses the stretches. */
  routine: boolean;
  /** Has a version done sitting in a chair (its words: `seated`). */
  chair: boolean;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface StretchWords {
  name: string;
  steps: string[];
  safety: string;
  /** Text alternative of the picture. */
  alt: string;
  /** How to do it sitting in a chair, for stretches with a chair version (`chair` in the facts). */
  seated?: string;
}

/** Interface words for the stretch card and routine. */
export interface StretchStrings {
  usePrevent: string;
  useDuring: string;
  /** "Hold for 10 seconds. Do this 3 times on each leg." */
  dose: (hold: number, reps: number, perSide: boolean) => string;
  /** The dose of a stretch used during a cramp: until it eases. */
  doseDuring: string;
  safetyLabel: string;
  /** Safety lines for every stretch that prevents cramps. */
  safety: string;
  /** Before the chair version of a stretch: "In a chair:". */
  chairLabel: string;
  /** What studies show about stretching to prevent cramps. */
  evidence: string;
  timer: string;
  /** The timer's unit, beside its count: "seconds"; and beside a count of 1: "second" (a site's pack in a language other than English, with `seconds` but no `second`, shows its `seconds` there). */
  seconds: string;
  second: string;
  start: string;
  pause: string;
  resume: string;
  reset: string;
  again: string;
  left: string;
  right: string;
  /** "Round 1 of 3". */
  rep: (rep: number, reps: number) => string;
  /** The phase of a stretch done once, on one leg or both. */
  hold: string;
  rest: string;
  paused: string;
  done: string;
  /** Said when the timer starts: what to hold, and for how long. */
  announceStart: (hold: number, side: string) => string;
  /** Said at the end of each hold that is not the last. */
  announceHoldEnd: (rest: number, next: string) => string;
  /** Shown while the reader gets into position, before the first hold of a routine's stretch. */
  ready: string;
  /** Said when a routine starts a stretch with time to get ready: how long, and which leg first. */
  announceReady: (seconds: number, side: string) => string;
  /** Said when a rest ends: hold again, for how long, and which round or leg. */
  announceHold: (hold: number, next: string) => string;
  announceDone: (reps: number) => string;
  /** A timer button's or the timer's name, with the stretch: "Start: Wall calf stretch". */
  named: (label: string, stretch: string) => string;
  /** Said when the reader pauses the timer, and when it goes on. */
  announcePause: (secondsLeft: number) => string;
  announceResume: (secondsLeft: number) => string;
  /** Said when the timer of a during-a-cramp stretch runs out. */
  announceCheck: (seconds: number) => string;
  /** Shown in place of a stretch whose id is unknown. */
  unknown: string;
  routineTitle: string;
  /** "4 stretches, about 5 minutes." */
  routineIntro: (count: number, minutes: number) => string;
  step: (step: number, steps: number) => string;
  /** Shown only when the browser runs no scripts: the routine then shows its first stretch only. */
  routineNoScript: string;
  previous: string;
  next: string;
  startRoutine: string;
  routineDone: string;
}

/** This topic's words in a pack. */
export interface StretchesPart {
  stretches: Record<StretchId, StretchWords>;
  stretch: StretchStrings;
}

// ---------------------------------------------------------------- joined

export type Stretch = StretchWords & StretchFacts;
