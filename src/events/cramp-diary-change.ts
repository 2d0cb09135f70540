import type { CareLevel, DiaryEntry } from '../content/index.js';

/** Detail of `cramp-diary-change`: the diary's entries, and how soon its safety net says to get help. */
export interface DiaryChangeDetail {
  /** Every entry, newest first. */
  entries: DiaryEntry[];
  /** The most urgent level of care the entries call for (swelling in one leg, a cramp over 10 minutes: urgent; swelling in both legs: soon); null when none does. */
  careLevel: CareLevel | null;
}
