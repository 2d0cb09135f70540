import type { CauseId } from '../causes/types.js';
import type { SourceId } from '../shared/types.js';

/**
 * The back of the knee (the popliteal fossa): the structures the anatomy
 * picture shows. Facts (where each links, its sources): ./facts.ts; words:
 * ./en.ts, ./es.ts, ./en-US.ts.
 */

/**
 * The structures, in the order the list and the keyboard go through them:
 * the muscles from the outside in, the vessels and the nerve, then where a
 * Baker's cyst forms. The ids are part of the public API (`structure`, the
 * `cramp-anatomy-select` event).
 */
export const STRUCTURE_IDS = [
  'gastrocnemius',
  'hamstring-tendons',
  'popliteus',
  'popliteal-vein',
  'popliteal-artery',
  'tibial-nerve',
  'bakers-cyst',
] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

// ---------------------------------------------------------------- facts

export interface StructureFacts {
  /** Where to read more: a cause in the cause explainer, or `care` (the care advice: a warning sign). */
  link: CauseId | 'care';
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface StructureWords {
  /** Its short name: the control's accessible name and the list's item. */
  name: string;
  /** What it is, and why it matters for cramps or as a warning sign: a few plain sentences. */
  text: string;
  /** The words of the link to read more (the cause or the care advice). */
  more: string;
}

export interface AnatomyStrings {
  title: string;
  intro: string;
  /** The picture's name for screen readers. */
  picture: string;
  /** The list's name: the same structures as the picture. */
  list: string;
  /** Shown before a structure is chosen. */
  hint: string;
}

/** This topic's words in a pack. */
export interface AnatomyPart {
  anatomy: AnatomyStrings;
  structures: Record<StructureId, StructureWords>;
}

// ---------------------------------------------------------------- joined

export type Structure = StructureWords & StructureFacts & { id: StructureId };
