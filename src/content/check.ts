import type { PartialWords, Words } from './types.js';
import { FACTS } from './index.js';

/**
 * Checks a content pack against every English key, for translators (`npx
 * cramp-kit lang-check es.js`) and the tests: what it lacks, what it has
 * that English has not (a clinical fact, an unknown key), text that is empty
 * or not text, and functions that do not return text with the numbers and
 * names they are given. Elements do not run this: a partial pack is allowed
 * there (what it lacks is English), and they report only what is wrong.
 * Nothing in a pack's text is run as HTML, whatever this finds.
 */

/** Arguments each function of the words is tried with. A number of 2 or more, and each name, must come back in the text. */
export const SAMPLES: Record<string, unknown[][]> = {
  reviewedBy: [
    ['Dr Ana Ruiz', '1 December 2026'],
    ['Dr Ana Ruiz', ''],
  ],
  date: [[2026, 11, 30]],
  'checklist.answers': [[1], [2]],
  'checklist.more': [['Zeta']],
  'checklist.groupQuestion': [['Zeta']],
  'checklist.ticked': [[1], [3]],
  'checklist.announce': [[['Zeta', 'Omega']], [[]]],
  'stretch.dose': [
    [30, 3, true],
    [10, 1, false],
  ],
  'stretch.rep': [[2, 3]],
  'stretch.announceStart': [
    [30, 'Zeta'],
    [30, ''],
  ],
  'stretch.announceHoldEnd': [[5, 'Zeta']],
  'stretch.announceReady': [
    [5, 'Zeta'],
    [5, ''],
  ],
  'stretch.announceHold': [
    [30, 'Zeta'],
    [30, ''],
  ],
  'stretch.announceDone': [[1], [3]],
  'stretch.named': [['Zeta', 'Omega']],
  'stretch.announcePause': [[12]],
  'stretch.announceResume': [[12]],
  'stretch.announceCheck': [[30]],
  'stretch.routineIntro': [
    [1, 1],
    [4, 5],
  ],
  'stretch.step': [[2, 4]],
};

/** Keys a pack may leave out without a word of English showing: `date` (the browser writes dates in the pack's language). */
const OPTIONAL = new Set(['date']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function tryFunction(path: string, fn: (...args: unknown[]) => unknown, problems: string[]): void {
  for (const args of SAMPLES[path] ?? []) {
    let text: unknown;
    try {
      text = fn(...args);
    } catch (error) {
      problems.push(`${path}(${args.map((a) => JSON.stringify(a)).join(', ')}) threw: ${String(error)}`);
      continue;
    }
    const call = `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${call} does not return text`);
      continue;
    }
    for (const arg of args.flat()) {
      const lost =
        typeof arg === 'number'
          ? arg >= 2 && !new RegExp(`(^|\\D)${String(arg)}(\\D|$)`).test(text)
          : typeof arg === 'string' && arg !== '' && !text.toLowerCase().includes(arg.toLowerCase());
      if (lost) problems.push(`${call} leaves out ${JSON.stringify(arg)}: "${text}"`);
    }
  }
}

function walk(english: unknown, pack: unknown, path: string, problems: string[]): void {
  if (pack === undefined) {
    if (!OPTIONAL.has(path)) problems.push(`${path} is missing`);
    return;
  }
  if (typeof english === 'string') {
    if (typeof pack !== 'string') problems.push(`${path} is not text`);
    else if (!pack.trim()) problems.push(`${path} is empty`);
    else if (english.includes('{number}') && !pack.includes('{number}'))
      problems.push(`${path} has no {number} (the emergency number goes there)`);
    return;
  }
  if (typeof english === 'function') {
    if (typeof pack !== 'function') problems.push(`${path} is not a function`);
    else tryFunction(path, pack as (...args: unknown[]) => unknown, problems);
    return;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(pack)) problems.push(`${path} is not a list`);
    else if (!pack.length) problems.push(`${path} is an empty list`);
    else
      pack.forEach((item: unknown, i) => {
        if (typeof item !== 'string' || !item.trim()) problems.push(`${path}[${String(i)}] is not text`);
      });
    return;
  }
  if (!isObject(english)) return;
  if (!isObject(pack)) {
    problems.push(`${path} is not an object`);
    return;
  }
  for (const key of Object.keys(english)) walk(english[key], pack[key], path ? `${path}.${key}` : key, problems);
  for (const key of Object.keys(pack)) {
    if (key in english) continue;
    const at = path ? `${path}.${key}` : key;
    problems.push(FACTS.has(key) ? `${at} is a clinical fact, which packs cannot change` : `${at} is not a key cramp-kit knows`);
  }
}

/**
 * Every problem with a pack measured against the English words, one line
 * each, naming the key: [] when it has every key, right. `lang` must be a
 * language tag, and `dir` "ltr" or "rtl".
 */
export function checkContentPack(pack: PartialWords, english: Words): string[] {
  const problems: string[] = [];
  if (!isObject(pack)) return ['the pack is not an object'];
  walk(english, pack, '', problems);
  if (typeof pack.lang === 'string' && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(pack.lang))
    problems.push(`lang "${pack.lang}" is not a language tag`);
  const dir: unknown = pack.dir;
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') problems.push('dir is not "ltr" or "rtl"');
  return problems;
}

/** Every function path of the words (for the test that each has samples). */
export function functionPaths(words: unknown, path = ''): string[] {
  if (typeof words === 'function') return [path];
  if (!isObject(words)) return [];
  return Object.entries(words).flatMap(([key, value]) => functionPaths(value, path ? `${path}.${key}` : key));
}
