import type { ContentPack, Words } from './types.js';
import { contentPackFor, withEnglish } from './index.js';
import { ALL_FACTS } from './facts.js';
import { care } from './care/en.js';
import { causes } from './causes/en.js';
import { checklist } from './checklist/en.js';
import { guide } from './guide/en.js';
import { shared } from './shared/en.js';
import { stretches } from './stretches/en.js';
import { tips } from './tips/en.js';
import { anatomy } from './anatomy/en.js';
import { diary } from './diary/en.js';
import { citedSources } from './shared/en-citations.js';

/** Every English word (en-GB), the template for a pack of any other language. */
export const enWords: Words = {
  ...shared,
  ...causes,
  ...checklist,
  ...stretches,
  ...care,
  ...tips,
  ...guide,
  ...anatomy,
  ...diary,
  // Each source's name with its citation (only the guide shows citations: the other elements leave them out).
  sources: citedSources,
};

/**
 * The whole English content, with the facts joined in. Facts come from the
 * source article and the references in the shared content notes; the
 * wording is written for reading grade 6 to 8 (checked by a test). The
 * other elements import the parts they show (causes/en.ts...); the guide, which shows them all,
 * uses `enWords`, so this is the pack it renders with (computed once).
 */
export const en: ContentPack = withEnglish(enWords, contentPackFor(''), ALL_FACTS);
