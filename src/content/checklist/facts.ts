import type { AboutFacts, AboutId, RiskFacts, RiskId } from './types.js';
import { own } from '../own.js';

export const RISKS: Record<RiskId, RiskFacts> = /* @__PURE__ */ own({
  'low-fluids': { cause: 'dehydration', sources: ['article', 'nhs'] },
  sweating: { cause: 'dehydration', sources: ['article', 'mayo', 'merck'] },
  sickness: { cause: 'dehydration', sources: ['article', 'merck'] },
  alcohol: { cause: 'dehydration', sources: ['article', 'merck'] },
  diuretic: { cause: 'electrolytes', sources: ['nhs', 'mayo', 'merck'] },
  diet: { cause: 'electrolytes', sources: ['article', 'mayo'] },
  'new-exercise': { cause: 'strain', sources: ['article', 'nhs'] },
  'standing-sitting': { cause: 'strain', sources: ['article', 'merck'] },
  'tight-calves': { cause: 'strain', sources: ['article', 'merck'] },
  diabetes: { cause: 'conditions', sources: ['article', 'mayo'] },
  kidney: { cause: 'conditions', sources: ['article', 'allen-kirby-2012', 'merck'] },
  'thyroid-liver': { cause: 'conditions', sources: ['article', 'nhs', 'mayo'] },
  pregnant: { cause: 'conditions', aboutYou: true, sources: ['nhs', 'mayo', 'nhs-inform-dvt'] },
  'over-60': { cause: 'conditions', aboutYou: true, sources: ['nhs', 'mayo', 'grandner-winkelman-2017'] },
  family: { cause: 'genetics', sources: ['article'] },
  sleep: { cause: 'lifestyle', sources: ['article', 'grandner-winkelman-2017'] },
  caffeine: { cause: 'lifestyle', sources: ['article', 'merck-causes'] },
  statin: { cause: 'lifestyle', sources: ['nhs', 'nhs-statins'] },
});

/** "About your cramps": each ticked item calls for help at its level. */
export const ABOUT: Record<AboutId, AboutFacts> = /* @__PURE__ */ own({
  frequent: { level: 'soon', sources: ['nhs', 'nhs-inform'] },
  severe: { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'self-care': { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'new-medicine': { level: 'soon', sources: ['merck'] },
  'long-cramp': { level: 'urgent', sources: ['nhs-inform'] },
  'other-symptoms': { level: 'urgent', sources: ['nhs-dvt', 'nhs-inform-dvt'] },
  'numb-weak': { level: 'urgent', sources: ['merck'] },
  'statin-pain': { level: 'urgent', sources: ['nhs-statins', 'mayo-statins'] },
});
