import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { deeper, heading } from '../../core/heading.js';
import { parseIds } from '../../core/ids.js';
import { jumpTo } from '../../core/jump.js';
import { addJsonLd, jsonLdText, removeJsonLd } from '../../core/json-ld.js';
import { CrampStretchCard } from '../cramp-stretch-card/cramp-stretch-card.js';
import { CrampCauseExplainer } from '../cramp-cause-explainer/cramp-cause-explainer.js';
import { CrampRiskChecklist } from '../cramp-risk-checklist/cramp-risk-checklist.js';
import { CrampPreventionTips } from '../cramp-prevention-tips/cramp-prevention-tips.js';
import { CrampStretchRoutine } from '../cramp-stretch-routine/cramp-stretch-routine.js';
import { CrampCareAdvice } from '../cramp-care-advice/cramp-care-advice.js';
import { CrampAnatomy } from '../cramp-anatomy/cramp-anatomy.js';
import { GUIDE_SECTIONS, type GuideSection, type IdList } from '../../content/index.js';
import { ALL_FACTS, REVIEWED } from '../../content/facts.js';
import { date, reviewerLine, safetyLines } from '../../core/footer.js';
import { styles } from './cramp-guide.styles.js';
import { guideSection, titleOf } from './sections.js';
import { structuredData } from './structured-data.js';
// The guide shows every word: all of English, the same object (and merged pack) as `en`.
import { guideWords } from '../../content/topics-en.js';

// Other files take these from here, with the element.
export { ANATOMY_PARTS, CARE_PARTS, CHECKLIST_PARTS, EXPLAINER_PARTS, GUIDE_EXPORTS, ROUTINE_PARTS, TIPS_PARTS } from './parts.js';
export { structuredData } from './structured-data.js';

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
 * @attr {string} sections - Which parts, in order: intro during care anatomy causes checklist prevention stretches sources. Default: all.
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
 * @event cramp-anatomy-select - From the picture of the back of the knee inside.
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

  /** The words of every part it shows, and each source's full citation (content/topics-en.ts). */
  static override english = guideWords;

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
    'cramp-anatomy': CrampAnatomy,
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
                  >${titleOf(pack, section)}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      ${this.careComesFirst() ? nothing : safetyLines(context)} ${list.map((section) => guideSection(context, section, sub))}
      <p part="reviewed" class="reviewed muted">
        ${pack.lastReviewed} ${date(context, REVIEWED.last)}<br />${g.nextReview} ${date(context, REVIEWED.next)}${
          context.reviewer ? html`<br />${reviewerLine(context)}` : ''
        }
      </p>
      <p part="disclaimer" class="disclaimer">${g.disclaimer}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-guide': CrampGuide;
  }
}
