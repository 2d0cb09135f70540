import { toJson } from './json.js';

/** The mark on what cramp-kit saves: it never overwrites or removes data without it. */
const MARKER = 'cramp-kit';

/** What an element saves, and how: one list of items, under `{ by: "cramp-kit", v: 1, [field]: [...] }`. */
export interface SavedFormat<T> {
  /** The field that holds the list. */
  field: string;
  /** Also reads `{ v: 1, [field] }` with no mark (as the checklist's 0.1 wrote it). */
  unmarked?: boolean;
  /** Keeps what it saved before when saving fails (a diary's older entries), instead of removing it. */
  keepOnFailure?: boolean;
  defaultKey: string;
  /** Tells the other elements on this page that one saved (the storage event reaches only other tabs). */
  syncEvent: string;
  /** An item's key: one item per key. */
  keyOf(item: T): string;
  /** One saved item, checked, or null. */
  read(raw: unknown): T | null;
  /** The items in the order saved and shown. */
  order(items: T[]): T[];
  /** Whether two items with the same key say the same. */
  same(a: T, b: T): boolean;
  /** For warnings: what the element is, and its items ("checklist", "answer", "answers"). */
  owner: string;
  one: string;
  many: string;
}

/**
 * What the text stored under a key holds, trusting nothing: null (nothing
 * there), the saved list (each item still to be checked), or "foreign" (data
 * cramp-kit did not write, or a newer format).
 */
export function readStored<T>(raw: string | null, format: SavedFormat<T>): null | 'foreign' | unknown[] {
  if (raw == null) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return 'foreign';
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return 'foreign';
  const { field, unmarked } = format;
  const { v, by, [field]: list } = saved as Record<string, unknown>;
  const keys = Object.keys(saved).sort().join(' ');
  const ours =
    v === 1 &&
    Array.isArray(list) &&
    (by === MARKER ? keys === ['by', field, 'v'].sort().join(' ') : unmarked && keys === [field, 'v'].sort().join(' '));
  return ours ? list : 'foreign';
}

/**
 * The text that saves `list` (in the format's order): marked as cramp-kit's.
 * The JSON is written by hand: a page may have patched
 * Array.prototype.toJSON (old Prototype.js), which JSON.stringify would follow.
 */
export const savedText = <T>(list: readonly T[], format: SavedFormat<T>): string =>
  toJson({ by: MARKER, v: 1, [format.field]: list }) ?? '';

/** The good items of a saved list, by key (the first of each key). */
export function byKey<T>(list: readonly unknown[], format: SavedFormat<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const raw of list) {
    const item = format.read(raw);
    if (item !== null && !map.has(format.keyOf(item))) map.set(format.keyOf(item), item);
  }
  return map;
}

/** Whether `map` holds just `items`, each saying the same. */
export function sameItems<T>(map: ReadonlyMap<string, T>, items: readonly T[], format: SavedFormat<T>): boolean {
  return (
    map.size === items.length &&
    items.every((item) => {
      const other = map.get(format.keyOf(item));
      return other !== undefined && format.same(other, item);
    })
  );
}
