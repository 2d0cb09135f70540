import { html, type TemplateResult } from 'lit';
import { TIPS } from '../../content/facts.js';
import { CrampElement } from '../../core/base.js';
import { deeper, heading } from '../../core/heading.js';
import type { PreventionTip } from '../../content/index.js';
import { styles } from './cramp-prevention-tips.styles.js';
import { shared } from '../../content/shared/en.js';
import { tips } from '../../content/tips/en.js';

const tick = html`<svg class="mark" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M4 12.5l5 5L20 6.5" /></svg>`;
const cross = html`<svg class="mark" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" /></svg>`;

/**
 * A do-and-don't list for preventing leg cramps, in the NHS style: each
 * "don't" says "Do not" in its own words, so meaning never rests on the tick
 * and cross icons (which are decorative) or on colour. Every tip is tied to a
 * cause and to its sources.
 *
 * @summary A do-and-don't list of ways to help prevent leg cramps.
 * @tagname cramp-prevention-tips
 *
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction.
 * @csspart do - The "Do" box.
 * @csspart dont - The "Don't" box.
 * @csspart list-heading - The heading of each box.
 * @csspart list - Each list.
 * @csspart tip - One tip.
 * @csspart sources - The sources line.
 * @csspart get-help - The "get help" lines before the footer (when used alone): a clot in one leg, today; sudden breathlessness, chest pain or collapse, the emergency number.
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).
 *
 * @cssprop [--cramp-tips-do-color=#1b6e3a / #7fd49b] - Colour of the ticks and the "Do" border.
 * @cssprop [--cramp-tips-dont-color=#b3261e / #ffb4ab] - Colour of the crosses and the "Don't" border.
 */
export class CrampPreventionTips extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...tips };

  static override facts = { tips: TIPS };

  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 1;

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const t = pack.prevention;
    const sub = deeper(level);
    const box = (kind: PreventionTip['kind'], title: string) =>
      html`<div part=${kind} class="box ${kind}">
        ${heading(sub, 'list-heading', title)}
        <ul part="list" class="list" role="list">
          ${pack.tips
            .filter((tip) => tip.kind === kind)
            .map(
              (tip) =>
                html`<li part="tip" class="tip" data-cause=${tip.cause}>${kind === 'do' ? tick : cross}<span>${tip.text}</span></li>`,
            )}
        </ul>
      </div>`;
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.title)}
      <p part="intro" class="intro">${t.intro}</p>
      <div class="boxes">${box('do', t.doTitle)} ${box('dont', t.dontTitle)}</div>
      ${this.footer(pack.tips.flatMap((tip) => tip.sources))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-prevention-tips': CrampPreventionTips;
  }
}
