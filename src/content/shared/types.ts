/**
 * What every element shares: the sources (ids, addresses, names and
 * citations), the "get help" lines, the footer and dates. Facts: ./facts.ts;
 * words: ./en.ts (and ./en-citations.ts), ./es.ts, ./en-US.ts.
 */

/** The references the content may cite (see shared content notes). */
export const SOURCE_IDS = [
  'article',
  'nhs',
  'nhs-dvt',
  'nhs-inform-dvt',
  'nhs-pe',
  'nhs-pad',
  'health-nz-limb',
  'nhs-inform',
  'nhs-tetanus',
  'nhs-tetanus-jab',
  'nhs-statins',
  'mayo-statins',
  'nhs-bakers-cyst',
  'nhs-sciatica',
  'cauda-equina',
  'nhs-rls',
  'nhs-fife',
  'nhs-choices-2017',
  'mayo',
  'mayo-treatment',
  'medlineplus',
  'merck',
  'merck-causes',
  'allen-kirby-2012',
  'hallegraeff-2012',
  'grandner-winkelman-2017',
  'cochrane-magnesium-2020',
  'aafp-fpin-2017',
  'gstt-dvt',
  'renal-diet',
  'heart-failure-fluids',
  'aaos',
  'statpearls-popliteal',
  'teachme-gastrocnemius',
  'teachme-popliteus',
  'cleveland-hamstrings',
  'healthlinkbc-leg-veins',
  'cleveland-popliteal-artery',
  'cleveland-tibial-nerve',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

// ---------------------------------------------------------------- facts

export interface SourceFacts {
  /** Where to read it. Always https. */
  url?: string;
  /** A paper's DOI, e.g. "10.1371/journal.pone.0178465". */
  doi?: string;
}

// ---------------------------------------------------------------- words

export interface SourceWords {
  /** Short name shown inline, e.g. "NHS". */
  name: string;
  /** Full citation for a sources list. */
  citation: string;
}

/** The short "get help" lines at the end of every element used alone. `{number}` stands for the emergency number. */
export interface SafetyNetWords {
  /** A clot in one leg: get help today. */
  today: string;
  /** A clot in the lungs: call the emergency number. */
  now: string;
}

/** The words every element uses: the language, the footer, dates and the sources. */
export interface SharedPart {
  /** BCP 47 language tag of the pack, e.g. "en". */
  lang: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
  /** Between the items of a short inline list, such as sources. */
  listSeparator: string;
  /** Before a list of sources: "Sources:". */
  sourcesLabel: string;
  /** Before the content's own review date: "Last reviewed:". */
  lastReviewed: string;
  /** A site's own reviewer: "Checked for this site by Dr Ana Ruiz on 1 December 2026." (`date` may be ""). */
  reviewedBy: (who: string, date: string) => string;
  /** The short line that ends every element used alone. */
  notDiagnosis: string;
  /** The "get help" lines of every element used alone. */
  safetyNet: SafetyNetWords;
  /** Stands in for `{number}` when the site sets no emergency number. */
  localNumber: string;
  /**
   * Writes a date: year, month (1 to 12) and day. A pack for another
   * language may leave it out: the browser's own formatting for the pack's
   * language is used then.
   */
  date: (year: number, month: number, day: number) => string;
  sources: Record<SourceId, SourceWords>;
}

// ---------------------------------------------------------------- joined

/** A source as the elements read it. Its `citation` comes with the guide, which lists sources in full (and with a language's pack). */
export type Source = Pick<SourceWords, 'name'> & Partial<Pick<SourceWords, 'citation'>> & SourceFacts;
