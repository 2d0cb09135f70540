import { html, type TemplateResult } from 'lit';
import { ABOUT_IDS, CAUSE_IDS, RISK_IDS, type ChecklistItemId, type ContentPack, type RiskId } from '../../content/index.js';
import { RISKS } from '../../content/facts.js';
import { serverSafe } from '../../core/server.js';

/** What the checklist's questions are rendered from. */
export interface QuestionsView {
  pack: ContentPack;
  checked: ReadonlySet<ChecklistItemId>;
  /** A disabled form or fieldset around the checklist disables its boxes. */
  disabled: boolean;
  /** A reader ticked or cleared a box. */
  toggle: (id: ChecklistItemId, on: boolean) => void;
}

/**
 * The questions, a fieldset each: about the cramps, about you, then one per
 * cause group ("Could it be …?"), every box described by the "tick all that
 * apply" hint (`#hint`).
 */
export function questionsView({ pack, checked, disabled, toggle }: QuestionsView): TemplateResult {
  const c = pack.checklist;
  const item = (id: ChecklistItemId, label: string) =>
    html`<label part="item" class="item">
      <input
        part="checkbox"
        type="checkbox"
        value=${id}
        .checked=${serverSafe(checked.has(id))}
        @change=${(e: Event) => {
          toggle(id, (e.target as HTMLInputElement).checked);
        }}
      /><span>${label}</span>
    </label>`;
  const group = <Id extends ChecklistItemId>(legend: string, ids: readonly Id[], labelOf: (id: Id) => string, name = '') =>
    html`<fieldset part="group" class=${name ? `group ${name}` : 'group'} ?disabled=${disabled} aria-describedby="hint">
      <legend part="legend">${legend}</legend>
      ${ids.map((id) => item(id, labelOf(id)))}
    </fieldset>`;
  const risk = (id: RiskId) => pack.risks[id].label;
  return html`${group(c.aboutLegend, ABOUT_IDS, (id) => pack.about[id].label, 'about')}
  ${group(
    c.aboutYouLegend,
    RISK_IDS.filter((id) => RISKS[id].aboutYou),
    risk,
    'about-you',
  )}
  ${CAUSE_IDS.map((cause) =>
    group(
      c.groupQuestion(pack.causes[cause].title),
      RISK_IDS.filter((id) => RISKS[id].cause === cause && !RISKS[id].aboutYou),
      risk,
    ),
  )}`;
}
