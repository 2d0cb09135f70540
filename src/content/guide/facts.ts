import type { SourceId } from '../shared/types.js';
import type { DuringId } from './types.js';
import { own } from '../own.js';

/** What to do during a cramp (the guide's `during` section). */
export const DURING: Record<DuringId, SourceId[]> = /* @__PURE__ */ own({
  stretch: ['nhs', 'mayo-treatment', 'merck'],
  thigh: ['mayo-treatment'],
  rub: ['nhs', 'mayo-treatment', 'medlineplus'],
  // The NHS: "Standing up and putting your weight on the leg with the cramp may also help."
  walk: ['nhs'],
  // Heat and ice: MedlinePlus and Mayo; numb skin can scald: NHS "Sciatica".
  heat: ['medlineplus', 'mayo-treatment', 'nhs-sciatica'],
  // That it could be a clot: the NHS. Not rubbing is a precaution from the kit's clinical review (content notes,
  // revision 2): no public page this project could check says it.
  'rubbing-caution': ['nhs-dvt'],
  soreness: ['nhs'],
  'ten-minutes': ['nhs-inform'],
});
