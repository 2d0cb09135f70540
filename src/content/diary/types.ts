import type { CareLevel } from '../care/types.js';
import type { SourceId } from '../shared/types.js';

/**
 * The cramp diary: what a reader notes of each cramp, what the notes add up
 * to, and the safety net read against them. Facts (the rules, each with its
 * level of care and sources): ./facts.ts; words: ./en.ts, ./es.ts, ./en-US.ts.
 */

/** Which leg. */
export const LEG_IDS = ['left', 'right', 'both'] as const;
export type LegId = (typeof LEG_IDS)[number];

/** Where in the leg. */
export const PLACE_IDS = ['calf', 'knee', 'thigh', 'foot'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

/** How bad. */
export const SEVERITY_IDS = ['mild', 'moderate', 'severe'] as const;
export type SeverityId = (typeof SEVERITY_IDS)[number];

/** What the reader was doing. */
export const DOING_IDS = ['asleep', 'resting', 'exercise'] as const;
export type DoingId = (typeof DOING_IDS)[number];

/** What helped (what the NHS says may ease a cramp, or nothing). */
export const HELPED_IDS = ['stretch', 'massage', 'stand', 'nothing'] as const;
export type HelpedId = (typeof HELPED_IDS)[number];

/** The time of day a cramp started: night 0-6 h, morning 6-12 h, afternoon 12-18 h, evening 18-24 h. */
export const TIME_IDS = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeId = (typeof TIME_IDS)[number];

/** The safety net's rules, most urgent first (./facts.ts). */
export const DIARY_RULE_IDS = ['swelling-one-leg', 'long-cramp', 'swelling-both-legs'] as const;
export type DiaryRuleId = (typeof DIARY_RULE_IDS)[number];

/** One cramp in the diary. */
export interface DiaryEntry {
  /** Unique in the diary. */
  id: string;
  /** When it started, in the reader's local time: `YYYY-MM-DDTHH:MM`. */
  at: string;
  leg: LegId;
  place: PlaceId;
  /** How long it lasted, in minutes (more than 0, at most 1440). */
  minutes: number;
  severity: SeverityId;
  doing: DoingId;
  helped: HelpedId[];
  /** The leg was swollen. */
  swelling: boolean;
  /** The reader's own words (at most 500 characters). */
  note: string;
}

// ---------------------------------------------------------------- facts

/** A rule of the safety net: the level of care it calls for, and the sources that say so. */
export interface DiaryRuleFacts {
  level: CareLevel;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface DiaryStrings {
  title: string;
  intro: string;
  privacy: string;
  privacyPersist: string;
  /** Shown when `persist` is set but nothing can be saved. */
  notSaved: { blocked: string; full: string; foreign: string };
  add: string;
  edit: (when: string) => string;
  remove: (when: string) => string;
  save: string;
  /** The visible words of the buttons on each cramp (their names say which cramp: `edit`, `remove`). */
  editButton: string;
  deleteButton: string;
  cancel: string;
  formTitle: string;
  editTitle: string;
  when: string;
  now: string;
  lastNight: string;
  leg: string;
  place: string;
  minutes: string;
  severity: string;
  doing: string;
  helped: string;
  swelling: string;
  note: string;
  added: string;
  saved: string;
  removed: string;
  badWhen: string;
  badMinutes: string;
  listTitle: string;
  empty: string;
  /** Shows older cramps in the list: "Show 50 more". */
  showMore: (count: number) => string;
  entry: (when: string, minutes: string, leg: string, place: string) => string;
  minutesText: (minutes: number) => string;
  summaryTitle: string;
  total: (count: number) => string;
  perWeek: string;
  weekOf: (date: string) => string;
  week: string;
  count: string;
  timeOfDay: string;
  whichLeg: string;
  longest: (minutes: string, when: string) => string;
  whatHelped: string;
  noneYet: string;
  safetyTitle: string;
  /** The date a rule was last met: "Last noted on 3 May." */
  lastNoted: (date: string) => string;
  ifStill: string;
  copy: string;
  copied: string;
  copyFailed: string;
  fallbackLabel: string;
  print: string;
  exportJson: string;
  exportCsv: string;
  import: string;
  imported: (count: number) => string;
  importFailed: string;
  clear: string;
  clearConfirm: string;
  clearYes: string;
  cleared: string;
  textTitle: string;
  checklistTitle: string;
}

/** The diary's words: its strings, and a name for each id. */
export interface DiaryWords extends DiaryStrings {
  legs: Record<LegId, string>;
  places: Record<PlaceId, string>;
  severities: Record<SeverityId, string>;
  doings: Record<DoingId, string>;
  helps: Record<HelpedId, string>;
  times: Record<TimeId, string>;
  /** What the reader noted that a rule reads as a warning sign. */
  rules: Record<DiaryRuleId, string>;
}

/** This topic's words in a pack. */
export interface DiaryPart {
  diary: DiaryWords;
}
