import { html, type TemplateResult } from 'lit';
import { SIGNS } from '../../content/facts.js';
import { CrampElement } from '../../core/base.js';
import { deeper, heading } from '../../core/heading.js';
import { withNumber } from '../../core/number.js';
import { CARE_LEVELS, type CareLevel } from '../../content/index.js';
import { styles } from './cramp-care-advice.styles.js';
import { shared } from '../../content/shared/en.js';
import { care } from '../../content/care/en.js';
import { themeSlottedLinks } from '../../core/page-links.js';

const icon = (d: string) =>
  html`<svg part="icon" class="icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;

/** A different shape per level, so levels never differ by colour alone. */
const icons: Record<CareLevel, TemplateResult> = {
  // A warning triangle.
  emergency: icon('M12 2.5L23 21.5H1ZM12 9v6M12 18v.5'),
  // A clock: today.
  urgent: icon('M12 2a10 10 0 1 0 .01 0ZM12 6v6l4 3'),
  // A calendar: book a visit.
  soon: icon('M3 5h18v16H3ZM3 10h18M8 2v5M16 2v5'),
};

/**
 * When and where to get help with leg cramps, at three levels modelled on NHS
 * care cards: call the emergency number now, get medical help today, see a
 * doctor soon. Each level has a heading that screen readers hear with its
 * level ("Urgent advice: ..."), the signs that belong to it and what to do.
 * Levels differ by icon, words and border, not by colour alone.
 *
 * @summary When to get help: emergency, urgent and non-urgent care advice.
 * @tagname cramp-care-advice
 *
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), shown as a call link. Default: "your local emergency number", with no number built in.
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @slot contact - The site's own contact or booking details (its links and styles stay its own).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction.
 * @csspart level - One level's card (with `emergency`, `urgent` or `soon` beside it).
 * @csspart emergency - The emergency card.
 * @csspart urgent - The urgent card.
 * @csspart soon - The see-a-doctor-soon card.
 * @csspart icon - A level's icon.
 * @csspart level-heading - A level's heading.
 * @csspart signs - A level's list of signs.
 * @csspart action - What to do.
 * @csspart number - The emergency number link.
 * @csspart contact - The box around the contact slot (unstyled, and of no height while the slot is empty).
 * @csspart sources - The sources line.
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).
 *
 * @cssprop [--cramp-care-emergency-color=#b3261e / #ffb4ab] - Border and icon colour of the emergency level.
 * @cssprop [--cramp-care-urgent-color=#8a4600 / #ffb870] - Border and icon colour of the urgent level.
 * @cssprop [--cramp-care-soon-color=var(--cramp-color-accent)] - Border and icon colour of the see-a-doctor-soon level.
 */
export class CrampCareAdvice extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...care };

  static override facts = { signs: SIGNS };

  /** The care advice is the whole safety net: it needs no "get help" lines of its own. */
  static override safetyNet = false;

  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 1;

  override connectedCallback(): void {
    super.connectedCallback();
    themeSlottedLinks(this.ownerDocument);
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const t = pack.careText;
    const sub = deeper(level);
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.title)}
      <p part="intro" class="intro">${t.intro}</p>
      ${CARE_LEVELS.map((id) => {
        const advice = pack.care[id];
        return html`<div part="level ${id}" class="level ${id}">
          ${icons[id]}
          <div class="text">
            ${heading(sub, 'level-heading', html`<span class="visually-hidden">${advice.prefix}</span>${advice.title}`)}
            <p>${advice.intro}</p>
            <ul part="signs" class="signs">
              ${advice.signs.map((sign) => html`<li>${sign}</li>`)}
            </ul>
            <p part="action" class="action">${withNumber(advice.action, this.number, pack.localNumber)}</p>
          </div>
        </div>`;
      })}
      <div part="contact" class="contact"><slot name="contact"></slot></div>
      ${this.footer(CARE_LEVELS.flatMap((id) => pack.care[id].sources))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-care-advice': CrampCareAdvice;
  }
}
