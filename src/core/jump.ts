/**
 * The first element matching `selector` near `from`: in the same shadow root
 * first (the guide keeps its parts there), else in the document.
 */
export function nearest(from: Node, selector: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  return root.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
}

/**
 * Takes the reader to the element with this id, where a plain #link cannot
 * reach into a shadow root. Focus goes to its heading (inside its shadow root
 * for an element), so a screen reader says a short name, not the whole
 * section; that also scrolls it into view. False if not found.
 */
export function jumpTo(from: Node, id: string): boolean {
  const section = nearest(from, `#${CSS.escape(id)}`);
  if (!section) return false;
  const target = (section.shadowRoot ?? section).querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? section;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}
