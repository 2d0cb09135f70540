import { VERSION } from '../version.js';

/**
 * Taking over a shadow tree rendered on the server (cramp-kit/ssr), in one
 * place for the server and the browser.
 *
 * The server marks each tree it renders with a comment, its first node:
 * `<!--cramp-kit 0.1.0 en 1x2y3z-->`, the version, the language and a
 * fingerprint of the element's attributes. The browser takes a tree over
 * (Lit's hydration: the same nodes, nothing rendered twice) only when that
 * mark is there and says this version, this language and these attributes,
 * and no script set a property before the element was defined. In every
 * other case the tree is only a first paint: the element renders afresh over
 * it, in the same task, so the reader sees no gap and no error. A tree whose
 * comments a minifier stripped, one a page's script changed the attributes
 * of, an old cached copy, one another tool wrote: all are rendered afresh.
 */

/** Attributes that say nothing about what is rendered: the ones cramp-kit and Lit's server renderer add and remove. */
const IGNORED = /^(defer-hydration|data-cramp-|hydrate-internals-)/;

/** A valid attribute name, as the server renders it (others are left out there, so here too). */
const NAME = /^[a-z_:][-a-z0-9_:.]*$/;

/** A language tag as it may stand in a comment: letters, digits and dashes, else "x" (never `-->` or markup). */
const safeLang = (lang: string): string => (/^[A-Za-z0-9-]{1,35}$/.test(lang) ? lang : 'x');

/**
 * A short fingerprint of the attributes an element is rendered from (FNV-1a,
 * 32 bits, in base 36), whatever their order. The same on the server and in
 * the browser.
 */
export function fingerprint(attributes: Iterable<readonly [string, string]>): string {
  const lines = [...attributes]
    .filter(([name]) => NAME.test(name) && !IGNORED.test(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  let hash = 0x811c9dc5;
  for (const char of lines.join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The text of the mark the server writes as a tree's first node (a comment: escape nothing, allow nothing). */
export const stamp = (lang: string, attributes: Iterable<readonly [string, string]>): string =>
  `cramp-kit ${VERSION} ${safeLang(lang)} ${fingerprint(attributes)}`;

/** An element's attributes, as name and value. */
const attributesOf = (host: Element): [string, string][] => host.getAttributeNames().map((name) => [name, host.getAttribute(name) ?? '']);

/**
 * True when a server-rendered tree is exactly what `host` would render now,
 * in `lang`: its mark says so. A tree rendered inside another cramp-kit
 * element's tree (the guide's sections, marked `defer-hydration` by the
 * server) has no mark of its own: it is its parent's to prove, and is taken
 * over when the parent takes its own tree over.
 */
export function isExactTree(root: ShadowRoot, host: Element, lang: string, nested: boolean): boolean {
  if (nested) return true;
  const first = root.firstChild;
  return first?.nodeType === Node.COMMENT_NODE && (first as Comment).data === stamp(lang, attributesOf(host));
}

/** Elements that a script gave properties before cramp-kit defined them: what they render is not what the server saw. */
const early = new WeakSet<Element>();

/**
 * Called just before a tag is defined: notes the server-rendered elements of
 * the page that already carry one of the element's properties (a script that
 * ran before the bundle set `checklist.value`, `card.hold`): their trees are
 * rendered afresh.
 */
export function noteEarlyProperties(tag: string, properties: readonly PropertyKey[]): void {
  if (typeof document === 'undefined') return;
  for (const el of document.querySelectorAll(tag)) {
    if (el.shadowRoot && properties.some((key) => Object.prototype.hasOwnProperty.call(el, key))) early.add(el);
  }
}

/** Whether a script set a property of `host` before it was defined (see `noteEarlyProperties`). */
export const setEarly = (host: Element): boolean => early.has(host);
