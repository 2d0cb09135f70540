import type { SourceId } from '../shared/types.js';

/**
 * The six cause groups and the cause explainer. Facts (certainty, sources):
 * ./facts.ts; words: ./en.ts, ./es.ts, ./en-US.ts.
 */

/** The cause explainer's layouts (`layout`). */
export const LAYOUTS = ['accordion', 'tabs', 'cards'] as const;
/** A layout of the cause explainer: its `layout`. */
export type Layout = (typeof LAYOUTS)[number];

/** The six cause groups. The ids are part of the public API. */
export const CAUSE_IDS = ['dehydration', 'electrolytes', 'strain', 'conditions', 'genetics', 'lifestyle'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/**
 * How firmly trusted sources back a cause:
 * - `established`: named by clinical sources;
 * - `less-certain`: in the source article, or linked to cramps, but not shown
 *   to cause most of them.
 */
export type Certainty = 'established' | 'less-certain';

// ---------------------------------------------------------------- facts

export interface CauseFacts {
  certainty: Certainty;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface CauseWords {
  /** Short title, e.g. "Not enough fluid". */
  title: string;
  /** One plain sentence. */
  summary: string;
  /** Why it can lead to cramps. */
  why: string;
  /** Things linked to it ("triggers"). */
  triggers: string[];
  /** Who is most affected. */
  who: string;
  /** What helps. */
  helps: string[];
  /** Shown with less-certain causes: what is and is not known. */
  certaintyNote?: string;
}

/** Interface words for the cause explainer. */
export interface ExplainerStrings {
  title: string;
  intro: string;
  notDiagnosis: string;
  why: string;
  triggers: string;
  who: string;
  helps: string;
  lessCertain: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
}

/** This topic's words in a pack. */
export interface CausesPart {
  causes: Record<CauseId, CauseWords>;
  explainer: ExplainerStrings;
}

// ---------------------------------------------------------------- joined

export type Cause = CauseWords & CauseFacts & { id: CauseId };
