import { adoptStyles, type CSSResultOrNative } from 'lit';
import { sheetFor } from './sheets.js';

/** Sheets made for another document (an iframe's), one set per document and style list. */
const made = new WeakMap<Document, WeakMap<CSSResultOrNative[], CSSStyleSheet[]>>();

const textOf = (style: CSSResultOrNative): string =>
  'cssText' in style ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n');

/**
 * Gives a shadow root its styles again after its host moved to another
 * document (`adoptNode`, or an append into an iframe): browsers drop
 * constructed sheets made by another document, and lit only adopts them once.
 * At home, lit's own sheets go back; elsewhere, copies made by that document.
 */
export function restyle(host: Element, root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = host.ownerDocument;
  if (doc === document) {
    adoptStyles(root, styles);
    return;
  }
  let byStyles = made.get(doc);
  if (!byStyles) made.set(doc, (byStyles = new WeakMap()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    const copies = styles.map((style) => sheetFor(doc, textOf(style)));
    // A document without constructed sheets (no window): nothing to give it.
    if (copies.some((sheet) => sheet === null)) return;
    sheets = copies as CSSStyleSheet[];
    byStyles.set(styles, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

/**
 * A new shadow root with its styles. At home, Lit's own (`own()`); in another
 * document (an iframe's, for an element made here and first put on the page
 * there), Lit's sheets would be refused: that document gets copies of its own.
 */
export function renderRoot(
  host: HTMLElement,
  styles: CSSResultOrNative[],
  own: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  if (host.ownerDocument === document) return own();
  const root = host.attachShadow({ mode: 'open' });
  restyle(host, root, styles);
  return root;
}

/**
 * Firefox (ESR 140) gives an element moved into another window's document
 * (an iframe's) that window's plain prototype: its class, and every method
 * with it, is gone, though the browser still calls its lifecycle callbacks.
 * The element gets its class back, from the registry that defined it.
 */
export function keepClass(host: HTMLElement): void {
  const definition = customElements.get(host.localName);
  if (definition && !(host instanceof definition)) Object.setPrototypeOf(host, definition.prototype as object);
}
