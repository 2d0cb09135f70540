import { DOING_IDS, HELPED_IDS, LEG_IDS, PLACE_IDS, SEVERITY_IDS, type ContentPack, type DiaryEntry } from '../../content/index.js';
import { readableDate } from '../../core/dates.js';

/**
 * The diary's entries as data, with no element and no DOM (tested in Node,
 * tests/node/diary.test.mjs): reading an entry from anything (a saved
 * diary, a file, a framework's `value`) trusting nothing, dates in the
 * reader's local time, and the order shown (newest first).
 */

/** The most minutes an entry can say (a day). */
export const MAX_MINUTES = 1440;
/** The longest note kept. */
export const MAX_NOTE = 500;
/** The most entries a diary keeps (the newest). */
export const MAX_ENTRIES = 5000;

const AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The parts of a `YYYY-MM-DDTHH:MM` time that is real (not 2026-02-31 nor 25:00), else null. */
export function parseAt(at: unknown): [number, number, number, number, number] | null {
  const [, ...parts] = (typeof at === 'string' && AT.exec(at)) || [];
  if (parts.length !== 5) return null;
  const [year, month, day, hour, minute] = parts.map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  return [year, month, day, hour, minute];
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A local time as `YYYY-MM-DDTHH:MM`. */
export const toAt = (date: Date): string =>
  `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;

/** The hour (0 to 23) of a checked `YYYY-MM-DDTHH:MM` time. */
export const hourOf = (at: string): number => Number(at.slice(11, 13));

/** The time a checked `YYYY-MM-DDTHH:MM` (an entry's) started, in milliseconds, in local time: sliced, not parsed again. */
export const atTime = (at: string): number =>
  new Date(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)), hourOf(at), Number(at.slice(14, 16))).getTime();

/** "Last night": 3 in the morning of the night just gone (today's, or yesterday's when it is not 3 yet). */
export function lastNight(now: Date): string {
  const night = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 3, 0);
  if (night > now) night.setDate(night.getDate() - 1);
  return toAt(night);
}

/** An entry's time as the pack's language writes it: "3 May 2026, 02:30". */
export function whenText(at: string, pack: ContentPack, warn: (message: string) => void): string {
  const [year, month, day, hour, minute] = parseAt(at) ?? [1970, 1, 1, 0, 0];
  return `${readableDate(pack, [year, month, day], warn)}, ${two(hour)}:${two(minute)}`;
}

const oneOf = <T extends string>(ids: readonly T[], value: unknown): value is T => (ids as readonly unknown[]).includes(value);

/** A new id, unique in practice: the time and a random part. */
export const newId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * An entry read from anything, or null: every field is checked, nothing
 * else is kept (an object with more or other fields is not an entry), and
 * the note is cut to its longest.
 */
export function readEntry(raw: unknown): DiaryEntry | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { id, at, leg, place, minutes, severity, doing, helped, swelling, note } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !/^[\w-]{1,40}$/.test(id) || !parseAt(at)) return null;
  if (!oneOf(LEG_IDS, leg) || !oneOf(PLACE_IDS, place) || !oneOf(SEVERITY_IDS, severity) || !oneOf(DOING_IDS, doing)) return null;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) return null;
  if (!Array.isArray(helped) || !helped.every((h) => oneOf(HELPED_IDS, h)) || typeof swelling !== 'boolean') return null;
  if (note !== undefined && typeof note !== 'string') return null;
  return {
    id,
    at: at as string,
    leg,
    place,
    minutes,
    severity,
    doing,
    helped: HELPED_IDS.filter((h) => helped.includes(h)),
    swelling,
    note: (note ?? '').slice(0, MAX_NOTE),
  };
}

/** Newest first; the same time: the order they came in. */
export const newestFirst = (entries: readonly DiaryEntry[]): DiaryEntry[] =>
  entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : a.index - b.index))
    .map(({ entry }) => entry);

/**
 * Entries from a list of anything (a framework's `value`, saved data): the
 * good ones, newest first, each id once, at most MAX_ENTRIES; `bad` counts
 * what was left out, for a warning.
 */
export function readEntries(raw: unknown): { entries: DiaryEntry[]; bad: number } {
  if (!Array.isArray(raw)) return { entries: [], bad: raw == null ? 0 : 1 };
  const seen = new Set<string>();
  const entries: DiaryEntry[] = [];
  for (const item of raw) {
    const entry = readEntry(item);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  const kept = newestFirst(entries).slice(0, MAX_ENTRIES);
  return { entries: kept, bad: raw.length - kept.length };
}

/** Whether two entries say the same. */
export const sameEntry = (a: DiaryEntry, b: DiaryEntry): boolean =>
  a.id === b.id &&
  a.at === b.at &&
  a.leg === b.leg &&
  a.place === b.place &&
  a.minutes === b.minutes &&
  a.severity === b.severity &&
  a.doing === b.doing &&
  a.swelling === b.swelling &&
  a.note === b.note &&
  a.helped.join() === b.helped.join();
