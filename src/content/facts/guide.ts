import type { DuringId, SourceId } from '../types.js';

/** What to do during a cramp (the guide's `during` section). */
export const DURING: Record<DuringId, SourceId[]> = {
  stretch: ['nhs', 'mayo', 'merck'],
  thigh: ['mayo'],
  rub: ['nhs', 'mayo', 'medlineplus'],
  walk: ['mayo', 'nhs-inform'],
  heat: ['medlineplus', 'mayo'],
  'rubbing-caution': ['nhs-dvt'],
  soreness: ['nhs'],
  'ten-minutes': ['nhs', 'nhs-inform'],
};
