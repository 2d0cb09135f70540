import { VERSION } from '../version.js';

/**
 * Taking over a shadow tree rendered on the server (cramp-kit/ssr), in one
 * place for the server and the browser.
 *
 * The server marks each tree it renders with a comment, its first node:
 * `<!--cramp-kit 0.1.0 en 1x2y3z-->`, the version, the language and a
 * fingerprint of the attributes the element renders from. The browser takes
 * a tree over (Lit's hydration: the same nodes, nothing rendered twice) only
 * when that mark says this version, this language and these attributes, the
 * tree still has Lit's markers, and every property is what its attribute
 * gives (no script set one before the first render). A tree inside another
 * cramp-kit element's tree (the guide's sections) has no mark of its own: it
 * is taken over only when that parent has just taken its own over. In every
 * other case the tree is only a first paint: the element renders afresh over
 * it, in the same task, so the reader sees no gap and no error. A tree whose
 * comments a minifier stripped, one a page's script changed the attributes
 * of, an old cached copy, one another tool wrote: all are rendered afresh.
 */

/** A valid attribute name, as the server renders it (others are left out there, so here too). */
export const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

/**
 * A language tag as it may stand in a comment: letters, digits and dashes as
 * they are, anything else as `_` and its code in hex, so no two tags share a
 * mark and nothing of the tag can end the comment or start markup.
 */
const safeLang = (lang: string): string => lang.replace(/[^A-Za-z0-9-]/g, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}`);

/**
 * A short fingerprint of the attributes an element renders from: the ones it
 * observes, and `lang` (FNV-1a, 32 bits, in base 36), whatever their order.
 * A page's own `class`, `style` or `data-*` attributes change nothing. The
 * same on the server and in the browser.
 */
export function fingerprint(attributes: Iterable<readonly [string, string]>, observed: readonly string[]): string {
  const lines = [...attributes]
    .filter(([name]) => ATTRIBUTE_NAME.test(name) && name !== 'defer-hydration' && (name === 'lang' || observed.includes(name)))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  let hash = 0x811c9dc5;
  for (const char of lines.join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The text of the mark the server writes as a tree's first node. */
export const stamp = (lang: string, attributes: Iterable<readonly [string, string]>, observed: readonly string[]): string =>
  `cramp-kit ${VERSION} ${safeLang(lang)} ${fingerprint(attributes, observed)}`;

/** An element's attributes, as name and value. */
const attributesOf = (host: Element): [string, string][] => host.getAttributeNames().map((name) => [name, host.getAttribute(name) ?? '']);

/** Lit's markers are there (a minifier that strips comments takes them, and Lit could not take the tree over). */
const hasLitMarkers = (root: ShadowRoot): boolean =>
  [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));

/**
 * True when a server-rendered tree is exactly what `host` renders now, in
 * `lang`, from the attributes it observes: its mark says so (or its
 * cramp-kit parent has just taken its own tree over), and Lit's markers are
 * there.
 */
export function isOwnTree(root: ShadowRoot, host: Element, lang: string, observed: readonly string[], parentTookOver: boolean): boolean {
  if (!hasLitMarkers(root)) return false;
  if (parentTookOver) return true;
  const first = root.firstChild;
  return first?.nodeType === Node.COMMENT_NODE && (first as Comment).data === stamp(lang, attributesOf(host), observed);
}

/** An element's children that are content: not the styles a server tree carries and a fresh one adopts. */
const content = (parent: Element | ShadowRoot): Element[] => [...parent.children].filter((child) => child.localName !== 'style');

/** Where the focused element sits in a tree (its index among its parent's elements, from the root down), to focus its twin after a fresh render. */
export function focusPath(root: ShadowRoot): number[] | null {
  const path: number[] = [];
  for (let el = root.activeElement; el; el = el.parentElement) path.unshift(content(el.parentElement ?? root).indexOf(el));
  return path.length ? path : null;
}

/** The element at `path` in a tree, if there is one there now. */
export function atPath(root: ShadowRoot, path: readonly number[]): HTMLElement | null {
  let el: Element | ShadowRoot | undefined = root;
  for (const index of path) el = el ? content(el)[index] : undefined;
  return el instanceof HTMLElement ? el : null;
}
