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
 * Copying was refused: the box in `root` that holds the text (its
 * `textarea.fallback`) is focused and selected, to copy by hand, and the message (`.status`) and
 * the box are brought into view, below the fold on a phone (the box wins if
 * both do not fit).
 */
export function copyByHand(root: ParentNode): void {
  const area = root.querySelector<HTMLTextAreaElement>('textarea.fallback');
  if (!area) return;
  area.focus({ preventScroll: true });
  area.select();
  root.querySelector('.status')?.scrollIntoView({ block: 'nearest' });
  area.scrollIntoView({ block: 'nearest' });
}

/** What `copyText` says: copying started, it worked, or it was refused (with the text to copy by hand). */
export type CopyState = { copied: null } | { copied: true } | { copied: false; text: string };

/**
 * Copies `text` from a click: `show` hears that it started (to empty the
 * message first, so that copying twice is said twice), then whether it
 * worked. Refused, the text is shown in the host's textarea, then focused
 * and selected to copy by hand (see `copyByHand`).
 */
export async function copyText(
  host: { readonly updateComplete: Promise<boolean>; readonly renderRoot: ParentNode },
  text: string,
  show: (state: CopyState) => void,
): Promise<void> {
  const ok = toClipboard(text);
  show({ copied: null });
  await host.updateComplete;
  const copied = await ok;
  show(copied ? { copied } : { copied, text });
  if (copied) return;
  await host.updateComplete;
  copyByHand(host.renderRoot);
}
