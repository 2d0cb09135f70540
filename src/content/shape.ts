import type { Words } from './types.js';
import { own } from './own.js';

/**
 * The one walk over a content pack's shape, measured against the English
 * words at every depth: English fixes the shape (text stays text, lists of
 * text stay lists of text, functions stay functions, objects keep English's
 * keys, and no pack sets a clinical fact). The walk is what the elements do
 * with a pack (index.ts): whatever it lacks or gets wrong stays English, and
 * each mistake is reported. The translators' check (check.ts, `npx cramp-kit
 * lang-check`) walks the same way, with hooks for what it reports besides:
 * what the pack lacks, text that loses the emergency number, functions tried
 * with samples. Both say each mistake in the same words.
 */

/** Keys that hold clinical facts (facts.ts): no pack may set them. */
export const FACTS = new Set([
  'id',
  'url',
  'doi',
  'sources',
  'certainty',
  'cause',
  'aboutYou',
  'level',
  'use',
  'hold',
  'reps',
  'rest',
  'perSide',
  'routine',
  'kind',
  'caveat',
  'reviewed',
]);

/** Every section a pack may have: a key outside these is a mistake (the elements' words hold only the sections they show). */
const SECTION_LIST = [
  'lang',
  'dir',
  'listSeparator',
  'sourcesLabel',
  'lastReviewed',
  'reviewedBy',
  'notDiagnosis',
  'safetyNet',
  'localNumber',
  'date',
  'sources',
  'causes',
  'explainer',
  'risks',
  'about',
  'checklist',
  'stretches',
  'stretch',
  'care',
  'signs',
  'careText',
  'tips',
  'prevention',
  'during',
  'guide',
  'anatomy',
  'structures',
  'diary',
] as const;
const SECTIONS = new Set<string>(SECTION_LIST);

/** TypeScript refuses to build when the list and the sections of `Words` differ (a section added to one only). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SectionsAreWords<T extends true = Same<(typeof SECTION_LIST)[number], keyof Words>> = T;

/** Words inside a section that only some elements carry: a source's `citation` (the guide's list; the others show names). */
const ELSEWHERE = new Set<string>(['citation']);

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object's own property, never one it inherits (from a prototype a page may have changed). */
export const ownValue = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** Text that says something: a string that is not blank. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A function of the words: it takes numbers and names, and returns text. */
export type WordsFunction = (...args: unknown[]) => unknown;

/** Where a walk found a mistake: a key's place ("checklist.notice.urgent.title") and what is wrong there ("is empty"). */
export type Report = (path: string, problem: string) => void;

/** What the translators' check adds to the walk (check.ts). Each `path` is a key's place. */
export interface CheckHooks {
  /** The pack has nothing at `path`. */
  missing(path: string): void;
  /** The pack's text where English has text (it is not blank). */
  text(path: string, english: string, pack: string): void;
  /** The pack's function where English has one. */
  fn(path: string, pack: WordsFunction): void;
  /** The pack's list where English has one has no text in it (each item that is not text is reported). */
  noText(path: string, list: unknown[]): void;
  /** What a key the pack has and English has not is (unless it is a clinical fact). */
  unknown: string;
}

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * `pack` laid over `english` at `path`, at every depth: each mistake
 * reported, and what stands there returned: the pack's value where it is
 * right, else English's (objects with no prototype, see own.ts); a function
 * falls back to English's when it throws or returns no text. With `check`,
 * the translators' hooks are called too.
 */
export function walkShape(english: unknown, pack: unknown, path: string, report: Report, check?: CheckHooks): unknown {
  if (pack === undefined) {
    check?.missing(path);
    return own(english);
  }
  if (typeof english === 'string') {
    if (isText(pack)) {
      check?.text(path, english, pack);
      return pack;
    }
    report(path, typeof pack === 'string' ? 'is empty' : 'is not text');
    return english;
  }
  if (typeof english === 'function') {
    if (typeof pack !== 'function') {
      report(path, 'is not a function');
      return english;
    }
    const fn = pack as WordsFunction;
    if (check) check.fn(path, fn);
    const fallback = english as (...args: unknown[]) => string;
    return (...args: unknown[]): string => {
      try {
        const text = fn(...args);
        if (typeof text === 'string') return text;
      } catch {
        // reported below
      }
      report(`${path}()`, 'did not return text');
      return fallback(...args);
    };
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(pack)) {
      report(path, 'is not a list');
      return english;
    }
    const items = pack.filter((item: unknown, i) => {
      if (isText(item)) return true;
      report(`${path}[${String(i)}]`, 'is not text');
      return false;
    });
    if (items.length) return items;
    if (check) check.noText(path, pack);
    else report(path, 'has no text');
    return english;
  }
  if (!isObject(english)) return english;
  if (!isObject(pack)) {
    report(path, 'is not an object');
    return english;
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(english)) out[key] = walkShape(english[key], ownValue(pack, key), at(path, key), report, check);
  for (const key of Object.keys(pack)) {
    if (Object.hasOwn(english, key)) continue;
    // A section, or words such as a source's citation, that another element shows (the guide): that element checks them.
    const problem = FACTS.has(key)
      ? 'is a clinical fact, which packs cannot change'
      : (check?.unknown ?? ((path ? ELSEWHERE : SECTIONS).has(key) ? undefined : 'is not known'));
    if (problem) report(at(path, key), problem);
  }
  return out;
}
