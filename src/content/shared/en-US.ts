import type { PartialWords } from '../types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * US English (en-US): its language tag, and dates written the US way. Every other shared word is
 * the built-in en-GB's (./en.ts).
 */
export const shared = {
  lang: 'en-US',
  date: (year, month, day) => `${MONTHS[month - 1] ?? ''} ${String(day)}, ${String(year)}`,
} satisfies PartialWords & { lang: string };
