import { html, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { heading } from '../../core/heading.js';
import { styles } from './cramp-diary.styles.js';
import { shared } from '../../content/shared/en.js';

/** Its words, until they move to the content (a folder of its own in src/content/, with their sources). */
const WORDS = { title: 'Diary' };

/**
 * Diary.
 *
 * @summary Diary.
 * @tagname cramp-diary
 *
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart sources - The sources line in the footer.
 * @csspart get-help - The "get help" lines before the footer (when used alone).
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line.
 */
export class CrampDiary extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared };

  protected override render(): TemplateResult {
    const { pack, level } = this;
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', WORDS.title)}
      ${this.footer([])}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-diary': CrampDiary;
  }
}
