import type { PartialWords, Words } from './types.js';
import { isObject, walkShape, type CheckHooks } from './shape.js';

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
  'diary.edit': [['Zeta']],
  'diary.remove': [['Zeta']],
  'diary.showMore': [[50]],
  'diary.entry': [['Zeta', 'Omega', 'Alpha', 'Beta']],
  'diary.minutesText': [[1], [12]],
  'diary.total': [[1], [12]],
  'diary.weekOf': [['Zeta']],
  'diary.longest': [['Zeta', 'Omega']],
  'diary.lastNoted': [['Zeta']],
  'diary.imported': [[1], [12]],
};

/** Keys a pack may leave out without a word of English showing: `date` (the browser writes dates in the pack's language). */
const OPTIONAL = new Set(['date']);

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

/**
 * The translators' hooks (shape.ts walks the pack): besides each mistake,
 * every key the pack lacks, text that loses the emergency number, and each
 * function tried with the samples.
 */
function checkHooks(problems: string[]): CheckHooks {
  return {
    missing: (path) => {
      if (!OPTIONAL.has(path)) problems.push(`${path} is missing`);
    },
    text: (path, english, pack) => {
      if (english.includes('{number}') && !pack.includes('{number}'))
        problems.push(`${path} has no {number} (the emergency number goes there)`);
    },
    fn: (path, pack) => {
      tryFunction(path, pack, problems);
    },
    noText: (path, list) => {
      if (!list.length) problems.push(`${path} is an empty list`);
    },
    unknown: 'is not a key cramp-kit knows',
  };
}

/**
 * Every problem with a pack measured against the English words, one line
 * each, naming the key: [] when it has every key, right. `lang` must be a
 * language tag, and `dir` "ltr" or "rtl".
 */
export function checkContentPack(pack: PartialWords, english: Words): string[] {
  const problems: string[] = [];
  if (!isObject(pack)) return ['the pack is not an object'];
  walkShape(
    english,
    pack,
    '',
    (path, problem) => {
      problems.push(`${path} ${problem}`);
    },
    checkHooks(problems),
  );
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
