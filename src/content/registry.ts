import type { PartialWords } from './types.js';
import { warn } from '../warn.js';
import { own } from './own.js';

/**
 * The content packs on a page: the ones cramp-kit ships (its language files,
 * `lang/es.js`, `lang/en-US.js`) and the ones a site registers. This module
 * is all a language file needs, so each file stays small and loads alone.
 */
interface Registry {
  /** Packs a site registered (registerContentPack), by lower-case tag. */
  packs: Map<string, PartialWords>;
  /** Packs of cramp-kit's own language files, by lower-case tag. A site's pack for the same tag is laid over one. */
  shipped?: Map<string, PartialWords>;
  /** cramp-kit's language files asked for on this page: resolves true once the file has registered its pack, false if it failed. */
  loads?: Map<string, Promise<boolean>>;
  /** cramp-kit's language files that could not be loaded on this page. */
  failed?: Set<string>;
  /** What every element on a page is told when a pack is added. */
  listeners: Set<() => void>;
}

// One registry for every copy of cramp-kit on a page (the CDN bundle, element
// files, language files), so a pack registered by one reaches all of them.
const KEY = Symbol.for('cramp-kit:content-packs');
const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
export const registry: Registry = (scope[KEY] ??= { packs: new Map<string, PartialWords>(), listeners: new Set<() => void>() });
// Fields an older copy of cramp-kit on the same page did not make.
export const shipped = (registry.shipped ??= new Map<string, PartialWords>());
export const loads = (registry.loads ??= new Map<string, Promise<boolean>>());
export const failed = (registry.failed ??= new Set<string>());

const isPack = (pack: unknown): pack is PartialWords & { lang: string } =>
  typeof pack === 'object' &&
  pack !== null &&
  typeof (pack as { lang?: unknown }).lang === 'string' &&
  (pack as { lang: string }).lang.trim() !== '';

function add(into: Map<string, PartialWords>, pack: PartialWords & { lang: string }): void {
  into.set(pack.lang.trim().toLowerCase(), pack);
  // Elements already on the page take the new words at once, whatever the load order.
  for (const listener of registry.listeners) listener();
}

/** Calls `listener` whenever a content pack is registered; returns a function that stops it. */
export function onContentPack(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => {
    registry.listeners.delete(listener);
  };
}

/**
 * Adds (or replaces) a content pack, keyed by its `lang`. A pack holds words
 * only and may be partial at any depth: whatever it leaves out (a section, a
 * cause, one field of it) is taken from cramp-kit's own pack for that
 * language where it ships one (Spanish, US English), else from English (a
 * list it gives replaces the list whole), so a missing translation never
 * breaks an element. What it gets wrong (text that is not text, an unknown
 * id, a clinical fact such as a source's address) is left out, with one
 * console warning naming where, when an element first uses the pack. The
 * pack is copied as it is now (its own data, no prototype): to change it,
 * register it again. One that cannot be read is ignored, with a warning.
 */
export function registerContentPack(pack: PartialWords & { lang: string }): void {
  // Its data, read once: what the page changes later (or registers again, edited) is a new copy, and a getter or a
  // Proxy that throws, or a pack that holds itself, fails here and nowhere else.
  let copy: unknown;
  try {
    copy = own(pack);
  } catch {
    warn('registerContentPack: the pack could not be read (a getter or a Proxy in it threw, or it holds itself); ignored.');
    return;
  }
  if (!isPack(copy)) {
    warn('registerContentPack: a pack needs a "lang" (a language tag such as "es"); ignored.');
    return;
  }
  add(registry.packs, copy);
}

/** Registers the pack of one of cramp-kit's own language files (src/lang/). */
export function registerShippedPack(pack: PartialWords & { lang: string }): void {
  add(shipped, pack);
}
