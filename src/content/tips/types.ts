import type { CauseId } from '../causes/types.js';
import type { SourceId } from '../shared/types.js';

/**
 * The prevention tips: do and don't. Facts (kind, cause, sources):
 * ./facts.ts; words: ./en.ts, ./es.ts, ./en-US.ts.
 */

/** The prevention tips, in the order shown. */
export const TIP_IDS = [
  'water',
  'fluid-limits',
  'food',
  'supplements',
  'stretch',
  'warm-up',
  'strength',
  'statin',
  'alcohol',
  'heat',
  'caffeine',
  'medicine',
  'quinine',
] as const;
export type TipId = (typeof TIP_IDS)[number];

// ---------------------------------------------------------------- facts

export interface TipFacts {
  /** A "do" or a "don't". Don't tips say "Do not" in their text. */
  kind: 'do' | 'dont';
  cause: CauseId;
  /** A caveat to the other tips (follow your own team's fluid limits), not a way to prevent cramps. */
  caveat?: true;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface PreventionStrings {
  title: string;
  intro: string;
  doTitle: string;
  dontTitle: string;
}

/** This topic's words in a pack. */
export interface TipsPart {
  tips: Record<TipId, string>;
  prevention: PreventionStrings;
}

// ---------------------------------------------------------------- joined

export type PreventionTip = TipFacts & { id: TipId; text: string };
