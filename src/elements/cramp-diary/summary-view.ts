import { html, nothing, svg, type TemplateResult } from 'lit';
import { CARE_LEVELS, HELPED_IDS, LEG_IDS, TIME_IDS, type ContentPack } from '../../content/index.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import { withNumber } from '../../core/number.js';
import type { SafetyFinding } from './safety.js';
import type { DiarySummary } from './summary.js';

/** The chart's size in its own units: one bar per week, with its count above it. */
const BAR = 24;
const GAP = 8;
const HIGH = 96;
const TOP = 16;
const BOTTOM = 4;

/**
 * The cramps per week as a bar chart: our own small SVG (no library), drawn
 * for the eye only (hidden from screen readers: the table beside it holds the
 * same numbers). Bars and counts take the text colour, so they show in light,
 * dark and forced colours.
 */
export function weekChart(summary: DiarySummary): TemplateResult {
  const most = Math.max(1, ...summary.weeks.map((w) => w.count));
  const width = summary.weeks.length * (BAR + GAP) - GAP;
  return html`<svg
    part="chart"
    class="chart"
    viewBox="0 0 ${width} ${TOP + HIGH + BOTTOM}"
    aria-hidden="true"
    focusable="false"
    preserveAspectRatio="xMidYMax meet"
  >
    ${summary.weeks.map((week, i) => {
      const h = week.count ? Math.max(2, (week.count / most) * HIGH) : 0;
      const x = i * (BAR + GAP);
      const y = TOP + HIGH - h;
      return svg`<rect class="bar" x=${x} y=${y} width=${BAR} height=${h}></rect>
        <text class="bar-count" x=${x + BAR / 2} y=${y - 3} text-anchor="middle">${week.count}</text>`;
    })}
    <line class="axis" x1="0" x2=${width} y1=${TOP + HIGH + 1} y2=${TOP + HIGH + 1}></line>
  </svg>`;
}

/** A two-column table: a name and a count per row. */
function countTable(part: string, caption: string, head: [string, string], rows: [string, number][]): TemplateResult {
  return html`<table part=${part} class="counts ${part}">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${head[0]}</th>
        <th scope="col">${head[1]}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([name, count]) =>
          html`<tr>
            <th scope="row">${name}</th>
            <td>${count}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What the summary view is drawn from. */
export interface SummaryViewInput {
  pack: ContentPack;
  level: HeadingLevel;
  summary: DiarySummary;
  /** An entry's time, and a date, in the pack's language. */
  when: (at: string) => string;
  day: (parts: [number, number, number]) => string;
}

/** The summary for the doctor: the count, the chart with its table, the time of day, which leg, the longest, what helped. */
export function summaryView({ pack, level, summary, when, day }: SummaryViewInput): TemplateResult {
  const d = pack.diary;
  const dayOf = (start: string): string => day(start.split('-').map(Number) as [number, number, number]);
  const helped = HELPED_IDS.filter((id) => summary.helped[id]);
  return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
    ${heading(level, 'summary-heading', html`<span id="summary-heading">${d.summaryTitle}</span>`)}
    <p part="total" class="total">${d.total(summary.total)}</p>
    ${
      summary.total
        ? html`<div class="week-chart">
            ${weekChart(summary)}
            ${countTable(
              'weeks',
              d.perWeek,
              [d.week, d.count],
              summary.weeks.map((w) => [d.weekOf(dayOf(w.start)), w.count]),
            )}
          </div>
          <div class="tables">
            ${countTable(
              'times',
              d.timeOfDay,
              [d.timeOfDay, d.count],
              TIME_IDS.map((id) => [d.times[id], summary.times[id]]),
            )}
            ${countTable(
              'legs',
              d.whichLeg,
              [d.whichLeg, d.count],
              LEG_IDS.map((id) => [d.legs[id], summary.legs[id]]),
            )}
          </div>
          ${
            summary.longest
              ? html`<p part="longest" class="longest">${d.longest(d.minutesText(summary.longest.minutes), when(summary.longest.at))}</p>`
              : nothing
          }
          <p class="helped-title"><strong>${d.whatHelped}</strong></p>
          <ul part="helped" class="helped">
            ${helped.length ? helped.map((id) => html`<li>${d.helps[id]}: ${summary.helped[id]}</li>`) : html`<li>${d.noneYet}</li>`}
          </ul>`
        : nothing
    }
  </section>`;
}

const noticeIcon = html`<svg class="notice-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/><circle cx="12" cy="17" r="1.4" fill="currentColor"/></svg>`;

/**
 * The safety net read against the entries: one notice per level of care the
 * findings call for (most urgent first), each with what was noted and when,
 * what to do, and the emergency line with the site's number.
 */
export function safetyView(
  pack: ContentPack,
  level: HeadingLevel,
  findings: readonly SafetyFinding[],
  number: string,
  when: (at: string) => string,
): TemplateResult | typeof nothing {
  if (!findings.length) return nothing;
  const d = pack.diary;
  return html`<div part="safety" class="safety">
    ${CARE_LEVELS.filter((care) => findings.some((f) => f.level === care)).map((care) => {
      const words = pack.care[care];
      return html`<div part="notice" class="notice" data-level=${care}>
        ${noticeIcon}
        <div>
          ${heading(level, 'notice-heading', html`<span class="visually-hidden">${words.prefix}</span>${words.title}`)}
          <ul>
            ${findings.filter((f) => f.level === care).map((f) => html`<li>${d.rules[f.rule]} ${d.lastNoted(when(f.latest.at))}</li>`)}
          </ul>
          <p>${d.ifStill} ${withNumber(words.action, number, pack.localNumber)}</p>
        </div>
      </div>`;
    })}
    <p part="emergency" class="emergency"><strong>${withNumber(pack.safetyNet.now, number, pack.localNumber)}</strong></p>
  </div>`;
}

/**
 * The answers of a checklist on the page, printed under the summary (hidden on screen): its text, a
 * paragraph to each part of it; nothing without a checklist.
 */
export const checklistView = (text: string): TemplateResult | typeof nothing =>
  text ? html`<div part="checklist" class="checklist-print">${text.split('\n\n').map((part) => html`<p>${part}</p>`)}</div>` : nothing;
