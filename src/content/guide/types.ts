import type { SourceId } from '../shared/types.js';

/**
 * The guide's own parts: its sections, introduction and disclaimer, and what
 * to do during a cramp. Facts (the sources of each step): ./facts.ts; words:
 * ./en.ts, ./es.ts, ./en-US.ts.
 */

/**
 * The parts of the guide, in their default order. The ids are part of the
 * public API. When to get help comes straight after what to do during a
 * cramp, before the causes, as the NHS puts "See a GP if" after self-care.
 * The picture of the back of the knee (`anatomy`) belongs to "What is a leg
 * cramp?", so it follows the introduction.
 */
export const GUIDE_SECTIONS = ['intro', 'anatomy', 'during', 'care', 'causes', 'checklist', 'prevention', 'stretches', 'sources'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** What to do during a cramp (the guide's `during` section), in order. */
export const DURING_IDS = ['stretch', 'thigh', 'rub', 'walk', 'heat', 'rubbing-caution', 'soreness', 'ten-minutes'] as const;
export type DuringId = (typeof DURING_IDS)[number];

// ---------------------------------------------------------------- words

export interface DuringStrings {
  title: string;
  intro: string;
}

export interface GuideStrings {
  title: string;
  introTitle: string;
  intro: string[];
  contents: string;
  sourcesTitle: string;
  nextReview: string;
  disclaimer: string;
  /** schema.org wording for the JSON-LD. */
  condition: string;
  description: string;
}

/** This topic's words in a pack. */
export interface GuidePart {
  during: DuringStrings & { steps: Record<DuringId, string> };
  guide: GuideStrings;
}

// ---------------------------------------------------------------- joined

export type DuringStep = { id: DuringId; text: string; sources: SourceId[] };
