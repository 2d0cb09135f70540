import type { AnatomySelectDetail } from './cramp-anatomy-select.js';
import type { CauseToggleDetail } from './cramp-cause-toggle.js';
import type { ChecklistChangeDetail } from './cramp-checklist-change.js';
import type { DiaryChangeDetail } from './cramp-diary-change.js';
import type { RoutineCompleteDetail, StretchCompleteDetail, StretchStartDetail } from './cramp-stretch.js';

export type {
  AnatomySelectDetail,
  CauseToggleDetail,
  ChecklistChangeDetail,
  DiaryChangeDetail,
  RoutineCompleteDetail,
  StretchCompleteDetail,
  StretchStartDetail,
};

/**
 * Every event cramp-kit sends, by name, with the type of its `detail`: the one
 * definition of each. `emit()` takes only these names with their details; the
 * manifest gives each element's `@event` its detail type from here (the build
 * fails if an element documents an event missing here), and so do the
 * framework types; `addEventListener` on any element or the document knows them.
 */
export interface CrampEventDetails {
  'cramp-cause-toggle': CauseToggleDetail;
  'cramp-checklist-change': ChecklistChangeDetail;
  'cramp-stretch-start': StretchStartDetail;
  'cramp-stretch-complete': StretchCompleteDetail;
  'cramp-routine-complete': RoutineCompleteDetail;
  'cramp-anatomy-select': AnatomySelectDetail;
  'cramp-diary-change': DiaryChangeDetail;
}

export type CrampEvents = { [K in keyof CrampEventDetails]: CustomEvent<CrampEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CrampEvents {}
}
