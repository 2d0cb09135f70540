/**
 * Writes `text` to the clipboard, at once: called in a click's handler, it
 * still counts as the reader's gesture. Resolves with whether it was written
 * (false where the browser refuses, or has no clipboard at all).
 */
export function toClipboard(text: string): Promise<boolean> {
  try {
    return navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Copying was refused: the box in `root` that holds the text (its textarea)
 * is focused and selected, to copy by hand, and the message (`.status`) and
 * the box are brought into view, below the fold on a phone (the box wins if
 * both do not fit).
 */
export function copyByHand(root: ParentNode): void {
  const area = root.querySelector('textarea');
  if (!area) return;
  area.focus({ preventScroll: true });
  area.select();
  root.querySelector('.status')?.scrollIntoView({ block: 'nearest' });
  area.scrollIntoView({ block: 'nearest' });
}
