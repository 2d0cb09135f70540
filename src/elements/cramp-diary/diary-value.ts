import type { DiaryEntry } from '../../content/index.js';
import type { SavedFormat } from '../../core/saved-format.js';
import { newestFirst, readEntries, readEntry, sameEntry } from './entries.js';

/** Where entries are saved with `persist`, unless `storage-key` says otherwise. */
export const DIARY_STORAGE_KEY = 'cramp-kit:diary';

/**
 * How the diary saves its entries with `persist` (core/saved-list.ts, core/saved-format.ts):
 * `{ by: "cramp-kit", v: 1, entries: [...] }`, each entry checked on its own,
 * newest first. When saving fails, what it saved before is kept: a reader's
 * older entries are never removed because a new one did not fit.
 */
export const SAVED_ENTRIES: SavedFormat<DiaryEntry> = {
  field: 'entries',
  keepOnFailure: true,
  defaultKey: DIARY_STORAGE_KEY,
  syncEvent: 'cramp-kit:diary-saved',
  keyOf: (entry) => entry.id,
  read: readEntry,
  order: newestFirst,
  same: sameEntry,
  owner: 'diary',
  one: 'entry',
  many: 'entries',
};

/**
 * The entries a `value` sets: a list of entries, or the JSON text of one (as
 * a form restores it); anything else is no entries. `warn` is told what was
 * left out.
 */
export function readValue(raw: unknown, warn: (message: string) => void): DiaryEntry[] {
  let list = raw;
  if (typeof raw === 'string') {
    try {
      list = raw.trim() ? JSON.parse(raw) : [];
    } catch {
      list = raw;
    }
  }
  const { entries, bad } = readEntries(list);
  if (bad && !Array.isArray(list)) {
    warn(`value: ignored a value of type ${typeof raw} (give a list of entries); the diary is empty.`);
  } else if (bad) {
    warn(`value: ignored ${String(bad)} entr${bad === 1 ? 'y' : 'ies'} that are not diary entries (or repeat an id).`);
  }
  return entries;
}
