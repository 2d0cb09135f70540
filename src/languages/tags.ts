import list from './shipped.json';

/**
 * Which language a node speaks, and which of cramp-kit's language files
 * serves it: two pure functions that the elements (core/lang.ts), the server
 * (ssr.ts) and the autoloader all decide with, so the three never disagree.
 * This module imports nothing but the list, so the autoloader can have it.
 *
 * The languages cramp-kit ships beside English, each in a file of its own
 * (CDN: `dist/cdn/lang/<tag>.js`; npm: `cramp-kit/lang/<tag>.js`), are listed
 * once, in `shipped.json`: the builds (the import of each file, each file's
 * size budget), the server, the autoloader and the tests all read that list.
 *
 * - `tag`: the language tag, as its file is named (`src/lang/<tag>.ts`).
 * - `name`: what the size budgets call it.
 * - `budget`: its CDN file's size budget, brotli.
 */
export interface ShippedLanguage {
  tag: string;
  name: string;
  budget: string;
}

/** A shipped language's tag, as written in `shipped.json` ("en-US"). */
export type ShippedLang = string;

/** Every shipped language's tag, in the list's order. */
export const SHIPPED_LANGS: readonly ShippedLang[] = (list as ShippedLanguage[]).map((lang) => lang.tag);

/**
 * The shipped language that serves a tag: an exact match in any case
 * ("EN-us" is "en-US"), else its primary language ("es-MX" is "es");
 * undefined when none does ("en-GB", "fr", "").
 */
export function shippedFor(tag: string): ShippedLang | undefined {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split('-')[0];
  return SHIPPED_LANGS.find((lang) => lang.toLowerCase() === lower) ?? SHIPPED_LANGS.find((lang) => lang === primary);
}

/**
 * The language of `node`: its own `lang`, else the nearest ancestor's, as
 * written (`lang=""` counts: it says "unknown", and stops the search), else
 * "" (unknown). `own(node)` reads a node's `lang` attribute (null or
 * undefined when it has none), and `up(node)` gives the node above it; each
 * kind of tree brings its two readers (the page's: `elementLang`; the
 * server's parsed HTML: ssr.ts).
 */
export function langOf<N>(
  node: N | null | undefined,
  own: (node: N) => string | null | undefined,
  up: (node: N) => N | null | undefined,
): string {
  for (let at = node; at; at = up(at)) {
    const lang = own(at);
    if (lang !== null && lang !== undefined) return lang;
  }
  return '';
}

/** What `elementLang` reads of a node of the page (a DOM `Node`): only the platform's own fields. */
interface PageNode {
  readonly nodeType: number;
  readonly parentNode: PageNode | null;
  getAttribute?(name: string): string | null;
  /** A shadow root's element. */
  readonly host?: PageNode;
}

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The language of an element on the page: `langOf` up its ancestors,
 * crossing shadow roots to their hosts (a part inside the guide speaks the
 * guide's language, and the page's).
 */
export const elementLang = (element: PageNode): string =>
  langOf(
    element,
    (node) => (node.nodeType === ELEMENT_NODE ? node.getAttribute?.('lang') : null),
    // A shadow root is the one document fragment with a host; an element's `host` (a link's) is not a node.
    (node) => (node.nodeType === DOCUMENT_FRAGMENT_NODE && node.host ? node.host : node.parentNode),
  );
