import type { PartialWords } from './types.js';
import { shared } from './shared/en-US.js';
import { causes } from './causes/en-US.js';
import { checklist } from './checklist/en-US.js';
import { stretches } from './stretches/en-US.js';
import { care } from './care/en-US.js';
import { tips } from './tips/en-US.js';
import { guide } from './guide/en-US.js';
import { anatomy } from './anatomy/en-US.js';
import { diary } from './diary/en-US.js';

/**
 * US English: only the words that differ from the built-in en-GB (spelling
 * such as diarrhea and toward, physical therapist, "charley horse", checking
 * boxes, US dates). Everything else comes from English; the facts are the same.
 * Each topic's US words are in its folder (causes/en-US.ts...); this module
 * only gathers them.
 */
export const enUS: PartialWords & { lang: string } = {
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
