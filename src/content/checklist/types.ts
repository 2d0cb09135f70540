import type { CareLevel } from '../care/types.js';
import type { CauseId } from '../causes/types.js';
import type { SourceId } from '../shared/types.js';

/**
 * The risk checklist: risk factors (each points to a cause) and "about your
 * cramps" items (each calls for help at a level of care). Facts: ./facts.ts;
 * words: ./en.ts, ./es.ts, ./en-US.ts.
 */

/**
 * Risk checklist items. Each risk item belongs to one cause group; the
 * "about your cramps" items belong to no cause and raise the notice to talk
 * to a professional, at their own level of care. The ids are the checklist's `value`.
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

export const ABOUT_IDS = [
  'frequent',
  'severe',
  'self-care',
  'new-medicine',
  'long-cramp',
  'other-symptoms',
  'numb-weak',
  'statin-pain',
] as const;
export type AboutId = (typeof ABOUT_IDS)[number];

export type ChecklistItemId = RiskId | AboutId;

// ---------------------------------------------------------------- facts

export interface RiskFacts {
  /** The cause group it points to. */
  cause: CauseId;
  /** Age and pregnancy are risk factors about the reader, not health conditions: shown in their own group. */
  aboutYou?: true;
  sources: SourceId[];
}

export interface AboutFacts {
  /** How soon to get help when it is ticked. */
  level: Exclude<CareLevel, 'emergency'>;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

/** What the reader ticks, in the "you" voice. */
export interface ItemWords {
  label: string;
}

/** An "about your cramps" item; some say what to do at once when ticked (the statin item: stop the statin). */
export interface AboutWords extends ItemWords {
  /** Shown in the checklist's notice, and in the copied summary, when the item is ticked. */
  action?: string;
}

/** The checklist's notice for one level of care. */
export interface NoticeWords {
  title: string;
  body: string[];
}

/** Interface words for the risk checklist. Functions build words that depend on a number or a name. */
export interface ChecklistStrings {
  title: string;
  intro: string;
  /** Shown only when the browser runs no scripts (a server-rendered page): ticking then shows nothing. */
  noScript: string;
  /** Under the intro: where answers go (nowhere, or this device). */
  privacy: string;
  privacyPersist: string;
  /** The question of each group (a fieldset's legend), as in the NHS checkbox pattern. */
  aboutLegend: string;
  /** The group of risk factors about the reader: age, pregnancy. */
  aboutYouLegend: string;
  /** The question of a cause's group: "Not enough fluid: do any of these apply to you?". */
  groupQuestion: (topic: string) => string;
  /** Every group's description: "Tick all that apply.". */
  selectAll: string;
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
  /** The notice when an urgent item is ticked, and when only see-a-doctor-soon items are. */
  notice: { urgent: NoticeWords; soon: NoticeWords };
  /** The notice's last line, for every level. `{number}` stands for the emergency number. */
  noticeEmergency: string;
  noticeCare: string;
  reset: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The name of the box that holds the summary when copying is refused. */
  fallbackLabel: string;
  print: string;
  /**
   * The short live announcement after a change: how many answers, then
   * `announce` (the causes that may fit), then the notice's heading as shown
   * ("Important: Get medical help today."), so a screen reader hears the level.
   */
  ticked: (count: number) => string;
  announce: (causes: string[]) => string;
  cleared: string;
  /** Headings of the plain-text summary for copying. */
  textTitle: string;
  textAnswers: string;
  textCauses: string;
}

/** This topic's words in a pack. */
export interface ChecklistPart {
  risks: Record<RiskId, ItemWords>;
  about: Record<AboutId, AboutWords>;
  checklist: ChecklistStrings;
}

// ---------------------------------------------------------------- joined

export type RiskItem = ItemWords & RiskFacts;
export type AboutItem = AboutWords & AboutFacts;
