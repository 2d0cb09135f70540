import { isEnglish, type ContentPack } from '../content/index.js';
import { shared } from '../content/shared/en.js';

/** Year, month and day of a real calendar date written YYYY-MM-DD, else null (not 2026-02-31, nor month 13). */
export function parseDate(iso: string): [number, number, number] | null {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim()) ?? [];
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (!y || month < 1 || month > 12 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return [year, month, day];
}

/**
 * A date ("2026-11-24") as the pack's language writes it. A pack for another
 * language that does not write its own dates gets the browser's formatting;
 * `warn` is told when the browser does not know the pack's language.
 */
export function readableDate(pack: ContentPack, [year, month, day]: [number, number, number], warn: (message: string) => void): string {
  if (pack.date === shared.date && !isEnglish(pack.lang)) {
    try {
      return new Intl.DateTimeFormat(pack.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
    } catch {
      warn(`the content pack's lang "${pack.lang}" is not a language tag this browser knows; dates are written in English.`);
    }
  }
  return pack.date(year, month, day);
}
