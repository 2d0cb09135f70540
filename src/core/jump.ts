/**
 * Takes the reader to the element with this id: in the same shadow root as
 * `from` first (where a plain #link cannot reach), else in the document. It
 * moves focus there, which also scrolls it into view. False if not found.
 */
export function jumpTo(from: Node, id: string): boolean {
  const root = from.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(id) ?? document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return true;
}
