import { en } from './en.js';
import type { ContentPack } from './types.js';
import { warn } from '../core/warn.js';

export * from './types.js';
export { en };

const packs = new Map<string, ContentPack>([[en.lang, en]]);
const warnedLangs = new Set<string>();

/** Adds (or replaces) a content pack, keyed by its `lang`. */
export function registerContentPack(pack: ContentPack): void {
  packs.set(pack.lang.toLowerCase(), pack);
}

/**
 * The pack for a BCP 47 language tag: an exact match, else its primary
 * language ("en-GB" uses "en"), else English with one warning per tag.
 * An empty tag (`lang=""`, language unknown) uses English silently.
 */
export function contentPackFor(lang: string): ContentPack {
  const tag = lang.trim().toLowerCase();
  if (!tag) return en;
  const pack = packs.get(tag) ?? packs.get(tag.split('-')[0] ?? '');
  if (pack) return pack;
  if (!warnedLangs.has(tag)) {
    warnedLangs.add(tag);
    warn(
      `no content pack for lang="${lang}"; showing English. Available: ${[...packs.keys()].join(', ')}.`,
    );
  }
  return en;
}
