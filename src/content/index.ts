import {
  ABOUT_IDS,
  CARE_LEVELS,
  CAUSE_IDS,
  DURING_IDS,
  RISK_IDS,
  SIGN_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  STRUCTURE_IDS,
  TIP_IDS,
  type ContentPack,
  type PartialWords,
  type Words,
} from './types.js';
import { REVIEWED, SOURCES, TRANSLATED_SOURCES, sourceUrl, type FactParts } from './facts.js';
import { firstTime, warn } from '../warn.js';
import { bare } from './own.js';
import { isObject, isText, ownValue, walkShape } from './shape.js';

import { failed, onContentPack, registerContentPack, registry, shipped } from './registry.js';
import { shippedFor } from '../languages/tags.js';

export * from './types.js';
export { onContentPack, registerContentPack };

/** Languages warned about (the last 256: see firstTime). */
const warnedLangs = new Set<string>();
/** "No pack: English as built in". One object, so lookups of it can be cached. */
const NONE: PartialWords = Object.freeze(Object.create(null) as PartialWords);

/** A site's pack laid over cramp-kit's own pack for the same language, computed once per pair. */
const layered = new WeakMap<PartialWords, WeakMap<PartialWords, PartialWords>>();
function layer(base: unknown, over: unknown): unknown {
  if (base === undefined) return over;
  // What the site gets wrong keeps cramp-kit's own words for that language (the check against English reports it).
  if (!isObject(base) || !isObject(over)) return usable(base, over) ? over : base;
  const out = bare(base);
  for (const [key, value] of Object.entries(over)) out[key] = layer(ownValue(base, key), value);
  return out;
}

/** A site's value that can stand for cramp-kit's: text for text, a list with text for a list, a function for a function. */
function usable(base: unknown, over: unknown): boolean {
  if (typeof base === 'string') return isText(over);
  if (Array.isArray(base)) return Array.isArray(over) && over.some(isText);
  return typeof over === typeof base;
}

/**
 * The pack for a BCP 47 language tag: a site's registered pack (an exact
 * match, else its primary language: "fr-CA" uses "fr") laid over
 * cramp-kit's own pack for that language, where it ships one. English, or
 * an empty tag, needs none (an empty object). A language cramp-kit ships
 * whose file is not here (yet) is English, quietly; loading that file is not
 * content's business (languages/load.ts: `packFor` starts it, then asks
 * this). Any other language without a pack gets English too, with one
 * warning per tag (of the last 256 tags: a server meets endless languages).
 */
export function contentPackFor(lang: string): PartialWords {
  const tag = lang.trim().toLowerCase();
  const primary = tag.split('-')[0] ?? '';
  const site = registry.packs.get(tag) ?? registry.packs.get(primary);
  const file = shippedFor(tag);
  const key = file?.toLowerCase() ?? '';
  const own = shipped.get(key);
  if (site && own) {
    let bySite = layered.get(own);
    if (!bySite) layered.set(own, (bySite = new WeakMap()));
    let both = bySite.get(site);
    if (!both) bySite.set(site, (both = layer(own, site) as PartialWords));
    return both;
  }
  const pack = site ?? own;
  if (pack) return pack;
  if (file && !failed.has(key)) return NONE;
  if (tag && (file || primary !== 'en') && firstTime(warnedLangs, tag)) {
    warn(
      file
        ? `could not load cramp-kit's language file for lang="${lang}" (lang/${file}.js, beside cramp-kit's script); showing English.`
        : `no content pack for lang="${lang}"; showing English. Available: ${['en', ...new Set([...shipped.keys(), ...registry.packs.keys()])].join(', ')}.`,
    );
  }
  return NONE;
}

// ------------------------------------------------------------ merging words

/** Problems reported (the last 256: see firstTime). */
const reported = new Set<string>();
function report(lang: string, path: string, problem: string): void {
  const message = `content pack "${lang}": ${path} ${problem}; using English there.`;
  if (firstTime(reported, message)) warn(message);
}

// ------------------------------------------------------------ joining facts

const byId = <K extends string, V>(ids: readonly K[], make: (id: K) => V): Record<K, V> =>
  bare(Object.fromEntries(ids.map((id) => [id, make(id)]))) as Record<K, V>;

/** Whether a language tag is English ("en", "en-US"): English has its own words for what other packs may leave out. */
export const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);

/**
 * The words with the facts joined in: what the elements read. Only the
 * sections both the words and the facts have (an element brings the facts of
 * the sections it shows).
 */
function compose(w: Partial<Words>, f: FactParts): ContentPack {
  // Every object made here has no prototype (own.ts): an element reads only what the words and facts say.
  const out = bare(w, { reviewed: REVIEWED });
  const { sources, causes, risks, about, stretches, care, signs, tips, during, structures } = w;
  if (sources) {
    const primary = (w.lang ?? '').toLowerCase().split('-')[0] ?? '';
    out.sources = byId(SOURCE_IDS, (id) =>
      bare(sources[id], SOURCES[id], { url: sourceUrl(SOURCES[id], TRANSLATED_SOURCES[id]?.[primary]) }),
    );
  }
  const {
    causes: CAUSES,
    risks: RISKS,
    about: ABOUT,
    stretches: STRETCHES,
    signs: SIGNS,
    tips: TIPS,
    during: DURING,
    structures: STRUCTURES,
  } = f;
  if (causes && CAUSES) out.causes = byId(CAUSE_IDS, (id) => bare({ id }, causes[id], CAUSES[id]));
  if (risks && RISKS) out.risks = byId(RISK_IDS, (id) => bare(risks[id], RISKS[id]));
  if (about && ABOUT) out.about = byId(ABOUT_IDS, (id) => bare(about[id], ABOUT[id]));
  if (stretches && STRETCHES) out.stretches = byId(STRETCH_IDS, (id) => bare(stretches[id], STRETCHES[id]));
  if (care && signs && SIGNS) {
    out.care = byId(CARE_LEVELS, (level) => {
      const ids = SIGN_IDS.filter((id) => SIGNS[id].level === level);
      return bare(care[level], { signs: ids.map((id) => signs[id]), sources: ids.flatMap((id) => SIGNS[id].sources) });
    });
  }
  if (tips && TIPS) out.tips = TIP_IDS.map((id) => bare({ id, text: tips[id] }, TIPS[id]));
  if (during && DURING) {
    out.during = bare(during, { steps: DURING_IDS.map((id) => bare({ id, text: during.steps[id], sources: DURING[id] })) });
  }
  if (structures && STRUCTURES) out.structures = byId(STRUCTURE_IDS, (id) => bare({ id }, structures[id], STRUCTURES[id]));
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
    const words = walkShape(english, pack, '', (path, problem) => {
      report(lang, path, problem);
    }) as Partial<Words>;
    // A pack made before the timer's singular ("second") existed: in a language other than English, its own plural
    // beats an English word on its page.
    const { stretch } = words;
    const over = pack.stretch;
    if (stretch && isObject(over) && over.second === undefined && stretch.seconds !== english.stretch?.seconds && !isEnglish(lang)) {
      stretch.second = stretch.seconds;
    }
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
