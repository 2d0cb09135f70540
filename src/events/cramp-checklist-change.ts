import type { CauseId, ChecklistItemId } from '../content/index.js';

/** Detail of `cramp-checklist-change`: the answers, and what they add up to. */
export interface ChecklistChangeDetail {
  /** Ticked item ids, in the checklist's order. */
  checked: ChecklistItemId[];
  /** Cause groups with at least one ticked item, most ticked first. */
  causes: { id: CauseId; count: number }[];
  /** True when an "About your cramps" item is ticked. */
  seeProfessional: boolean;
  /** How soon to get help, from the most urgent "About your cramps" item ticked; null when none is. */
  careLevel: 'urgent' | 'soon' | null;
}
