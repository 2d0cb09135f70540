import { CAUSE_IDS, GUIDE_SECTIONS, SOURCE_IDS, type ContentPack, type GuideSection } from '../../content/index.js';

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
