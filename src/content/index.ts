import {
  ABOUT_IDS,
  CARE_LEVELS,
  CAUSE_IDS,
  DURING_IDS,
  RISK_IDS,
  SIGN_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  TIP_IDS,
  type ContentPack,
  type PartialWords,
  type Words,
} from './types.js';
import { REVIEWED, SOURCES, sourceUrl, type FactParts } from './facts.js';
import { warn } from '../core/warn.js';

export * from './types.js';

/**
 * Content packs that sites add for other languages (or to change English
 * words). English itself is built into the elements, part by part, so a page
 * downloads only the words of the elements it uses.
 */
interface Registry {
  packs: Map<string, PartialWords>;
  /** What every element on a page is told when a pack is added. */
  listeners: Set<() => void>;
}
// One registry for every copy of cramp-kit on a page (the CDN bundle, element
// files, language files), so a pack registered by one reaches all of them.
const KEY = Symbol.for('cramp-kit:content-packs');
const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (scope[KEY] ??= { packs: new Map<string, PartialWords>(), listeners: new Set<() => void>() });
const { packs, listeners } = registry;

const warnedLangs = new Set<string>();
/** "No pack: English as built in". One object, so lookups of it can be cached. */
const NONE: PartialWords = Object.freeze({});

/** Calls `listener` whenever a content pack is registered; returns a function that stops it. */
export function onContentPack(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Adds (or replaces) a content pack, keyed by its `lang`. A pack holds words
 * only and may be partial at any depth: whatever it leaves out (a section, a
 * cause, one field of it) is taken from English (a list it gives replaces
 * the English list whole), so a missing translation
 * never breaks an element. What it gets wrong (text that is not text, an
 * unknown id, a clinical fact such as a source's address) is left out, with
 * one console warning naming where, when an element first uses the pack.
 */
export function registerContentPack(pack: PartialWords & { lang: string }): void {
  if (!isObject(pack) || typeof pack.lang !== 'string' || !pack.lang.trim()) {
    warn('registerContentPack: a pack needs a "lang" (a language tag such as "es"); ignored.');
    return;
  }
  packs.set(pack.lang.trim().toLowerCase(), pack);
  // Elements already on the page take the new words at once, whatever the load order.
  for (const listener of listeners) listener();
}

/**
 * The registered pack for a BCP 47 language tag: an exact match, else its
 * primary language ("fr-CA" uses "fr"). English, or an empty tag, needs none
 * (an empty object). Any other language without a pack gets English too, with
 * one warning per tag.
 */
export function contentPackFor(lang: string): PartialWords {
  const tag = lang.trim().toLowerCase();
  const primary = tag.split('-')[0] ?? '';
  const pack = packs.get(tag) ?? packs.get(primary);
  if (pack) return pack;
  if (tag && primary !== 'en' && !warnedLangs.has(tag)) {
    warnedLangs.add(tag);
    warn(`no content pack for lang="${lang}"; showing English. Available: ${['en', ...packs.keys()].join(', ')}.`);
  }
  return NONE;
}

// ------------------------------------------------------------ merging words

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every section a pack may have: a key outside these is a mistake. */
const SECTIONS = new Set<string>([
  'lang',
  'dir',
  'listSeparator',
  'sourcesLabel',
  'lastReviewed',
  'reviewedBy',
  'notDiagnosis',
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
]);

/** Keys that hold clinical facts (facts.ts): no pack may set them. */
const FACTS = new Set([
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
  'reviewed',
]);

const reported = new Set<string>();
function report(lang: string, path: string, problem: string): void {
  const message = `content pack "${lang}": ${path} ${problem}; using English there.`;
  if (reported.has(message)) return;
  reported.add(message);
  warn(message);
}

/**
 * `over` laid on `base` (English) at every depth. English fixes the shape:
 * text stays text, lists of text stay lists of text, functions stay
 * functions (and fall back to English if they throw or return no text).
 */
function mergeWords(base: unknown, over: unknown, path: string, lang: string): unknown {
  if (over === undefined) return base;
  if (typeof base === 'string') {
    if (typeof over === 'string' && over.trim()) return over;
    report(lang, path, typeof over === 'string' ? 'is empty' : 'is not text');
    return base;
  }
  if (typeof base === 'function') {
    if (typeof over !== 'function') {
      report(lang, path, 'is not a function');
      return base;
    }
    const fallback = base as (...args: unknown[]) => string;
    const fn = over as (...args: unknown[]) => unknown;
    return (...args: unknown[]): string => {
      try {
        const text = fn(...args);
        if (typeof text === 'string') return text;
      } catch {
        // reported below
      }
      report(lang, `${path}()`, 'did not return text');
      return fallback(...args);
    };
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(over)) {
      report(lang, path, 'is not a list');
      return base;
    }
    const items = over.filter((item: unknown, i) => {
      const ok = typeof item === 'string' && item.trim() !== '';
      if (!ok) report(lang, `${path}[${String(i)}]`, 'is not text');
      return ok;
    });
    if (items.length) return items;
    report(lang, path, 'has no text');
    return base;
  }
  if (isObject(base)) {
    if (!isObject(over)) {
      report(lang, path, 'is not an object');
      return base;
    }
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) {
      const at = path ? `${path}.${key}` : key;
      if (key in base) out[key] = mergeWords(base[key], value, at, lang);
      else if (FACTS.has(key)) report(lang, at, 'is a clinical fact, which packs cannot change');
      // A section another element shows: that element checks it.
      else if (path || !SECTIONS.has(key)) report(lang, at, 'is not known');
    }
    return out;
  }
  return base;
}

// ------------------------------------------------------------ joining facts

const byId = <K extends string, V>(ids: readonly K[], make: (id: K) => V): Record<K, V> =>
  Object.fromEntries(ids.map((id) => [id, make(id)])) as Record<K, V>;

/**
 * The words with the facts joined in: what the elements read. Only the
 * sections both the words and the facts have (an element brings the facts of
 * the sections it shows).
 */
function compose(w: Partial<Words>, f: FactParts): ContentPack {
  const out: Record<string, unknown> = { ...w, reviewed: REVIEWED };
  const { sources, causes, risks, about, stretches, care, signs, tips, during } = w;
  if (sources) {
    out.sources = byId(SOURCE_IDS, (id) => ({ ...sources[id], ...SOURCES[id], url: sourceUrl(SOURCES[id]) }));
  }
  const { causes: CAUSES, risks: RISKS, about: ABOUT, stretches: STRETCHES, signs: SIGNS, tips: TIPS, during: DURING } = f;
  if (causes && CAUSES) out.causes = byId(CAUSE_IDS, (id) => ({ id, ...causes[id], ...CAUSES[id] }));
  if (risks && RISKS) out.risks = byId(RISK_IDS, (id) => ({ ...risks[id], ...RISKS[id] }));
  if (about && ABOUT) out.about = byId(ABOUT_IDS, (id) => ({ ...about[id], ...ABOUT[id] }));
  if (stretches && STRETCHES) out.stretches = byId(STRETCH_IDS, (id) => ({ ...stretches[id], ...STRETCHES[id] }));
  if (care && signs && SIGNS) {
    out.care = byId(CARE_LEVELS, (level) => {
      const ids = SIGN_IDS.filter((id) => SIGNS[id].level === level);
      return { ...care[level], signs: ids.map((id) => signs[id]), sources: ids.flatMap((id) => SIGNS[id].sources) };
    });
  }
  if (tips && TIPS) out.tips = TIP_IDS.map((id) => ({ id, text: tips[id], ...TIPS[id] }));
  if (during && DURING) {
    out.during = { ...during, steps: DURING_IDS.map((id) => ({ id, text: during.steps[id], sources: DURING[id] })) };
  }
  return out as unknown as ContentPack;
}

const merged = new WeakMap<FactParts, WeakMap<object, WeakMap<object, ContentPack>>>();

/**
 * English parts (the words an element shows) with a registered pack laid
 * over them at every depth, and the facts of those parts joined in;
 * computed once per (facts, English, pack).
 */
export function withEnglish(english: PartialWords, pack: PartialWords, facts: FactParts): ContentPack {
  let byEnglish = merged.get(facts);
  if (!byEnglish) merged.set(facts, (byEnglish = new WeakMap()));
  let byPack = byEnglish.get(english);
  if (!byPack) byEnglish.set(english, (byPack = new WeakMap()));
  let result = byPack.get(pack);
  if (!result) {
    const lang = typeof pack.lang === 'string' ? pack.lang : 'en';
    const words = mergeWords(english, pack, '', lang) as Partial<Words>;
    const dir: unknown = pack.dir;
    if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') {
      report(lang, 'dir', 'is not "ltr" or "rtl"');
      words.dir = english.dir === 'rtl' ? 'rtl' : 'ltr';
    }
    result = compose(words, facts);
    byPack.set(pack, result);
  }
  return result;
}
