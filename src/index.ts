/**
 * cramp-kit: registers every element. This is the package root and the CDN
 * bundle's entry.
 */
export * from './cramp-cause-explainer.js';
export * from './cramp-risk-checklist.js';
export * from './cramp-stretch-card.js';
export * from './cramp-stretch-routine.js';
export * from './cramp-care-advice.js';
export * from './cramp-prevention-tips.js';
export * from './cramp-guide.js';
export { define } from './define.js';
export { VERSION } from './version.js';
/** The whole English content pack, as data (the elements import only their parts). */
export { en } from './content/en.js';
export {
  ABOUT_IDS,
  CARE_LEVELS,
  GUIDE_SECTIONS,
  CAUSE_IDS,
  RISK_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  contentPackFor,
  registerContentPack,
  type Cause,
  type CauseId,
  type ChecklistItemId,
  type ContentPack,
  type PartialPack,
  type PartialWords,
  type Words,
  type Source,
  type SourceId,
  type Stretch,
  type StretchId,
} from './content/index.js';
// Every event's name and detail; importing this also types addEventListener for them.
export type { CrampEventDetails, CrampEvents } from './core/events.js';
