import type { SignFacts, SignId } from '../types.js';

/** The warning signs, each at one level of care: a sign is never at two levels. */
export const SIGNS: Record<SignId, SignFacts> = {
  'clot-lungs': { level: 'emergency', sources: ['nhs-dvt', 'nhs-blood-clots'] },
  'back-nerve': { level: 'emergency', sources: ['cauda-equina'] },
  'tetanus-spasms': { level: 'emergency', sources: ['nhs-tetanus'] },
  'clot-pain': { level: 'urgent', sources: ['nhs-dvt'] },
  'clot-swelling': { level: 'urgent', sources: ['nhs-dvt'] },
  'long-cramp': { level: 'urgent', sources: ['nhs', 'nhs-inform'] },
  'statin-pain': { level: 'urgent', sources: ['nhs-statins', 'mayo-statins'] },
  'fluid-loss': { level: 'urgent', sources: ['merck'] },
  'numb-weak': { level: 'urgent', sources: ['merck'] },
  'tetanus-wound': { level: 'urgent', sources: ['nhs', 'nhs-inform'] },
  frequent: { level: 'soon', sources: ['nhs', 'nhs-inform'] },
  painful: { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'daily-life': { level: 'soon', sources: ['nhs-inform'] },
  wasting: { level: 'soon', sources: ['nhs-inform'] },
  'self-care': { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'no-cause': { level: 'soon', sources: ['mayo'] },
  'new-medicine': { level: 'soon', sources: ['merck'] },
  'walking-pain': { level: 'soon', sources: ['merck'] },
  'knee-lump': { level: 'soon', sources: ['nhs-bakers-cyst'] },
};
