/**
 * The one walk over a content pack's shape, measured against the English
 * words at every depth: English fixes the shape (text stays text, lists of
 * text stay lists of text, functions stay functions, objects keep English's
 * keys, and no pack sets a clinical fact). Two sets of rules use it:
 * - the elements' (index.ts): a pack laid over English, where whatever the
 *   pack lacks or gets wrong stays English, with one warning for what is wrong;
 * - the translators' check (check.ts, `npx cramp-kit lang-check`): every
 *   problem, including what the pack lacks.
 * The walk decides what is wrong and says it the same way for both; the rules
 * decide what stands in a missing place, what a function becomes, and which
 * unknown keys are allowed.
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

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object's own property, never one it inherits (from a prototype a page may have changed). */
export const ownValue = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** Text that says something: a string that is not blank. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A function of the words: it takes numbers and names, and returns text. */
export type WordsFunction = (...args: unknown[]) => unknown;

/** What a walk does where the pack and English part ways. Each `path` is a key's place: "checklist.notice.urgent.title". */
export interface ShapeRules {
  /** Something at `path` is wrong: `problem` says what ("is empty", "is not a list"). */
  report(path: string, problem: string): void;
  /** The pack has nothing at `path`: what stands there. */
  missing(path: string, english: unknown): unknown;
  /** The pack's function where English has one: what stands there. */
  fn(path: string, english: WordsFunction, pack: WordsFunction): unknown;
  /** The pack's text where English has text (it is not blank): more to check, if anything. */
  text?(path: string, english: string, pack: string): void;
  /** The pack's list where English has one has no text left in it (the items that are not text are reported). */
  noText(path: string, list: unknown[]): void;
  /** A key of the pack that English does not have, and that is not a clinical fact: its problem, or undefined when allowed. */
  unknown(path: string, key: string): string | undefined;
  /** An object is walked: `out` (English's keys, each walked) is what stands at `path`. */
  done?(path: string, english: Record<string, unknown>, pack: Record<string, unknown>, out: Record<string, unknown>): void;
}

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * `pack` measured against `english` at `path`, at every depth: each problem
 * reported once, and what stands there returned (the pack's value where it is
 * right, else English's; an object has no prototype, see own.ts).
 */
export function walkShape(english: unknown, pack: unknown, path: string, rules: ShapeRules): unknown {
  if (pack === undefined) return rules.missing(path, english);
  if (typeof english === 'string') {
    if (isText(pack)) {
      rules.text?.(path, english, pack);
      return pack;
    }
    rules.report(path, typeof pack === 'string' ? 'is empty' : 'is not text');
    return english;
  }
  if (typeof english === 'function') {
    if (typeof pack === 'function') return rules.fn(path, english as WordsFunction, pack as WordsFunction);
    rules.report(path, 'is not a function');
    return english;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(pack)) {
      rules.report(path, 'is not a list');
      return english;
    }
    const items = pack.filter((item: unknown, i) => {
      if (isText(item)) return true;
      rules.report(`${path}[${String(i)}]`, 'is not text');
      return false;
    });
    if (items.length) return items;
    rules.noText(path, pack);
    return english;
  }
  if (!isObject(english)) return english;
  if (!isObject(pack)) {
    rules.report(path, 'is not an object');
    return english;
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(english)) out[key] = walkShape(english[key], ownValue(pack, key), at(path, key), rules);
  for (const key of Object.keys(pack)) {
    if (Object.hasOwn(english, key)) continue;
    const problem = FACTS.has(key) ? 'is a clinical fact, which packs cannot change' : rules.unknown(path, key);
    if (problem) rules.report(at(path, key), problem);
  }
  rules.done?.(path, english, pack, out);
  return out;
}
