import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

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

/** The element a CopyBox serves: it renders the box, and says messages in its status line (`.status`). */
export type CopyHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * "Copy summary" and its box to copy by hand, for an element's summary
 * (the checklist's, the diary's). `copy` writes the text from a click, and
 * `say` hears that copying started (an empty message first, so that copying
 * twice is said twice), then whether it worked. Refused, `view` shows the
 * text in a box, focused and selected to copy by hand (see `copyByHand`),
 * until `clear`.
 */
export class CopyBox {
  /** The text to copy by hand, after the clipboard refused it; '' otherwise. */
  private text = '';

  constructor(
    private readonly host: CopyHost,
    private readonly say: (message: string) => void,
  ) {}

  async copy(text: string, words: { copied: string; copyFailed: string }): Promise<void> {
    const ok = toClipboard(text);
    this.say('');
    await this.host.updateComplete;
    const copied = await ok;
    this.text = copied ? '' : text;
    // The message changes (it was emptied), so the host renders the box with it.
    this.say(copied ? words.copied : words.copyFailed);
    if (copied) return;
    await this.host.updateComplete;
    copyByHand(this.host.renderRoot);
  }

  /** Takes the box away (the text it holds is out of date). */
  clear(): void {
    this.text = '';
    this.host.requestUpdate();
  }

  /** The box (`part="fallback"`), named `label` and described by the status line with id `status`; nothing unless copying was refused. */
  view(label: string, status: string): TemplateResult | typeof nothing {
    return this.text
      ? html`<textarea part="fallback" class="fallback" readonly rows="8" aria-label=${label} aria-describedby=${status} .value=${this.text}></textarea>`
      : nothing;
  }
}
