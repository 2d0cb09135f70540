import { failed, loads, registry, shipped } from './registry.js';
import { warn } from '../core/warn.js';

/**
 * The languages cramp-kit ships beside English, each in a file of its own
 * (CDN: `dist/cdn/lang/<tag>.js`; npm: `cramp-kit/lang/<tag>.js`). An element
 * whose language is one of these loads its file when it first needs it.
 */
export const SHIPPED_LANGS = ['es', 'en-US'] as const;
export type ShippedLang = (typeof SHIPPED_LANGS)[number];

/**
 * Each file, imported by a path the builds keep: a bundler splits each into
 * a chunk of its own; the CDN builds point them at their own language files
 * beside the script (rollup.config.mjs), so nothing comes from anywhere else.
 */
const FILES: Record<ShippedLang, () => Promise<unknown>> = {
  es: () => import('../lang/es.js'),
  'en-US': () => import('../lang/en-US.js'),
};

/** The shipped language that serves a tag: an exact match ("en-US"), else its primary language ("es-MX" is "es"). */
export function shippedFor(tag: string): ShippedLang | undefined {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split('-')[0];
  return SHIPPED_LANGS.find((lang) => lang.toLowerCase() === lower) ?? SHIPPED_LANGS.find((lang) => lang === primary);
}

/** A language file that could not be loaded, or registered nothing: the elements waiting for it look again, show English and say why. */
function fail(key: string): false {
  failed.add(key);
  for (const listener of registry.listeners) listener();
  return false;
}

/**
 * Loads a shipped language's file, once per page (every copy of cramp-kit on
 * the page shares the registry). Resolves true once its pack is registered,
 * false if the file could not be loaded.
 */
export function loadLang(lang: ShippedLang): Promise<boolean> {
  const key = lang.toLowerCase();
  let loading = loads.get(key);
  if (!loading) {
    loading = shipped.has(key)
      ? Promise.resolve(true)
      : FILES[lang]().then(
          () => shipped.has(key) || fail(key),
          () => fail(key),
        );
    loads.set(key, loading);
  }
  return loading;
}

/** A shipped language whose file is on its way: its promise; else undefined (registered, failed, or not shipped). */
export function loadingFor(tag: string): Promise<boolean> | undefined {
  const key = shippedFor(tag)?.toLowerCase();
  return key && !shipped.has(key) && !failed.has(key) ? loads.get(key) : undefined;
}

const late = new Set<string>();

/**
 * An element waited `seconds` for the file of its language (`tag`), and it is
 * still on its way: the element shows English, which one warning per file says,
 * naming it. Should the file come later, the elements change to it then.
 */
export function lateLang(tag: string, seconds: number): void {
  const file = shippedFor(tag);
  if (!file || late.has(file)) return;
  late.add(file);
  warn(
    `cramp-kit's language file for lang="${tag}" (lang/${file}.js, beside cramp-kit's script) has not come after ${String(seconds)} s; showing English until it does.`,
  );
}
