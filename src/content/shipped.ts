import list from './shipped.json';

/**
 * The languages cramp-kit ships beside English, each in a file of its own
 * (CDN: `dist/cdn/lang/<tag>.js`; npm: `cramp-kit/lang/<tag>.js`), listed
 * once, in `shipped.json`: the builds, the size budgets (each file's
 * `budget`), the server, the autoloader and the tests all read that list.
 * This module imports nothing else, so the autoloader can have it.
 *
 * - `tag`: the language tag, as its file is named (`src/lang/<tag>.ts`).
 * - `name`: what the size budgets call it.
 * - `budget`: its CDN file's size budget, brotli.
 */
export interface ShippedLanguage {
  tag: string;
  name: string;
  budget: string;
}

/** A shipped language's tag, as written in `shipped.json` ("en-US"). */
export type ShippedLang = string;

/** Every shipped language's tag, in the list's order. */
export const SHIPPED_LANGS: readonly ShippedLang[] = (list as ShippedLanguage[]).map((lang) => lang.tag);

/**
 * The shipped language that serves a tag: an exact match ("en-US"), else its
 * primary language ("es-MX" is "es"); undefined when none does. The elements,
 * the server and the autoloader all pick a language's file with this.
 */
export function shippedFor(tag: string): ShippedLang | undefined {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split('-')[0];
  return SHIPPED_LANGS.find((lang) => lang.toLowerCase() === lower) ?? SHIPPED_LANGS.find((lang) => lang === primary);
}
