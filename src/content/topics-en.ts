import { anatomy } from './anatomy/en.js';
import { care } from './care/en.js';
import { causes } from './causes/en.js';
import { checklist } from './checklist/en.js';
import { guide } from './guide/en.js';
import { shared } from './shared/en.js';
import { citedSources } from './shared/en-citations.js';
import { stretches } from './stretches/en.js';
import { tips } from './tips/en.js';

/**
 * English: the words of every topic the guide shows (all but the diary's),
 * each source's name with its full citation (only the guide shows
 * citations). The guide renders with these; ./en.ts adds the diary's.
 */
export const guideWords = {
  ...shared,
  ...causes,
  ...checklist,
  ...stretches,
  ...care,
  ...tips,
  ...guide,
  ...anatomy,
  sources: citedSources,
};
