import type { ContentPack } from './types.js';
import { warn } from '../core/warn.js';

export * from './types.js';

/**
 * Content packs that sites add for other languages (or to change English
 * words). English itself is built into the elements, part by part, so a page
 * downloads only the words of the elements it uses.
 */
const packs = new Map<string, PartialPack>();

/** A pack that may leave out whole sections, or some entries of a section. */
export type PartialPack = {
  [K in keyof ContentPack]?: ContentPack[K] extends readonly unknown[] | string ? ContentPack[K] : Partial<ContentPack[K]>;
};
const warnedLangs = new Set<string>();
/** What every element on a page is told when a pack is added. */
const listeners = new Set<() => void>();
/** "No pack: English as built in". One object, so lookups of it can be cached. */
const NONE: PartialPack = Object.freeze({});

/** Calls `listener` whenever a content pack is registered; returns a function that stops it. */
export function onContentPack(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Adds (or replaces) a content pack, keyed by its `lang`. A pack may be
 * partial: whatever it leaves out (a section, a cause, a string) is taken from
 * English, so a missing translation never breaks an element.
 */
export function registerContentPack(pack: PartialPack & { lang: string }): void {
  packs.set(pack.lang.toLowerCase(), pack);
  // Elements already on the page take the new words at once, whatever the load order.
  for (const listener of listeners) listener();
}

/**
 * The registered pack for a BCP 47 language tag: an exact match, else its
 * primary language ("fr-CA" uses "fr"). English, or an empty tag, needs none
 * (an empty object). Any other language without a pack gets English too, with
 * one warning per tag.
 */
export function contentPackFor(lang: string): PartialPack {
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

const merged = new WeakMap<object, WeakMap<object, ContentPack>>();

/**
 * English parts with a registered pack laid over them, section by section
 * (one level deep), computed once per pair.
 */
export function withEnglish(english: PartialPack, pack: PartialPack): ContentPack {
  let byPack = merged.get(english);
  if (!byPack) merged.set(english, (byPack = new WeakMap()));
  let result = byPack.get(pack);
  if (!result) {
    const out: Record<string, unknown> = { ...english };
    for (const [key, value] of Object.entries(pack)) {
      const base = out[key];
      out[key] =
        base && typeof base === 'object' && !Array.isArray(base) && value && typeof value === 'object' && !Array.isArray(value)
          ? { ...base, ...value }
          : value;
    }
    result = out as unknown as ContentPack;
    byPack.set(pack, result);
  }
  return result;
}
