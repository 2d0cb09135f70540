import type { ReactiveElement } from 'lit';
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

/** Marks the style the server writes into a tree rendered inside another's, for its load only (ssr.ts): taken out at takeover. */
export const PENDING = 'data-cramp-pending';

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

/**
 * After a takeover, the style the server wrote for the load (ssr.ts,
 * PENDING_STYLE) goes once the part is drawn: at once if it is, else when
 * the reader nears it. Taking a part over off the screen so lays nothing
 * out, and changes no size (it keeps the room it had while loading).
 */
function release(host: Element, tree: ShadowRoot): void {
  const style = tree.querySelector(`style[${PENDING}]`);
  if (!style) return;
  const drop = () => {
    style.remove();
  };
  // Left for later by the browser now: its next change of state is to drawn. (Safari before 17.4 cannot say: drawn.)
  const first = tree.querySelector(':not(style)') as Partial<Element> | null;
  if (first?.checkVisibility?.({ contentVisibilityAuto: true }) === false)
    host.addEventListener('contentvisibilityautostatechange', drop, { once: true });
  else drop();
}

/** Elements that have taken their server-rendered tree over: the cramp-kit elements rendered inside it may take theirs. */
const tookOver = new WeakSet<Element>();

/** Every property is what its attribute gives: no script set one before the first render (Lit's public property options). */
function asWritten(host: ReactiveElement): boolean {
  const ctor = host.constructor as typeof ReactiveElement;
  const self = host as unknown as Record<PropertyKey, unknown>;
  for (const [key, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false) continue;
    const written = host.getAttribute(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
    const given =
      options.type === Boolean ? written !== null : !written?.trim() ? undefined : options.type === Number ? Number(written) : written;
    const value = self[key];
    // Blank text is "not set", as its attribute gives it.
    if (!Object.is(typeof value === 'string' && !value.trim() ? undefined : (value ?? undefined), given)) return false;
  }
  return true;
}

/**
 * An element's server-rendered tree, from its first render root to its
 * first render. Rendered on the server inside another cramp-kit element's
 * tree (a guide's section), an element waits with `defer-hydration` for
 * that parent to take its own tree over, and is taken over with it.
 */
export class ServerTree {
  private tree: ShadowRoot | null = null;
  /** Rendered on the server inside another cramp-kit element's tree (see `connect`). */
  private nested = false;
  /** Waiting, on the page, for `defer-hydration` to go. */
  private deferred = false;

  constructor(private readonly host: ReactiveElement) {}

  /** For `createRenderRoot`: the tree the server rendered (a declarative shadow root), kept for the first render; else null. */
  root(): ShadowRoot | null {
    return (this.tree = this.host.shadowRoot);
  }

  /** True until the first render when the element has a tree rendered on the server. */
  get pending(): boolean {
    return this.tree !== null;
  }

  /** For `connectedCallback`: false while the element waits for a server-rendered parent (`defer-hydration`). */
  connect(): boolean {
    const { host } = this;
    // Only inside another element's tree: on the page itself (a copied tree), no parent would ever let it start.
    this.deferred = host.hasAttribute('defer-hydration') && host.getRootNode() instanceof ShadowRoot;
    if (this.deferred) this.nested = true;
    return !this.deferred;
  }

  /** For `attributeChangedCallback`: true when the parent took its tree over and removed `defer-hydration`, so the element starts now. */
  released(name: string, value: string | null): boolean {
    if (name !== 'defer-hydration' || value !== null || !this.deferred) return false;
    this.deferred = false;
    return true;
  }

  /**
   * For the first `update`, before Lit's: takes the tree over (the same
   * nodes, nothing rendered twice) when it is exactly what the element
   * renders now, with `hydrate` (its template into the tree); else clears it
   * in this same task, with no gap on screen and no error, and gives back
   * where the reader's focus was, for `refocus` once rendered afresh.
   * `lang`: the language it renders in now; `same()`: its own state is
   * still what the server rendered.
   */
  takeOver(lang: string, hydrate: (tree: ShadowRoot) => void, same: () => boolean, restyle: (tree: ShadowRoot) => void): number[] | null {
    const { tree, host } = this;
    this.tree = null;
    if (!tree) return null;
    try {
      const parent = (host.getRootNode() as ShadowRoot).host as Element | undefined;
      const parentTookOver = this.nested && parent !== undefined && tookOver.has(parent);
      const ctor = host.constructor as typeof ReactiveElement;
      if (isOwnTree(tree, host, lang, ctor.observedAttributes, parentTookOver) && same() && asWritten(host)) {
        hydrate(tree);
        release(host, tree);
        tookOver.add(host);
        return null;
      }
    } catch {
      // Not a tree Lit could take over after all: rendered afresh, below.
    }
    const focus = focusPath(tree);
    tree.replaceChildren();
    restyle(tree);
    return focus ?? [];
  }
}
