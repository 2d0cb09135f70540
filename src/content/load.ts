import { failed, loads, registry, shipped } from './registry.js';
import { shippedFor, type ShippedLang } from './shipped.js';
import { warn } from '../warn.js';

export { SHIPPED_LANGS, shippedFor, type ShippedLang } from './shipped.js';

/**
 * Each shipped language's file (one per tag in shipped.json), imported by a
 * path the builds keep: a bundler needs each import written out, and splits
 * each file into a chunk of its own; the CDN builds point them at their own
 * language files beside the script (rollup.config.mjs, which stops the build
 * if these and shipped.json ever differ), so nothing comes from anywhere else.
 */
const FILES: Partial<Record<ShippedLang, () => Promise<unknown>>> = {
  es: () => import('../lang/es.js'),
  'en-US': () => import('../lang/en-US.js'),
};

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
      : Promise.resolve(FILES[lang]?.()).then(
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
