import { ABOUT_IDS, RISK_IDS, type ChecklistItemId } from '../../content/index.js';
import { ABOUT, RISKS } from '../../content/facts.js';

/** Every item, in the checklist's order: "About your cramps", then the risk factors. */
export const ITEM_IDS: readonly ChecklistItemId[] = [...ABOUT_IDS, ...RISK_IDS];

/** Every source the items cite, for the footer. */
export const ITEM_SOURCES = [...ABOUT_IDS.flatMap((id) => ABOUT[id].sources), ...RISK_IDS.flatMap((id) => RISKS[id].sources)];

export const isItem = (id: unknown): id is ChecklistItemId => ITEM_IDS.includes(id as ChecklistItemId);

/** The ticked ids, in the checklist's order. */
export const inOrder = (checked: ReadonlySet<ChecklistItemId>): ChecklistItemId[] => ITEM_IDS.filter((id) => checked.has(id));

/**
 * The items a `value` ticks: a list, or text as a form gives it ("diet
 * sleep"), nothing else. Unknown ids are left out, and `warn` is told.
 */
export function readValue(raw: unknown, warn: (message: string) => void): Set<ChecklistItemId> {
  const list: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : [];
  if (raw != null && !Array.isArray(raw) && typeof raw !== 'string') {
    warn(`value: ignored a value of type ${typeof raw} (give a list of item ids); no item is ticked.`);
  }
  const unknown = list.filter((id) => !isItem(id));
  if (unknown.length) {
    const named = unknown.map((id) =>
      typeof id === 'string' || typeof id === 'number' ? JSON.stringify(String(id)).slice(0, 60) : `(a value of type ${typeof id})`,
    );
    warn(`value: ignored unknown item id${unknown.length > 1 ? 's' : ''} ${named.join(', ')}. Valid ids: ${ITEM_IDS.join(', ')}.`);
  }
  return new Set(list.filter(isItem));
}
