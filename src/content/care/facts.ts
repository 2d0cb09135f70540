import type { SignFacts, SignId } from './types.js';
import { own } from '../own.js';

/**
 * The warning signs, each at one level of care: a sign is never at two
 * levels. Where sources give a sign two levels, the more urgent one is kept
 * (coughing up blood: NHS "Pulmonary embolism" says 111, Guy's and St Thomas' says
 * 999 with signs of a clot in the leg; a sudden cold, pale leg: the archived NHS
 * page says urgent, Health New Zealand says emergency).
 */
export const SIGNS: Record<SignId, SignFacts> = /* @__PURE__ */ own({
  // Chest pain at emergency, even as a "cramp": Merck says cramps in the chest need a doctor right away, the NHS says
  // chest pain with a clot's signs means 999.
  'clot-lungs': { level: 'emergency', sources: ['nhs-pe', 'nhs-dvt', 'gstt-dvt', 'merck'] },
  'limb-sudden': { level: 'emergency', sources: ['health-nz-limb', 'nhs-pad'] },
  'back-nerve': { level: 'emergency', sources: ['nhs-sciatica', 'cauda-equina'] },
  'tetanus-spasms': { level: 'emergency', sources: ['nhs-tetanus', 'nhs-tetanus-jab'] },
  'clot-pain': { level: 'urgent', sources: ['nhs-dvt', 'nhs-inform-dvt'] },
  'clot-swelling': { level: 'urgent', sources: ['nhs-dvt', 'nhs-inform-dvt'] },
  'rest-pain': { level: 'urgent', sources: ['nhs-pad'] },
  // NHS inform: "speak to your GP urgently"; the NHS page now says "see a GP" (non-urgent). The more urgent is kept.
  'long-cramp': { level: 'urgent', sources: ['nhs-inform'] },
  'statin-pain': { level: 'urgent', sources: ['nhs-statins', 'mayo-statins'] },
  'fluid-loss': { level: 'urgent', sources: ['merck'] },
  'numb-weak': { level: 'urgent', sources: ['merck'] },
  'other-cramps': { level: 'urgent', sources: ['merck'] },
  'tetanus-wound': { level: 'urgent', sources: ['nhs-tetanus-jab', 'nhs-inform'] },
  frequent: { level: 'soon', sources: ['nhs', 'nhs-inform'] },
  painful: { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'daily-life': { level: 'soon', sources: ['nhs-inform'] },
  wasting: { level: 'soon', sources: ['nhs-inform'] },
  'self-care': { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'no-cause': { level: 'soon', sources: ['mayo'] },
  'new-medicine': { level: 'soon', sources: ['merck'] },
  alcohol: { level: 'soon', sources: ['merck'] },
  'walking-pain': { level: 'soon', sources: ['merck', 'nhs-pad'] },
  'knee-lump': { level: 'soon', sources: ['nhs-bakers-cyst'] },
});
