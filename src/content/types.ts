/**
 * The content model, in two halves:
 * - facts (facts.ts): ids, which cause each risk belongs to, sources and
 *   their links, certainty, stretch doses, the care level of each sign,
 *   review dates. The same in every language; no content pack can change them.
 * - words (`Words`): everything a reader reads, one pack per language, keyed
 *   by the facts' ids. English is built in; a pack for another language is
 *   laid over it at every depth, so whatever it leaves out stays English.
 * The elements read a `ContentPack`: the words with the facts joined in.
 *
 * Each topic (shared, causes, checklist, stretches, care, tips, guide) keeps
 * its ids, facts, types and every language's words in a folder of its own
 * (`causes/types.ts`, `causes/facts.ts`, `causes/en.ts`, `causes/es.ts`...).
 * This module gathers the types, and adds the values attributes take.
 */
import type { CausesPart, Cause, CauseId } from './causes/types.js';
import type { CarePart, CareAdvice, CareLevel } from './care/types.js';
import type { ChecklistPart, AboutId, AboutItem, RiskId, RiskItem } from './checklist/types.js';
import type { GuidePart, DuringStep, DuringStrings } from './guide/types.js';
import type { SharedPart, Source, SourceId } from './shared/types.js';
import type { StretchesPart, Stretch, StretchId } from './stretches/types.js';
import type { TipsPart, PreventionTip } from './tips/types.js';
import type { AnatomyPart, Structure, StructureId } from './anatomy/types.js';
import type { DiaryPart } from './diary/types.js';

export * from './causes/types.js';
export * from './shared/types.js';
export * from './checklist/types.js';
export * from './stretches/types.js';
export * from './care/types.js';
export * from './tips/types.js';
export * from './guide/types.js';
export * from './anatomy/types.js';
export * from './diary/types.js';

/** Colour themes (`theme`). With none, an element follows the page. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** A colour theme: `theme` on every element. */
export type Theme = (typeof THEMES)[number];

/** The levels `heading-level` takes, as a number or as the attribute's text. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6, 7, 8, 9] as const;
/** `heading-level`: 2 to 6 are `<h2>`-`<h6>`; 7 to 9 are `<h6>` with `aria-level`. */
export type HeadingLevelValue = (typeof HEADING_LEVELS)[number] | `${(typeof HEADING_LEVELS)[number]}`;

/** A number, or its digits as an attribute gives them (`hold="30"` or `hold={30}`). */
export type NumberValue = number | `${number}`;

/**
 * A list of ids: the attribute's text, ids apart by spaces (`"strain genetics"`), or an array of ids.
 * TypeScript checks every id of an array but only the first id of text.
 */
export type IdList<Id extends string> = Id | `${Id} ${string}` | `${Id},${string}` | readonly Id[];

/**
 * All the words of one language, topic by topic. Packs that sites register
 * are partial `Words` (see `PartialWords`): anything left out is taken from English.
 */
export interface Words
  extends SharedPart, CausesPart, ChecklistPart, StretchesPart, CarePart, TipsPart, GuidePart, AnatomyPart, DiaryPart {}

type Deep<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: Deep<T[K]> }
      : T;

/** A content pack as sites register it: any part of `Words`, at any depth. */
export type PartialWords = Deep<Words>;
/** The name of `PartialWords` before the words were parted from the facts. */
export type PartialPack = PartialWords;

// ---------------------------------------------------------------- joined

/** What the elements read: the words of a language with the facts joined in. */
export interface ContentPack extends Omit<
  Words,
  'sources' | 'causes' | 'risks' | 'about' | 'stretches' | 'care' | 'tips' | 'during' | 'structures'
> {
  sources: Record<SourceId, Source>;
  causes: Record<CauseId, Cause>;
  risks: Record<RiskId, RiskItem>;
  about: Record<AboutId, AboutItem>;
  stretches: Record<StretchId, Stretch>;
  care: Record<CareLevel, CareAdvice>;
  tips: PreventionTip[];
  during: DuringStrings & { steps: DuringStep[] };
  structures: Record<StructureId, Structure>;
  /** ISO dates (YYYY-MM-DD) of the content review (a fact, not a word). */
  reviewed: { last: string; next: string };
}
