import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, SourceId } from '../content/index.js';
import { REVIEWED, SAFETY_NET_SOURCES } from '../content/facts.js';
import { parseDate, readableDate } from './dates.js';
import { sourcesLine } from './sources.js';
import { withNumber } from './number.js';
import type { Reviewer } from './attributes.js';

/** What the footer is made from: the element's pack, its checked number and reviewer, and how it warns. */
export interface FooterContext {
  pack: ContentPack;
  /** The emergency number after checks ("" for "your local emergency number"). */
  number: string;
  reviewer: Reviewer | null;
  warn: (message: string) => void;
}

/** A <time> with a checked date ("2026-11-24": the facts' review dates, the site's reviewer's) as the pack's language writes it. */
export function date({ pack, warn }: FooterContext, iso: string): TemplateResult | string {
  const ymd = parseDate(iso);
  if (!ymd) return iso;
  return html`<time datetime=${iso}>${readableDate(pack, ymd, warn)}</time>`;
}

/** The site's own reviewer line ("Checked for this site by ..."), or nothing. */
export function reviewerLine(context: FooterContext): TemplateResult | typeof nothing {
  const { reviewer, pack } = context;
  if (!reviewer) return nothing;
  const [before, after = ''] = pack.reviewedBy('\u0000', reviewer.iso ? '\u0001' : '').split('\u0000');
  const [middle, end = ''] = after.split('\u0001');
  return html`<span class="reviewer">${before}${reviewer.name}${middle}${reviewer.iso ? date(context, reviewer.iso) : nothing}${end}</span>`;
}

/** The "get help" lines: a clot in one leg, today; a clot in the lungs, the emergency number now. */
export function safetyLines({ pack, number }: FooterContext): TemplateResult {
  return html`<div part="get-help" class="get-help">
    <p>${pack.safetyNet.today}</p>
    <p>${withNumber(pack.safetyNet.now, number, pack.localNumber)}</p>
  </div>`;
}

/**
 * The footer every element used alone ends with: the "get help" lines
 * (`safetyNet`), its sources (and theirs), when the content was last
 * reviewed (and by the site's reviewer, if set), and the "not a diagnosis"
 * line, unless the element says it in its own words (`ownDisclaimer`).
 * Inside the guide or the routine (`embedded`), only the sources.
 */
export function footer(
  context: FooterContext,
  sources: readonly SourceId[],
  { embedded, safetyNet, ownDisclaimer }: { embedded: boolean; safetyNet: boolean; ownDisclaimer: boolean },
): TemplateResult {
  const { pack } = context;
  if (embedded) return sourcesLine(pack, sources);
  return html`${safetyNet ? safetyLines(context) : nothing}
    <div part="footer" class="footer muted">
      ${sourcesLine(pack, safetyNet ? [...sources, ...SAFETY_NET_SOURCES] : sources)}
      <p class="reviewed">${pack.lastReviewed} ${date(context, REVIEWED.last)}. ${reviewerLine(context)}</p>
      ${ownDisclaimer ? nothing : html`<p class="not-diagnosis">${pack.notDiagnosis}</p>`}
    </div>`;
}
