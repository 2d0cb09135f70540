import type { SourceId } from '../shared/types.js';

/**
 * When to get help: three levels of care advice and the warning signs at
 * each. Facts (each sign's level, sources): ./facts.ts; words: ./en.ts,
 * ./es.ts, ./en-US.ts.
 */

/** The three levels of care advice, most urgent first. */
export const CARE_LEVELS = ['emergency', 'urgent', 'soon'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** The warning signs of the care advice, each at one level (./facts.ts). */
export const SIGN_IDS = [
  'clot-lungs',
  'limb-sudden',
  'back-nerve',
  'tetanus-spasms',
  'clot-pain',
  'clot-swelling',
  'rest-pain',
  'long-cramp',
  'statin-pain',
  'fluid-loss',
  'numb-weak',
  'other-cramps',
  'tetanus-wound',
  'frequent',
  'painful',
  'daily-life',
  'wasting',
  'self-care',
  'no-cause',
  'new-medicine',
  'alcohol',
  'walking-pain',
  'knee-lump',
] as const;
export type SignId = (typeof SIGN_IDS)[number];

// ---------------------------------------------------------------- facts

export interface SignFacts {
  level: CareLevel;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface CareLevelWords {
  /** Heard first by screen readers, as on NHS care cards: "Urgent advice: ". */
  prefix: string;
  title: string;
  /** Lead-in to the list of signs. */
  intro: string;
  /** What to do. `{number}` stands for the emergency number. */
  action: string;
}

export interface CareStrings {
  title: string;
  intro: string;
}

/** This topic's words in a pack. */
export interface CarePart {
  care: Record<CareLevel, CareLevelWords>;
  signs: Record<SignId, string>;
  careText: CareStrings;
}

// ---------------------------------------------------------------- joined

export type CareAdvice = CareLevelWords & { signs: string[]; sources: SourceId[] };
