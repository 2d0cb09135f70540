import type { DiaryEntry } from '../../content/index.js';
import { addNew, readFile, toCsv, toJsonFile } from './files.js';

/**
 * Saves `text` as a file the reader downloads: made on this device, never
 * sent anywhere. Where the browser refuses (no object URLs), false.
 */
export function download(from: HTMLElement, name: string, type: string, text: string): boolean {
  const doc = from.ownerDocument;
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // Revoked after the browser has started the download.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
    return true;
  } catch {
    return false;
  }
}

/** Saves the entries as a JSON or a CSV file on this device; false where the browser refuses. */
export function saveEntries(from: HTMLElement, entries: readonly DiaryEntry[], kind: 'json' | 'csv'): boolean {
  const json = kind === 'json';
  return download(from, `cramp-diary.${kind}`, json ? 'application/json' : 'text/csv', json ? toJsonFile(entries) : toCsv(entries));
}

/**
 * The file the reader chose in `input` (which is emptied, so the same file can be chosen again), its entries added to
 * `current`, never over one: with how many were added and how many lines were not entries; null when it is not a
 * diary file, undefined when no file was chosen.
 */
export async function openEntries(
  input: HTMLInputElement,
  current: readonly DiaryEntry[],
): Promise<{ entries: DiaryEntry[]; added: number; bad: number } | null | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  const read = readFile(await file.text());
  return read && { ...addNew(current, read.entries), bad: read.bad };
}
