import { ABOUT_IDS, CAUSE_IDS, RISK_IDS, type CauseId, type ChecklistItemId, type ContentPack } from '../../content/index.js';
import { ABOUT, RISKS } from '../../content/facts.js';
import { numberText } from '../../core/number.js';
import { inOrder } from './answers.js';

/**
 * What the checklist's answers mean, as pure functions of the ticked items,
 * the content pack and the emergency number: no element, no DOM (tested in
 * Node, tests/node/checklist-summary.test.mjs).
 */

import type { ChecklistChangeDetail } from '../../events/cramp-checklist-change.js';

export type { ChecklistChangeDetail };

/** The summary of a set of answers: the event's detail without the answers. */
export type Summary = Omit<ChecklistChangeDetail, 'checked'>;

/** The matching causes, most ticked first, and how soon to get help, for a set of ticked items. */
export function summarize(checked: ReadonlySet<ChecklistItemId>): Summary {
  const counts = new Map<CauseId, number>();
  for (const id of RISK_IDS) {
    if (checked.has(id)) counts.set(RISKS[id].cause, (counts.get(RISKS[id].cause) ?? 0) + 1);
  }
  const causes = CAUSE_IDS.filter((id) => counts.has(id))
    .map((id) => ({ id, count: counts.get(id) ?? 0 }))
    .sort((a, b) => b.count - a.count);
  const about = ABOUT_IDS.filter((id) => checked.has(id));
  const careLevel = about.some((id) => ABOUT[id].level === 'urgent') ? 'urgent' : about.length ? 'soon' : null;
  return { causes, seeProfessional: careLevel !== null, careLevel };
}

/** What to do at once for the ticked items that say (the statin item: stop the statin). */
export const actions = (checked: ReadonlySet<ChecklistItemId>, pack: ContentPack): string[] =>
  ABOUT_IDS.filter((id) => checked.has(id)).flatMap((id) => pack.about[id].action ?? []);

/**
 * The plain-text summary a reader can bring to an appointment: what they
 * ticked, the causes that may fit and what may help, how soon to get help,
 * and the emergency line with `number` (the site's, checked; "" says "your
 * local emergency number"), whatever was ticked. `brief` leaves out what may
 * help and "not a diagnosis", for a page that says the last already (the
 * diary's printed summary); never the emergency line.
 */
export function summaryText(
  checked: ReadonlySet<ChecklistItemId>,
  pack: ContentPack,
  number: string,
  result: Summary,
  brief = false,
): string {
  const c = pack.checklist;
  const items: Record<ChecklistItemId, { label: string }> = { ...pack.about, ...pack.risks };
  const lines = [c.textTitle, '', c.textAnswers];
  for (const id of inOrder(checked)) lines.push(`- ${items[id].label}`);
  if (!checked.size) lines.push(`- ${c.summaryEmpty}`);
  if (result.causes.length) {
    lines.push('', c.textCauses);
    for (const { id, count } of result.causes) {
      const cause = pack.causes[id];
      const note = cause.certainty === 'less-certain' ? `${pack.listSeparator}${pack.explainer.lessCertain}` : '';
      lines.push(`- ${cause.title} (${c.answers(count)}${note})`);
      if (!brief) for (const tip of cause.helps) lines.push(`  * ${tip}`);
    }
  }
  const { careLevel } = result;
  if (careLevel) {
    const notice = c.notice[careLevel];
    lines.push('', `${c.noticePrefix}${notice.title}.`, ...actions(checked, pack), ...notice.body);
  }
  // The emergency line always: the signs it names (chest pain, coughing up blood...) are the checklist's own.
  lines.push('', numberText(c.noticeEmergency, number, pack.localNumber));
  if (!brief) lines.push('', c.notDiagnosis);
  return lines.join('\n');
}

/**
 * What the live region says of a set of answers: the number of answers first
 * (a tick that leaves the causes as they were still changes what is said),
 * the causes, then the notice's heading as shown (the level of care is heard,
 * not only seen) and what to do at once, as the notice shows it first.
 */
export function spoken(checked: ReadonlySet<ChecklistItemId>, pack: ContentPack, result: Summary): string {
  const c = pack.checklist;
  const notice = result.careLevel ? [`${c.noticePrefix}${c.notice[result.careLevel].title}.`, ...actions(checked, pack)] : [];
  return [c.ticked(checked.size), c.announce(result.causes.map(({ id }) => pack.causes[id].title)), ...notice].join(' ');
}
