import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistItemId, ContentPack } from '../../content/index.js';
import { deeper, heading, type HeadingLevel } from '../../core/heading.js';
import { jumpTo, nearest } from '../../core/jump.js';
import { withNumber } from '../../core/number.js';
import { lessCertainBadge } from '../../core/badge.js';
import type { CrampCauseExplainer } from '../cramp-cause-explainer/cramp-cause-explainer.js';
import { actions, type Summary } from './summary.js';

const noticeIcon = html`<svg part="notice-icon" class="notice-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/><circle cx="12" cy="17" r="1.4" fill="currentColor"/></svg>`;

/** What the checklist's live summary is rendered from. */
export interface SummaryView {
  /** The checklist: the cause explainer and care advice are looked up from it, on its page or in its guide. */
  host: HTMLElement;
  pack: ContentPack;
  /** The level of the summary's heading. */
  level: HeadingLevel;
  checked: ReadonlySet<ChecklistItemId>;
  result: Summary;
  /** The emergency number, checked ("" for "your local emergency number"). */
  number: string;
  /** The footer, when the checklist is used alone. */
  footer: TemplateResult | typeof nothing;
}

/**
 * The live summary: how soon to get help (the notice: what to do at once, the
 * emergency line, a link to the care advice on the page), the causes that
 * may fit, each with what may help and a link to it in the cause explainer
 * on the page, and "not a diagnosis".
 */
export function summaryView({ host, pack, level, checked, result, number, footer }: SummaryView): TemplateResult {
  const c = pack.checklist;
  // The explainer and care advice on the same page (or in the same guide), if any.
  const explainer = result.causes.length ? (nearest(host, 'cramp-cause-explainer') as CrampCauseExplainer | null) : null;
  const careId = result.seeProfessional ? (nearest(host, 'cramp-care-advice[id]')?.id ?? '') : '';
  const body = !checked.size
    ? html`<p class="muted">${c.summaryEmpty}</p>`
    : !result.causes.length
      ? html`<p>${c.summaryNone}</p>`
      : html`<ol part="causes" class="causes" role="list">
          ${result.causes.map(({ id, count }) => {
            const cause = pack.causes[id];
            return html`<li part="cause" class="cause">
              ${heading(deeper(level), 'cause-heading', cause.title)}
              <p part="count" class="count muted">
                ${c.answers(count)}${
                  cause.certainty === 'less-certain' ? lessCertainBadge(pack.explainer.lessCertain, pack.listSeparator) : ''
                }
              </p>
              <p class="helps">${c.helps}</p>
              <ul part="tips" class="tips">
                ${cause.helps.map((tip) => html`<li>${tip}</li>`)}
              </ul>
              ${
                typeof explainer?.hasCause === 'function' && explainer.hasCause(id)
                  ? html`<button
                    part="more"
                    type="button"
                    class="btn more"
                    @click=${() => {
                      void explainer.show(id);
                    }}
                  >
                    ${c.more(cause.title)}
                  </button>`
                  : nothing
              }
            </li>`;
          })}
        </ol>`;
  return html`<div part="summary" class="summary">
    ${heading(level, 'summary-heading', c.summaryTitle)}
    ${
      result.careLevel
        ? html`<div part="notice" class="notice" id="notice" data-level=${result.careLevel}>
          ${noticeIcon}
          <div>
            ${heading(
              deeper(level),
              'notice-heading',
              html`<span class="visually-hidden">${c.noticePrefix}</span>${c.notice[result.careLevel].title}`,
            )}
            ${actions(checked, pack).map((line) => html`<p class="action"><strong>${line}</strong></p>`)}
            ${c.notice[result.careLevel].body.map((line) => html`<p>${line}</p>`)}
            <p class="emergency">${withNumber(c.noticeEmergency, number, pack.localNumber)}</p>
            ${
              careId
                ? html`<p>
                  <a
                    href="#${careId}"
                    @click=${(e: Event) => {
                      if (jumpTo(host, careId)) e.preventDefault();
                    }}
                    >${c.noticeCare}</a
                  >
                </p>`
                : nothing
            }
          </div>
        </div>`
        : nothing
    }
    ${body}
    <p part="disclaimer" class="disclaimer muted">${c.notDiagnosis}</p>
    ${footer}
  </div>`;
}
