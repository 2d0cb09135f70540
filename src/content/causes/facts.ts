import type { CauseFacts, CauseId } from './types.js';
import { own } from '../own.js';

export const CAUSES: Record<CauseId, CauseFacts> = /* @__PURE__ */ own({
  // Fluid loss in hard exercise and heat (Mayo); less clear for night cramps (Allen and Kirby). Fluid limits: NHS leaflets.
  dehydration: {
    certainty: 'established',
    sources: ['article', 'nhs', 'mayo', 'merck', 'allen-kirby-2012', 'renal-diet', 'heart-failure-fluids'],
  },
  // Low minerals are not the cause of most night cramps (Allen and Kirby), and
  // magnesium is unlikely to help older adults (Cochrane 2020).
  electrolytes: {
    certainty: 'less-certain',
    sources: ['article', 'mayo', 'merck', 'allen-kirby-2012', 'cochrane-magnesium-2020', 'renal-diet'],
  },
  strain: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'allen-kirby-2012'] },
  // With the look-alikes a doctor tells apart (Allen and Kirby): restless legs (NHS), low blood flow (NHS PAD);
  // and a clot's higher chance in pregnancy and after birth (NHS inform), magnesium in pregnancy (Cochrane).
  conditions: {
    certainty: 'established',
    sources: ['article', 'nhs', 'mayo', 'merck', 'allen-kirby-2012', 'nhs-inform-dvt', 'cochrane-magnesium-2020', 'nhs-pad', 'nhs-rls'],
  },
  genetics: { certainty: 'less-certain', sources: ['article'] },
  lifestyle: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'grandner-winkelman-2017', 'nhs-statins', 'mayo-statins'] },
});
