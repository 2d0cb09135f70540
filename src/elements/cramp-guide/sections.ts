import { html, type TemplateResult } from 'lit';
import { deeper, heading, type HeadingLevel } from '../../core/heading.js';
import { sourceLink, sourcesLine } from '../../core/sources.js';
import type { FooterContext } from '../../core/footer.js';
import { SOURCE_IDS, isEnglish, type ContentPack, type GuideSection } from '../../content/index.js';
// The English citations, to mark the titles a translation keeps as published (citationOf).
import { citations } from '../../content/shared/en-citations.js';
import { GUIDE_EXPORTS } from './parts.js';
// The class files of the elements these templates render (they register nothing): their tags, for the template checks.
import '../cramp-cause-explainer/cramp-cause-explainer.js';
import '../cramp-risk-checklist/cramp-risk-checklist.js';
import '../cramp-prevention-tips/cramp-prevention-tips.js';
import '../cramp-stretch-routine/cramp-stretch-routine.js';
import '../cramp-care-advice/cramp-care-advice.js';
import '../cramp-stretch-card/cramp-stretch-card.js';
import '../cramp-anatomy/cramp-anatomy.js';

/** The title of each part, for the contents list. */
export function titleOf(pack: ContentPack, section: GuideSection): string {
  return {
    intro: pack.guide.introTitle,
    anatomy: pack.anatomy.title,
    during: pack.during.title,
    causes: pack.explainer.title,
    checklist: pack.checklist.title,
    prevention: pack.prevention.title,
    stretches: pack.stretch.routineTitle,
    care: pack.careText.title,
    sources: pack.guide.sourcesTitle,
  }[section];
}

/**
 * One part of the guide, its heading at `level`: the introduction, what to do
 * during a cramp, the sources, or an element of the kit in the guide's
 * language (`data-inside`), its parts lifted out under the section's id, and
 * the guide's emergency number where it shows one.
 */
export function guideSection(
  { pack, number }: Pick<FooterContext, 'pack' | 'number'>,
  section: GuideSection,
  level: HeadingLevel,
): TemplateResult {
  switch (section) {
    case 'intro':
      return html`<section part="section" class="section" id="intro">
        ${heading(level, 'section-title', pack.guide.introTitle)}
        ${pack.guide.intro.map((p) => html`<p part="intro">${p}</p>`)}
      </section>`;
    case 'anatomy':
      return html`<cramp-anatomy
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.anatomy}
        class="section"
        id="anatomy"
        heading-level=${level}
      ></cramp-anatomy>`;
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
          lang=${pack.lang}
          exportparts=${GUIDE_EXPORTS.during}
          stretch="toe-pull"
          heading-level=${deeper(level)}
        ></cramp-stretch-card>
      </section>`;
    case 'causes':
      return html`<cramp-cause-explainer
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.causes}
        class="section"
        id="causes"
        heading-level=${level}
      ></cramp-cause-explainer>`;
    case 'checklist':
      return html`<cramp-risk-checklist
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.checklist}
        class="section"
        id="checklist"
        heading-level=${level}
        emergency-number=${number}
      ></cramp-risk-checklist>`;
    case 'prevention':
      return html`<cramp-prevention-tips
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.prevention}
        class="section"
        id="prevention"
        heading-level=${level}
      ></cramp-prevention-tips>`;
    case 'stretches':
      return html`<cramp-stretch-routine
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.stretches}
        class="section"
        id="stretches"
        heading-level=${level}
      ></cramp-stretch-routine>`;
    case 'care':
      return html`<cramp-care-advice
        data-inside
        lang=${pack.lang}
        part="section"
        exportparts=${GUIDE_EXPORTS.care}
        class="section"
        id="care"
        heading-level=${level}
        emergency-number=${number}
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
            return html`<li>${citationOf(s.citation ?? s.name, citations[id], pack.lang)}${s.url ? html` ${sourceLink(s, shown)}` : ''}</li>`;
          })}
        </ol>
      </section>`;
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
