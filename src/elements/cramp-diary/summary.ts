import {
  HELPED_IDS,
  LEG_IDS,
  TIME_IDS,
  type ContentPack,
  type DiaryEntry,
  type HelpedId,
  type LegId,
  type TimeId,
} from '../../content/index.js';
import { atTime, hourOf, toAt } from './entries.js';
import { safetyNet, safetyText } from './safety.js';

/**
 * What the diary's entries add up to, as pure functions (tested in Node,
 * tests/node/diary.test.mjs): cramps per week over the last weeks, the time
 * of day, which leg, the longest and what helped; and as text to copy.
 */

/** How many weeks the summary counts back from now. */
export const WEEKS = 8;
const DAY = 24 * 60 * 60 * 1000;

export interface DiarySummary {
  total: number;
  /** The last WEEKS weeks, oldest first: each 7 days up to now, by the local date it starts, and how many cramps in it. */
  weeks: { start: string; count: number }[];
  times: Record<TimeId, number>;
  legs: Record<LegId, number>;
  /** The longest cramp (the newest of equals), or null. */
  longest: DiaryEntry | null;
  helped: Record<HelpedId, number>;
}

const zeros = <K extends string>(ids: readonly K[]): Record<K, number> => Object.fromEntries(ids.map((id) => [id, 0])) as Record<K, number>;

/** The time of day of an entry's (checked) start time: night 0-6 h, morning 6-12, afternoon 12-18, evening 18-24. */
export const timeOf = (at: string): TimeId => TIME_IDS[Math.floor(hourOf(at) / 6)] ?? 'night';

/** The summary of `entries` (newest first) as of `now`. One pass over the entries. */
export function summarize(entries: readonly DiaryEntry[], now: Date): DiarySummary {
  const times = zeros(TIME_IDS);
  const legs = zeros(LEG_IDS);
  const helped = zeros(HELPED_IDS);
  const counts = new Array<number>(WEEKS).fill(0);
  const end = now.getTime();
  let longest: DiaryEntry | null = null;
  for (const entry of entries) {
    times[timeOf(entry.at)] += 1;
    legs[entry.leg] += 1;
    for (const id of entry.helped) helped[id] += 1;
    if (!longest || entry.minutes > longest.minutes) longest = entry;
    // Weeks back from now: 0 is the last 7 days (a time a little after now, from another device's clock, too).
    const back = Math.floor(Math.max(0, end - atTime(entry.at)) / (7 * DAY));
    if (back < WEEKS) counts[WEEKS - 1 - back] = (counts[WEEKS - 1 - back] ?? 0) + 1;
  }
  const weeks = counts.map((count, i) => ({ start: toAt(new Date(end - (WEEKS - i) * 7 * DAY)).slice(0, 10), count }));
  return { total: entries.length, weeks, times, legs, longest, helped };
}

/** A date `YYYY-MM-DD` as its parts. */
const dayParts = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/**
 * The summary as plain text, for copying and for the doctor: the count, the
 * weeks, the time of day, which leg, the longest, what helped. `when` writes
 * an entry's time, `day` a date, in the pack's language.
 */
export function summaryLines(
  summary: DiarySummary,
  pack: ContentPack,
  when: (at: string) => string,
  day: (parts: [number, number, number]) => string,
): string[] {
  const d = pack.diary;
  const lines = [d.total(summary.total)];
  if (!summary.total) return lines;
  lines.push('', `${d.perWeek}:`);
  for (const week of summary.weeks) lines.push(`- ${d.weekOf(day(dayParts(week.start)))}: ${String(week.count)}`);
  lines.push('', `${d.timeOfDay}:`);
  for (const id of TIME_IDS) lines.push(`- ${d.times[id]}: ${String(summary.times[id])}`);
  lines.push('', `${d.whichLeg}:`);
  for (const id of LEG_IDS) lines.push(`- ${d.legs[id]}: ${String(summary.legs[id])}`);
  if (summary.longest) lines.push('', d.longest(d.minutesText(summary.longest.minutes), when(summary.longest.at)));
  lines.push('', `${d.whatHelped}:`);
  const helped = HELPED_IDS.filter((id) => summary.helped[id]);
  for (const id of helped) lines.push(`- ${d.helps[id]}: ${String(summary.helped[id])}`);
  if (!helped.length) lines.push(`- ${d.noneYet}`);
  return lines;
}

/** One entry as a line of text. */
export function entryLine(entry: DiaryEntry, pack: ContentPack, when: (at: string) => string): string {
  const d = pack.diary;
  const extra = [
    d.severities[entry.severity],
    d.doings[entry.doing],
    ...entry.helped.map((id) => d.helps[id]),
    ...(entry.swelling ? [d.swelling] : []),
    ...(entry.note ? [`"${entry.note}"`] : []),
  ];
  return `${d.entry(when(entry.at), d.minutesText(entry.minutes), d.legs[entry.leg], d.places[entry.place])}${pack.listSeparator}${extra.join(pack.listSeparator)}`;
}

/**
 * Everything to copy or print as text: the title, the safety net's findings
 * (with the emergency line), the summary, each entry, and "not a diagnosis".
 */
export function diaryText(
  entries: readonly DiaryEntry[],
  summary: DiarySummary,
  pack: ContentPack,
  number: string,
  when: (at: string) => string,
  day: (parts: [number, number, number]) => string,
): string {
  const d = pack.diary;
  const safety = safetyText(safetyNet(entries), pack, number, when);
  const lines = [d.textTitle, '', ...(safety.length ? [...safety, ''] : []), ...summaryLines(summary, pack, when, day)];
  if (entries.length) lines.push('', `${d.listTitle}:`, ...entries.map((entry) => `- ${entryLine(entry, pack, when)}`));
  lines.push('', pack.notDiagnosis);
  return lines.join('\n');
}
