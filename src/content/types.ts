/**
 * The content model. Every word cramp-kit shows, content and interface alike,
 * lives in a content pack of this shape: one pack per language.
 */

/** The six cause groups. The ids are part of the public API. */
export const CAUSE_IDS = [
  'dehydration',
  'electrolytes',
  'strain',
  'conditions',
  'genetics',
  'lifestyle',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** The references the content may cite (see shared content notes). */
export const SOURCE_IDS = [
  'article',
  'nhs',
  'nhs-inform',
  'mayo',
  'medlineplus',
  'merck',
  'allen-kirby-2012',
  'hallegraeff-2012',
  'grandner-winkelman-2017',
  'aaos',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  /** Short name shown inline, e.g. "NHS". */
  name: string;
  /** Full citation for a sources list. */
  citation: string;
  /** Where to read it, when a stable address is known. Always https. */
  url?: string;
}

/**
 * How firmly trusted sources back a cause:
 * - `established`: named by clinical sources;
 * - `less-certain`: in the source article, but no trusted clinical source was found.
 */
export type Certainty = 'established' | 'less-certain';

export interface Cause {
  id: CauseId;
  /** Short title, e.g. "Not enough fluid". */
  title: string;
  /** One plain sentence. */
  summary: string;
  /** Why it can lead to cramps. */
  why: string;
  /** Common triggers. */
  triggers: string[];
  /** Who is most affected. */
  who: string;
  /** What helps. */
  helps: string[];
  certainty: Certainty;
  /** Shown with less-certain causes: what is and is not known. */
  certaintyNote?: string;
  sources: SourceId[];
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
  sources: string;
  lessCertain: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
}

export interface ContentPack {
  /** BCP 47 language tag of the pack, e.g. "en". */
  lang: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
  causes: Record<CauseId, Cause>;
  sources: Record<SourceId, Source>;
  explainer: ExplainerStrings;
  /** ISO dates (YYYY-MM-DD) of the content review. */
  reviewed: { last: string; next: string };
}
