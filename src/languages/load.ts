/**
 * Loading cramp-kit's own language files (src/lang/), once per page, and the
 * pack for a tag that starts its file's load: what the elements and
 * `contentPackFor` of cramp-kit/content.js use. The content (src/content/)
 * only holds the words and looks packs up; it loads nothing.
 */
import { failed, loads, registry, shipped } from '../content/registry.js';
import { contentPackFor, type PartialWords } from '../content/index.js';
import { shippedFor, type ShippedLang } from './tags.js';
import { warn } from '../warn.js';

/**
 * A shipped language's file. `file` is always a tag of shipped.json (from
 * `shippedFor`), never text from the page. Here, in the tests, it is the file
 * beside this folder; the builds write out one import per tag of shipped.json
 * in its place (rollup.config.mjs: a bundler needs each import written out to
 * split each file into a chunk of its own, and the CDN builds point them at
 * their own language files beside the script), so the list is never written
 * twice.
 */
const importFile = (file: ShippedLang): Promise<unknown> => import(`../lang/${file}.js`);

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
      : Promise.resolve(shippedFor(lang) === lang ? importFile(lang) : undefined).then(
          () => shipped.has(key) || fail(key),
          () => fail(key),
        );
    loads.set(key, loading);
  }
  return loading;
}

/**
 * The pack for a language tag (content's `contentPackFor`), and, for a
 * language cramp-kit ships whose file is not here yet, the start of its load,
 * once per page: English until it arrives (the elements are told then).
 */
export function packFor(tag: string): PartialWords {
  const file = shippedFor(tag);
  // Once per page: loadLang keeps each load, finished or failed, and starts none twice.
  if (file) void loadLang(file);
  return contentPackFor(tag);
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
