import type { CauseFacts, CauseId } from '../types.js';

export const CAUSES: Record<CauseId, CauseFacts> = {
  dehydration: { certainty: 'established', sources: ['article', 'nhs', 'mayo', 'merck'] },
  // Low minerals are not the cause of most night cramps (Allen and Kirby), and
  // magnesium is unlikely to help older adults (Cochrane 2020).
  electrolytes: {
    certainty: 'less-certain',
    sources: ['article', 'mayo', 'merck', 'allen-kirby-2012', 'cochrane-magnesium-2020'],
  },
  strain: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'allen-kirby-2012'] },
  conditions: { certainty: 'established', sources: ['article', 'nhs', 'mayo', 'merck', 'allen-kirby-2012'] },
  genetics: { certainty: 'less-certain', sources: ['article'] },
  lifestyle: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'grandner-winkelman-2017'] },
};
