import type { DiaryEntry } from '../../content/index.js';
import { toJson } from '../../core/json.js';
import { MAX_ENTRIES, newestFirst, readEntries } from './entries.js';

/**
 * The diary as a file and back, as pure functions (tested in Node,
 * tests/node/diary.test.mjs): JSON, as it is saved on the device, and CSV,
 * a table any spreadsheet opens. Reading a file trusts nothing: a file
 * cramp-kit did not write is refused whole, and each entry is checked.
 */

/** The mark on what the diary writes (saved data and files). */
export const MARKER = 'cramp-kit';
/** The diary's format. */
export const VERSION = 1;

/** The columns of the CSV, in order: its first line. */
export const CSV_COLUMNS = ['id', 'at', 'leg', 'place', 'minutes', 'severity', 'doing', 'helped', 'swelling', 'note'] as const;

/** The diary as JSON (written by hand: see core/json.ts). */
export const toJsonFile = (entries: readonly DiaryEntry[]): string => toJson({ by: MARKER, v: VERSION, entries }) ?? '';

/** What a spreadsheet would run as a formula: kept as text, with a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The diary as CSV: a header line, then one line per entry (lines end CRLF, as RFC 4180 says). */
export function toCsv(entries: readonly DiaryEntry[]): string {
  const rows = entries.map((e) =>
    [e.id, e.at, e.leg, e.place, String(e.minutes), e.severity, e.doing, e.helped.join(' '), String(e.swelling), e.note]
      .map(cell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** The rows of a CSV text (quotes, doubled quotes, commas and line breaks in quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || row.length) {
    row.push(value);
    rows.push(row);
  }
  return rows.filter((r) => r.some((v) => v !== ''));
}

/** A cell back as it was written (the apostrophe before a formula-like text taken off). */
const uncell = (value: string): string => (value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value);

/** Entries from the diary's CSV (the header must be the diary's), or null. */
function fromCsv(text: string): unknown[] | null {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== CSV_COLUMNS.join(',')) return null;
  return rows.map((row) => {
    const [id, at, leg, place, minutes, severity, doing, helped, swelling, note] = row.map(uncell);
    return {
      id,
      at,
      leg,
      place,
      minutes: minutes?.trim() ? Number(minutes) : NaN,
      severity,
      doing,
      helped: (helped ?? '').split(' ').filter(Boolean),
      swelling: swelling === 'true' ? true : swelling === 'false' ? false : undefined,
      note: note ?? '',
    };
  });
}

/** Entries from the diary's JSON (marked as cramp-kit's, in a format it knows), or null. */
function fromJson(text: string): unknown[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { by, v, entries } = data as Record<string, unknown>;
  return by === MARKER && v === VERSION && Array.isArray(entries) ? entries : null;
}

/**
 * The entries in a file's text, JSON or CSV (the diary's own only), each
 * checked: the good ones, and how many were left out; null when the file is
 * not a cramp diary.
 */
export function readFile(text: string): { entries: DiaryEntry[]; bad: number } | null {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const raw = trimmed.startsWith('{') ? fromJson(trimmed) : fromCsv(trimmed);
  return raw ? readEntries(raw) : null;
}

/**
 * Entries from a file laid beside the diary's: only the new ones are added;
 * an entry with an id the diary has already is never overwritten. Newest
 * first, at most MAX_ENTRIES.
 */
export function addNew(current: readonly DiaryEntry[], incoming: readonly DiaryEntry[]): { entries: DiaryEntry[]; added: number } {
  const ids = new Set(current.map((e) => e.id));
  const added = incoming.filter((e) => !ids.has(e.id));
  return { entries: newestFirst([...current, ...added]).slice(0, MAX_ENTRIES), added: added.length };
}
