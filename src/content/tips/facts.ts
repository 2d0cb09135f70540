import type { TipFacts, TipId } from './types.js';
import { own } from '../own.js';

export const TIPS: Record<TipId, TipFacts> = /* @__PURE__ */ own({
  water: { kind: 'do', cause: 'dehydration', sources: ['article', 'mayo'] },
  'fluid-limits': { kind: 'do', cause: 'dehydration', caveat: true, sources: ['renal-diet', 'heart-failure-fluids'] },
  food: { kind: 'do', cause: 'electrolytes', sources: ['article', 'mayo'] },
  stretch: { kind: 'do', cause: 'strain', sources: ['hallegraeff-2012', 'allen-kirby-2012'] },
  'warm-up': { kind: 'do', cause: 'strain', sources: ['aaos'] },
  strength: { kind: 'do', cause: 'strain', sources: ['article'] },
  alcohol: { kind: 'dont', cause: 'dehydration', sources: ['article', 'merck'] },
  heat: { kind: 'dont', cause: 'dehydration', sources: ['mayo'] },
  supplements: { kind: 'dont', cause: 'electrolytes', sources: ['allen-kirby-2012', 'cochrane-magnesium-2020'] },
  caffeine: { kind: 'dont', cause: 'lifestyle', sources: ['article', 'merck-causes'] },
  // What to do at once, not a way to prevent cramps: a caveat (left out of the guide's JSON-LD).
  statin: { kind: 'do', cause: 'lifestyle', caveat: true, sources: ['nhs-statins', 'mayo-statins'] },
  medicine: { kind: 'dont', cause: 'lifestyle', sources: ['nhs-statins'] },
  quinine: { kind: 'dont', cause: 'lifestyle', sources: ['nhs', 'allen-kirby-2012', 'aafp-fpin-2017'] },
});
