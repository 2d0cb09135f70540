/**
 * cramp-kit's content API and types without any element (no side effects):
 * add packs for other languages, read the ids and the values attributes take,
 * and type code that listens to the elements' events. Loads no element and no
 * English text, so a bundle that needs an id does not pull in the elements.
 * CDN: import { registerContentPack } from '.../dist/cdn/content.js'
 * npm: import { registerContentPack, CAUSE_IDS } from 'cramp-kit/content.js'
 */
export {
  ABOUT_IDS,
  CARE_LEVELS,
  CAUSE_IDS,
  GUIDE_SECTIONS,
  HEADING_LEVELS,
  LAYOUTS,
  RISK_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  STRUCTURE_IDS,
  THEMES,
  registerContentPack,
  type Cause,
  type CauseId,
  type ChecklistItemId,
  type ContentPack,
  type GuideSection,
  type HeadingLevelValue,
  type IdList,
  type Layout,
  type NumberValue,
  type PartialPack,
  type PartialWords,
  type Source,
  type SourceId,
  type Stretch,
  type StretchId,
  type Structure,
  type StructureId,
  type Theme,
  type Words,
} from './content/index.js';
// The pack for a language tag; for a language cramp-kit ships, its file starts loading (once per page).
export { packFor as contentPackFor } from './languages/load.js';
// Event details, as types only: nothing of the elements is loaded.
export type {
  AnatomySelectDetail,
  CauseToggleDetail,
  ChecklistChangeDetail,
  RoutineCompleteDetail,
  StretchCompleteDetail,
  StretchStartDetail,
} from './events/index.js';
// Where a stretch card's timer is (its read-only `state`).
export { TIMER_STATES, type TimerState } from './core/timer.js';
// Every event's name and detail; importing this also types addEventListener for them.
export type { CrampEventDetails, CrampEvents } from './events/index.js';
