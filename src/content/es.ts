import type { Words } from './types.js';
import { shared } from './shared/es.js';
import { causes } from './causes/es.js';
import { checklist } from './checklist/es.js';
import { stretches } from './stretches/es.js';
import { care } from './care/es.js';
import { tips } from './tips/es.js';
import { guide } from './guide/es.js';
import { anatomy } from './anatomy/es.js';
import { diary } from './diary/es.js';

/**
 * Spanish (es): every word of the English pack, translated. Usted throughout
 * (never tú or vosotros), in neutral international Spanish for readers in
 * Latin America, the US and Spain; buttons are infinitives ("Empezar",
 * "Pausar"). Quotation marks are « ». Sources keep their names and the
 * titles of their pages and papers as published (in English), except
 * MedlinePlus, which points to MedlinePlus en español. `date` is left out:
 * Spanish dates come from the browser's Intl. The facts (doses, levels of
 * care, sources) are shared with English and cannot change here. Each
 * topic's Spanish is in its folder (shared/es.ts, causes/es.ts...), beside
 * its English and its facts; this module only gathers them.
 */
export const es: Omit<Words, 'date'> = {
  ...shared,
  ...causes,
  ...checklist,
  ...stretches,
  ...care,
  ...tips,
  ...guide,
  ...anatomy,
  ...diary,
};
