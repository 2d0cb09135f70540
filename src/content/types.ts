/**
 * The content model, in two halves:
 * - facts (facts.ts): ids, which cause each risk belongs to, sources and
 *   their links, certainty, stretch doses, the care level of each sign,
 *   review dates. The same in every language; no content pack can change them.
 * - words (`Words`): everything a reader reads, one pack per language, keyed
 *   by the facts' ids. English is built in; a pack for another language is
 *   laid over it at every depth, so whatever it leaves out stays English.
 * The elements read a `ContentPack`: the words with the facts joined in.
 */

/** Colour themes (`theme`). With none, an element follows the page. */
export const THEMES = ['light', 'dark', 'auto'] as const;

/** A colour theme: `theme` on every element. */
export type Theme = (typeof THEMES)[number];

/** The cause explainer's layouts (`layout`). */
export const LAYOUTS = ['accordion', 'tabs', 'cards'] as const;
/** A layout of the cause explainer: its `layout`. */
export type Layout = (typeof LAYOUTS)[number];

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

/** The six cause groups. The ids are part of the public API. */
export const CAUSE_IDS = ['dehydration', 'electrolytes', 'strain', 'conditions', 'genetics', 'lifestyle'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

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
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * How firmly trusted sources back a cause:
 * - `established`: named by clinical sources;
 * - `less-certain`: in the source article, or linked to cramps, but not shown
 *   to cause most of them.
 */
export type Certainty = 'established' | 'less-certain';

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

/** The stretches. The ids are part of the public API. */
export const STRETCH_IDS = ['wall-calf', 'bent-knee-calf', 'hamstring', 'towel-calf', 'toe-pull', 'heel-drop'] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

/** The three levels of care advice, most urgent first. */
export const CARE_LEVELS = ['emergency', 'urgent', 'soon'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** The warning signs of the care advice, each at one level (facts.ts). */
export const SIGN_IDS = [
  'clot-lungs',
  'limb-sudden',
  'back-nerve',
  'tetanus-spasms',
  'clot-pain',
  'clot-swelling',
  'rest-pain',
  'long-cramp',
  'statin-pain',
  'fluid-loss',
  'numb-weak',
  'other-cramps',
  'tetanus-wound',
  'frequent',
  'painful',
  'daily-life',
  'wasting',
  'self-care',
  'no-cause',
  'new-medicine',
  'alcohol',
  'walking-pain',
  'knee-lump',
] as const;
export type SignId = (typeof SIGN_IDS)[number];

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

/** What to do during a cramp (the guide's `during` section), in order. */
export const DURING_IDS = ['stretch', 'thigh', 'rub', 'walk', 'heat', 'rubbing-caution', 'soreness', 'ten-minutes'] as const;
export type DuringId = (typeof DURING_IDS)[number];

/**
 * The parts of the guide, in their default order. The ids are part of the
 * public API. When to get help comes straight after what to do during a
 * cramp, before the causes, as the NHS puts "See a GP if" after self-care.
 */
export const GUIDE_SECTIONS = ['intro', 'during', 'care', 'causes', 'checklist', 'prevention', 'stretches', 'sources'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

// ---------------------------------------------------------------- facts

export interface SourceFacts {
  /** Where to read it. Always https. */
  url?: string;
  /** A paper's DOI, e.g. "10.1371/journal.pone.0178465". */
  doi?: string;
}

export interface CauseFacts {
  certainty: Certainty;
  sources: SourceId[];
}

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

export interface StretchFacts {
  /** To help prevent cramps, or to ease one that has started. */
  use: 'prevent' | 'during';
  /** Seconds to hold, reps, and seconds of rest between holds. */
  hold: number;
  reps: number;
  rest: number;
  /** Done once on each leg per rep. */
  perSide: boolean;
  /** In the stretch routine unless the site chooses the stretches. */
  routine: boolean;
  /** Has a version done sitting in a chair (its words: `seated`). */
  chair: boolean;
  sources: SourceId[];
}

export interface SignFacts {
  level: CareLevel;
  sources: SourceId[];
}

export interface TipFacts {
  /** A "do" or a "don't". Don't tips say "Do not" in their text. */
  kind: 'do' | 'dont';
  cause: CauseId;
  /** A caveat to the other tips (follow your own team's fluid limits), not a way to prevent cramps. */
  caveat?: true;
  sources: SourceId[];
}

// ---------------------------------------------------------------- words

export interface SourceWords {
  /** Short name shown inline, e.g. "NHS". */
  name: string;
  /** Full citation for a sources list. */
  citation: string;
}

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

/** What the reader ticks, in the "you" voice. */
export interface ItemWords {
  label: string;
}

/** An "about your cramps" item; some say what to do at once when ticked (the statin item: stop the statin). */
export interface AboutWords extends ItemWords {
  /** Shown in the checklist's notice, and in the copied summary, when the item is ticked. */
  action?: string;
}

/** The short "get help" lines at the end of every element used alone. `{number}` stands for the emergency number. */
export interface SafetyNetWords {
  /** A clot in one leg: get help today. */
  today: string;
  /** A clot in the lungs: call the emergency number. */
  now: string;
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

export interface StretchWords {
  name: string;
  steps: string[];
  safety: string;
  /** Text alternative of the picture. */
  alt: string;
  /** How to do it sitting in a chair, for stretches with a chair version (`chair` in the facts). */
  seated?: string;
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
  /** Before the chair version of a stretch: "In a chair:". */
  chairLabel: string;
  /** What studies show about stretching to prevent cramps. */
  evidence: string;
  timer: string;
  /** The timer's unit, beside its count: "seconds"; and beside a count of 1: "second" (a site's pack in a language other than English, with `seconds` but no `second`, shows its `seconds` there). */
  seconds: string;
  second: string;
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
  /** A timer button's or the timer's name, with the stretch: "Start: Wall calf stretch". */
  named: (label: string, stretch: string) => string;
  /** Said when the reader pauses the timer, and when it goes on. */
  announcePause: (secondsLeft: number) => string;
  announceResume: (secondsLeft: number) => string;
  /** Said when the timer of a during-a-cramp stretch runs out. */
  announceCheck: (seconds: number) => string;
  /** Shown in place of a stretch whose id is unknown. */
  unknown: string;
  routineTitle: string;
  /** "4 stretches, about 5 minutes." */
  routineIntro: (count: number, minutes: number) => string;
  step: (step: number, steps: number) => string;
  /** Shown only when the browser runs no scripts: the routine then shows its first stretch only. */
  routineNoScript: string;
  previous: string;
  next: string;
  startRoutine: string;
  routineDone: string;
}

export interface CareLevelWords {
  /** Heard first by screen readers, as on NHS care cards: "Urgent advice: ". */
  prefix: string;
  title: string;
  /** Lead-in to the list of signs. */
  intro: string;
  /** What to do. `{number}` stands for the emergency number. */
  action: string;
}

export interface CareStrings {
  title: string;
  intro: string;
}

export interface PreventionStrings {
  title: string;
  intro: string;
  doTitle: string;
  dontTitle: string;
}

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

/**
 * All the words of one language. Packs that sites register are partial
 * `Words` (see `PartialWords`): anything left out is taken from English.
 */
export interface Words {
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
  causes: Record<CauseId, CauseWords>;
  explainer: ExplainerStrings;
  risks: Record<RiskId, ItemWords>;
  about: Record<AboutId, AboutWords>;
  checklist: ChecklistStrings;
  stretches: Record<StretchId, StretchWords>;
  stretch: StretchStrings;
  care: Record<CareLevel, CareLevelWords>;
  signs: Record<SignId, string>;
  careText: CareStrings;
  tips: Record<TipId, string>;
  prevention: PreventionStrings;
  during: DuringStrings & { steps: Record<DuringId, string> };
  guide: GuideStrings;
}

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

/** A source as the elements read it. Its `citation` comes with the guide, which lists sources in full (and with a language's pack). */
export type Source = Pick<SourceWords, 'name'> & Partial<Pick<SourceWords, 'citation'>> & SourceFacts;
export type Cause = CauseWords & CauseFacts & { id: CauseId };
export type RiskItem = ItemWords & RiskFacts;
export type AboutItem = AboutWords & AboutFacts;
export type Stretch = StretchWords & StretchFacts;
export type CareAdvice = CareLevelWords & { signs: string[]; sources: SourceId[] };
export type PreventionTip = TipFacts & { id: TipId; text: string };
export type DuringStep = { id: DuringId; text: string; sources: SourceId[] };

/** What the elements read: the words of a language with the facts joined in. */
export interface ContentPack extends Omit<Words, 'sources' | 'causes' | 'risks' | 'about' | 'stretches' | 'care' | 'tips' | 'during'> {
  sources: Record<SourceId, Source>;
  causes: Record<CauseId, Cause>;
  risks: Record<RiskId, RiskItem>;
  about: Record<AboutId, AboutItem>;
  stretches: Record<StretchId, Stretch>;
  care: Record<CareLevel, CareAdvice>;
  tips: PreventionTip[];
  during: DuringStrings & { steps: DuringStep[] };
  /** ISO dates (YYYY-MM-DD) of the content review (a fact, not a word). */
  reviewed: { last: string; next: string };
}
