import { en } from './en.js';
import type { ContentPack } from './types.js';
import { warn } from '../core/warn.js';

export * from './types.js';
export { en };

const packs = new Map<string, ContentPack>([[en.lang, en]]);
const warnedLangs = new Set<string>();

/**
 * Adds (or replaces) a content pack, keyed by its `lang`. A pack may be
 * partial: whatever it leaves out (a section, a cause, a string) is taken from
 * English, so a missing translation never breaks an element.
 */
export function registerContentPack(pack: Partial<ContentPack> & { lang: string }): void {
  const merged: Record<string, unknown> = { ...en };
  for (const [key, value] of Object.entries(pack) as [keyof ContentPack, unknown][]) {
    const base = en[key];
    merged[key] =
      typeof base === 'object' && !Array.isArray(base) && typeof value === 'object' && value
        ? { ...base, ...value }
        : value;
  }
  packs.set(pack.lang.toLowerCase(), merged as unknown as ContentPack);
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
