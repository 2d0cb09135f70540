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
  'nhs-dvt',
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
  /** Things linked to it ("triggers"). */
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
  lessCertain: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
}

/**
 * Risk checklist items. Each risk item belongs to one cause group; the
 * "about your cramps" items belong to no cause and raise the notice to talk
 * to a professional. The ids are the checklist's `value`.
 */
export const RISK_IDS = [
  'low-fluids',
  'sweating',
  'sickness',
  'alcohol',
  'diuretic',
  'diet',
  'new-exercise',
  'standing-sitting',
  'tight-calves',
  'diabetes',
  'kidney',
  'thyroid-liver',
  'pregnant',
  'over-60',
  'family',
  'sleep',
  'caffeine',
  'statin',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

export const ABOUT_IDS = ['frequent', 'severe', 'other-symptoms', 'self-care'] as const;
export type AboutId = (typeof ABOUT_IDS)[number];

export type ChecklistItemId = RiskId | AboutId;

export interface RiskItem {
  /** The cause group it points to. */
  cause: CauseId;
  /** What the reader ticks, in the "you" voice. */
  label: string;
  sources: SourceId[];
}

export interface AboutItem {
  label: string;
  sources: SourceId[];
}

/** Interface words for the risk checklist. Functions build words that depend on a number or a name. */
export interface ChecklistStrings {
  title: string;
  intro: string;
  /** Under the intro: where answers go (nowhere, or this device). */
  privacy: string;
  privacyPersist: string;
  aboutLegend: string;
  summaryTitle: string;
  summaryEmpty: string;
  summaryNone: string;
  /** "2 of your answers", for one cause in the summary. */
  answers: (count: number) => string;
  helps: string;
  /** Accessible name of the button that shows a cause in the explainer. */
  more: (cause: string) => string;
  notDiagnosis: string;
  noticePrefix: string;
  noticeTitle: string;
  noticeBody: string[];
  noticeCare: string;
  reset: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The name of the box that holds the summary when copying is refused. */
  fallbackLabel: string;
  print: string;
  /** The short live announcement after a change. */
  announce: (causes: string[], seeProfessional: boolean) => string;
  cleared: string;
  /** Headings of the plain-text summary for copying. */
  textTitle: string;
  textAnswers: string;
  textCauses: string;
}

/** The stretches. The ids are part of the public API. */
export const STRETCH_IDS = ['wall-calf', 'bent-knee-calf', 'hamstring', 'towel-calf', 'toe-pull', 'heel-drop'] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

export interface Stretch {
  name: string;
  /** To help prevent cramps, or to ease one that has started. */
  use: 'prevent' | 'during';
  steps: string[];
  /** Seconds to hold, reps, and seconds of rest between holds. */
  hold: number;
  reps: number;
  rest: number;
  /** Done once on each leg per rep. */
  perSide: boolean;
  /** In the stretch routine unless the site chooses the stretches. */
  routine: boolean;
  safety: string;
  /** Text alternative of the picture. */
  alt: string;
  sources: SourceId[];
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
  /** What studies show about stretching to prevent cramps. */
  evidence: string;
  timer: string;
  seconds: string;
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
  /** Said when the timer of a during-a-cramp stretch runs out. */
  announceCheck: (seconds: number) => string;
  /** Shown in place of a stretch whose id is unknown. */
  unknown: string;
  routineTitle: string;
  /** "4 stretches, about 5 minutes." */
  routineIntro: (count: number, minutes: number) => string;
  step: (step: number, steps: number) => string;
  previous: string;
  next: string;
  startRoutine: string;
  routineDone: string;
}

/** The three levels of care advice, most urgent first. */
export const CARE_LEVELS = ['emergency', 'urgent', 'soon'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export interface CareAdvice {
  /** Heard first by screen readers, as on NHS care cards: "Urgent advice: ". */
  prefix: string;
  title: string;
  /** Lead-in to the list of signs. */
  intro: string;
  signs: string[];
  /** What to do. For the emergency level, `{number}` stands for the number. */
  action: string;
  sources: SourceId[];
}

export interface CareStrings {
  title: string;
  intro: string;
  /** Stands in for `{number}` when the site sets no emergency number. */
  localNumber: string;
}

export interface PreventionTip {
  /** A "do" or a "don't". Don't tips say "Do not" in their text. */
  kind: 'do' | 'dont';
  text: string;
  cause: CauseId;
  sources: SourceId[];
}

export interface PreventionStrings {
  title: string;
  intro: string;
  doTitle: string;
  dontTitle: string;
}

/** The parts of the guide. The ids are part of the public API. */
export const GUIDE_SECTIONS = ['intro', 'causes', 'checklist', 'prevention', 'stretches', 'care', 'sources'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

export interface GuideStrings {
  title: string;
  introTitle: string;
  intro: string[];
  contents: string;
  sourcesTitle: string;
  lastReviewed: string;
  nextReview: string;
  /**
   * Writes a review date: year, month (1 to 12) and day. A pack for another
   * language may leave it out: the browser's own formatting for the pack's
   * language is used then.
   */
  date: (year: number, month: number, day: number) => string;
  disclaimer: string;
  /** schema.org wording for the JSON-LD. */
  condition: string;
  description: string;
}

export interface ContentPack {
  /** BCP 47 language tag of the pack, e.g. "en". */
  lang: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
  /** Between the items of a short inline list, such as sources. */
  listSeparator: string;
  /** Before a list of sources: "Sources:". */
  sourcesLabel: string;
  causes: Record<CauseId, Cause>;
  sources: Record<SourceId, Source>;
  explainer: ExplainerStrings;
  risks: Record<RiskId, RiskItem>;
  about: Record<AboutId, AboutItem>;
  checklist: ChecklistStrings;
  stretches: Record<StretchId, Stretch>;
  stretch: StretchStrings;
  care: Record<CareLevel, CareAdvice>;
  careText: CareStrings;
  tips: PreventionTip[];
  prevention: PreventionStrings;
  guide: GuideStrings;
  /** ISO dates (YYYY-MM-DD) of the content review. */
  reviewed: { last: string; next: string };
}
