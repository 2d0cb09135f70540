import type { ChecklistItemId } from '../../content/index.js';
import type { SavedFormat } from '../../core/saved-format.js';
import { inOrder, isItem } from './answers.js';

/** Where answers are saved with `persist`, unless `storage-key` says otherwise. */
export const DEFAULT_STORAGE_KEY = 'cramp-kit:risk-checklist';

/**
 * How the checklist saves its answers with `persist` (core/saved-list.ts, core/saved-format.ts):
 * `{ by: "cramp-kit", v: 1, checked: [ids] }` (or `{ v: 1, checked }`, as
 * 0.1 wrote it), each id checked on its own, in the checklist's order.
 */
export const SAVED_ANSWERS: SavedFormat<ChecklistItemId> = {
  field: 'checked',
  unmarked: true,
  defaultKey: DEFAULT_STORAGE_KEY,
  syncEvent: 'cramp-kit:checklist-saved',
  keyOf: (id) => id,
  read: (raw) => (isItem(raw) ? raw : null),
  order: (ids) => inOrder(new Set(ids)),
  same: () => true,
  owner: 'checklist',
  one: 'answer',
  many: 'answers',
};
