import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { deeper, heading, type HeadingLevel } from '../../core/heading.js';
import { parseIds } from '../../core/ids.js';
import { jumpTo } from '../../core/jump.js';
import { addJsonLd, jsonLdText, removeJsonLd } from '../../core/json-ld.js';
import { exportParts, prefixed } from '../../core/parts.js';
import { CARD_PARTS, CrampStretchCard } from '../cramp-stretch-card/cramp-stretch-card.js';
import { CrampCauseExplainer } from '../cramp-cause-explainer/cramp-cause-explainer.js';
import { CrampRiskChecklist } from '../cramp-risk-checklist/cramp-risk-checklist.js';
import { CrampPreventionTips } from '../cramp-prevention-tips/cramp-prevention-tips.js';
import { CrampStretchRoutine } from '../cramp-stretch-routine/cramp-stretch-routine.js';
import { CrampCareAdvice } from '../cramp-care-advice/cramp-care-advice.js';
import { CAUSE_IDS, GUIDE_SECTIONS, SOURCE_IDS, isEnglish, type ContentPack, type GuideSection, type IdList } from '../../content/index.js';
import { ALL_FACTS, REVIEWED } from '../../content/facts.js';
import { sourceLink, sourcesLine } from '../../core/sources.js';
import { date, reviewerLine, safetyLines } from '../../core/footer.js';
import { styles } from './cramp-guide.styles.js';
// The guide shows every word: all of English, the same object (and merged pack) as `en`.
import { enWords } from '../../content/en.js';

/** The parts each element inside documents (a test holds these to custom-elements.json). */
export const EXPLAINER_PARTS =
  'base title intro disclaimer item heading button icon panel tablist tab cards card badge summary note section-heading list sources get-help number footer';
export const CHECKLIST_PARTS =
  'base title intro privacy hint group legend item checkbox actions action status fallback summary summary-heading causes cause cause-heading count badge tips more notice notice-icon notice-heading number disclaimer sources get-help footer';
export const CARE_PARTS = 'base title intro level emergency urgent soon icon level-heading signs action number contact sources footer';
export const TIPS_PARTS = 'base title intro do dont list-heading list tip sources get-help number footer';
/** The routine's own parts, then its card's, which it lifts out as `card-*`. */
export const ROUTINE_PARTS = `base title intro progress card nav button sources get-help number footer ${prefixed(CARD_PARTS, 'card-')}`;

/** The parts of the elements inside, lifted out of the guide under their section's id: `causes-title` (the manifest lists them too). */
export const GUIDE_EXPORTS = {
  causes: exportParts(EXPLAINER_PARTS, 'causes-'),
  checklist: exportParts(CHECKLIST_PARTS, 'checklist-'),
  prevention: exportParts(TIPS_PARTS, 'prevention-'),
  stretches: exportParts(ROUTINE_PARTS, 'stretches-'),
  care: exportParts(CARE_PARTS, 'care-'),
  during: exportParts(CARD_PARTS, 'during-card-'),
};

/**
 * The schema.org description of the guide, built from the content pack. It
 * describes only what the shown sections say, and leaves out causes that the
 * page marks as less certain.
 */
export function structuredData(
  pack: ContentPack,
  shown: readonly GuideSection[] = GUIDE_SECTIONS,
  reviewer: { name: string; iso: string } | null = null,
): Record<string, unknown> {
  const g = pack.guide;
  const named = (type: string) => (name: string) => ({ '@type': type, name });
  const causes = shown.includes('causes') ? CAUSE_IDS.filter((id) => pack.causes[id].certainty === 'established') : [];
  const about: Record<string, unknown> = { '@type': 'MedicalCondition', name: g.condition };
  if (causes.length) {
    about.cause = causes.map((id) => pack.causes[id].title).map(named('MedicalCause'));
    about.riskFactor = [...new Set(causes.flatMap((id) => pack.causes[id].triggers))].map(named('MedicalRiskFactor'));
  }
  if (shown.includes('prevention')) {
    // Ways to prevent cramps that a clinical source names: not a caveat to the others, nor the source article's alone.
    about.primaryPrevention = pack.tips
      .filter((tip) => tip.kind === 'do' && !tip.caveat && tip.sources.some((id) => id !== 'article'))
      .map((tip) => tip.text)
      .map(named('MedicalTherapy'));
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: g.title,
    description: g.description,
    inLanguage: pack.lang,
    lastReviewed: reviewer?.iso || pack.reviewed.last,
    ...(reviewer ? { reviewedBy: { '@type': 'Person', name: reviewer.name } } : {}),
    about,
    citation: SOURCE_IDS.filter((id) => id !== 'article').map((id) => pack.sources[id].citation ?? pack.sources[id].name),
  };
}

/**
 * The whole article as one section: a short introduction, the cause
 * explainer, the risk checklist, prevention tips, the stretch routine, care
 * advice, the sources, review dates and a disclaimer, with a contents list.
 * Headings nest under `heading-level`. Inside the guide, the checklist's
 * "talk to a professional" notice links to the guide's care advice.
 *
 * @summary The whole guide to leg cramps behind the knee, as one section.
 * @tagname cramp-guide
 *
 * @attr {string} sections - Which parts, in order: intro during causes checklist prevention stretches care sources. Default: all.
 * @attr {boolean} structured-data - Add a schema.org MedicalWebPage JSON-LD script to the document head (one, however many guides).
 * @attr {string} emergency-number - The local emergency number: in the care advice, the checklist and the "get help" lines.
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the guide's heading; each part is one below. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @slot contact - The site's own contact or booking details, shown in the care advice.
 *
 * @event cramp-cause-toggle - From the cause explainer inside (see that element).
 * @event cramp-checklist-change - From the risk checklist inside.
 * @event cramp-stretch-start - From the stretch cards inside.
 * @event cramp-stretch-complete - From the stretch cards inside.
 * @event cramp-routine-complete - From the stretch routine inside.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The guide's heading.
 * @csspart contents - The contents list (a nav).
 * @csspart section - Each part (the elements inside keep their own parts).
 * @csspart section-title - The heading of the introduction and of the sources.
 * @csspart intro - The introduction's text.
 * @csspart during - The list of what to do during a cramp.
 * @csspart sources - The sources line of the during-a-cramp section.
 * @csspart source-list - The list of sources.
 * @csspart get-help - The "get help" lines, shown at the top when `sections` leaves out the care advice or puts it after the causes, checklist, tips or stretches.
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart reviewed - The review dates.
 * @csspart disclaimer - The disclaimer.
 */
export class CrampGuide extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = enWords;

  static override facts = ALL_FACTS;

  /**
   * The guide renders every other element: defining it defines them.
   * @internal
   */
  static override dependencies = {
    'cramp-cause-explainer': CrampCauseExplainer,
    'cramp-risk-checklist': CrampRiskChecklist,
    'cramp-prevention-tips': CrampPreventionTips,
    'cramp-stretch-routine': CrampStretchRoutine,
    'cramp-stretch-card': CrampStretchCard,
    'cramp-care-advice': CrampCareAdvice,
  };

  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 3;

  static override properties: PropertyDeclarations = {
    sections: {},
    structuredData: { type: Boolean, attribute: 'structured-data', reflect: true },
  };

  /** Which parts, in order. */
  declare sections?: IdList<GuideSection>;
  /** Add schema.org JSON-LD to the document head. */
  declare structuredData: boolean;

  constructor() {
    super();
    this.structuredData = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeJsonLd(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: put its JSON-LD back.
    if (this.hasUpdated) this.updateJsonLd();
  }

  /** The parts shown, in order. */
  private get list(): GuideSection[] {
    const { ids, unknown } = parseIds(this.text('sections'), GUIDE_SECTIONS);
    if (unknown.length) {
      this.warnOnce(
        `skipped unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} in sections="…". Valid ids: ${GUIDE_SECTIONS.join(', ')}.`,
      );
    }
    return ids.length ? ids : [...GUIDE_SECTIONS];
  }

  protected override updated(): void {
    this.updateJsonLd();
  }

  private updateJsonLd(): void {
    if (this.structuredData && this.isConnected) addJsonLd(this, () => structuredData(this.pack, this.list, this.reviewer));
    else removeJsonLd(this);
  }

  /**
   * The JSON-LD text this guide puts in the page, or null without
   * `structured-data`: for cramp-kit/ssr, which writes it into the HTML.
   * @internal
   */
  serverJsonLd(): string | null {
    return this.structuredData ? jsonLdText(structuredData(this.pack, this.list, this.reviewer)) : null;
  }

  /**
   * Whether the care advice comes before the causes, the checklist, the
   * prevention tips and the stretches: else the "get help" lines open the
   * guide, so a reader meets the safety net first whatever `sections` says.
   */
  private careComesFirst(): boolean {
    const care = this.list.indexOf('care');
    return care >= 0 && this.list.slice(0, care).every((section) => section === 'intro' || section === 'during');
  }

  /** The title of each part, for the contents list. */
  private titleOf(section: GuideSection): string {
    const { pack } = this;
    return {
      intro: pack.guide.introTitle,
      during: pack.during.title,
      causes: pack.explainer.title,
      checklist: pack.checklist.title,
      prevention: pack.prevention.title,
      stretches: pack.stretch.routineTitle,
      care: pack.careText.title,
      sources: pack.guide.sourcesTitle,
    }[section];
  }

  private renderSection(section: GuideSection, level: HeadingLevel): TemplateResult {
    const { pack } = this;
    switch (section) {
      case 'intro':
        return html`<section part="section" class="section" id="intro">
          ${heading(level, 'section-title', pack.guide.introTitle)}
          ${pack.guide.intro.map((p) => html`<p part="intro">${p}</p>`)}
        </section>`;
      case 'during':
        return html`<section part="section" class="section" id="during">
          ${heading(level, 'section-title', pack.during.title)}
          <p part="intro">${pack.during.intro}</p>
          <ul part="during" class="during">
            ${pack.during.steps.map((step) => html`<li>${step.text}</li>`)}
          </ul>
          ${sourcesLine(
            pack,
            pack.during.steps.flatMap((step) => step.sources),
          )}
          <cramp-stretch-card
            data-inside
            lang=${this.pack.lang}
            exportparts=${GUIDE_EXPORTS.during}
            stretch="toe-pull"
            heading-level=${deeper(level)}
          ></cramp-stretch-card>
        </section>`;
      case 'causes':
        return html`<cramp-cause-explainer
          data-inside
          lang=${this.pack.lang}
          part="section"
          exportparts=${GUIDE_EXPORTS.causes}
          class="section"
          id="causes"
          heading-level=${level}
        ></cramp-cause-explainer>`;
      case 'checklist':
        return html`<cramp-risk-checklist
          data-inside
          lang=${this.pack.lang}
          part="section"
          exportparts=${GUIDE_EXPORTS.checklist}
          class="section"
          id="checklist"
          heading-level=${level}
          emergency-number=${this.number}
        ></cramp-risk-checklist>`;
      case 'prevention':
        return html`<cramp-prevention-tips
          data-inside
          lang=${this.pack.lang}
          part="section"
          exportparts=${GUIDE_EXPORTS.prevention}
          class="section"
          id="prevention"
          heading-level=${level}
        ></cramp-prevention-tips>`;
      case 'stretches':
        return html`<cramp-stretch-routine
          data-inside
          lang=${this.pack.lang}
          part="section"
          exportparts=${GUIDE_EXPORTS.stretches}
          class="section"
          id="stretches"
          heading-level=${level}
        ></cramp-stretch-routine>`;
      case 'care':
        return html`<cramp-care-advice
          data-inside
          lang=${this.pack.lang}
          part="section"
          exportparts=${GUIDE_EXPORTS.care}
          class="section"
          id="care"
          heading-level=${level}
          emergency-number=${this.number}
          ><slot name="contact" slot="contact"></slot
        ></cramp-care-advice>`;
      case 'sources':
        return html`<section part="section" class="section" id="sources">
          ${heading(level, 'section-title', pack.guide.sourcesTitle)}
          <ol part="source-list" class="source-list">
            ${SOURCE_IDS.map((id) => {
              const s = pack.sources[id];
              // A paper by its DOI, unless the reader is sent to a page in their language (Cochrane's Spanish summary).
              const shown = s.doi && s.url === `https://doi.org/${s.doi}` ? `doi:${s.doi}` : s.url;
              return html`<li>${citationOf(s.citation ?? s.name, enWords.sources[id].citation, pack.lang)}${s.url ? html` ${sourceLink(s, shown)}` : ''}</li>`;
            })}
          </ol>
        </section>`;
    }
  }

  protected override render(): TemplateResult {
    const { pack, level, list, footerContext: context } = this;
    const g = pack.guide;
    const sub = deeper(level);
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', g.title)}
      <nav part="contents" class="contents" aria-label=${g.contents}>
        <ol>
          ${list.map(
            (section) =>
              html`<li>
                <a
                  href="#${section}"
                  @click=${(e: Event) => {
                    if (jumpTo(e.currentTarget as Node, section)) e.preventDefault();
                  }}
                  >${this.titleOf(section)}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      ${this.careComesFirst() ? nothing : safetyLines(context)} ${list.map((section) => this.renderSection(section, sub))}
      <p part="reviewed" class="reviewed muted">
        ${pack.lastReviewed} ${date(context, REVIEWED.last)}<br />${g.nextReview} ${date(context, REVIEWED.next)}${
          context.reviewer ? html`<br />${reviewerLine(context)}` : ''
        }
      </p>
      <p part="disclaimer" class="disclaimer">${g.disclaimer}</p>
    </div>`;
  }
}

const QUOTED = /([«“"„])([^«»“”"„]+)([»”"“])/g;

/**
 * A citation in the reader's language with its titles as published: on a
 * page not in English, each quoted title kept as it is in the English
 * citation is marked English, or the whole citation where it is the English
 * one word for word (a paper, cited as published), so a screen reader says it
 * with the right voice (WCAG 3.1.2). A translated title (MedlinePlus en
 * español's, a site's own) is the reader's language, and left alone.
 */
function citationOf(text: string, english: string, lang: string): unknown {
  if (isEnglish(lang)) return text;
  if (text === english) return html`<span lang="en">${text}</span>`;
  const out: unknown[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    if (!english.includes(m[2] ?? '\0')) continue;
    out.push(text.slice(last, m.index + 1), html`<span lang="en">${m[2]}</span>`, m[3]);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-guide': CrampGuide;
  }
}
