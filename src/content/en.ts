import type { ContentPack, Words } from './types.js';
import { contentPackFor, withEnglish } from './index.js';
import { ALL_FACTS } from './facts.js';
import { diary } from './diary/en.js';
import { guideWords } from './topics-en.js';

/** Every English word (en-GB), the template for a pack of any other language. */
export const enWords: Words = { ...guideWords, ...diary };

/**
 * The whole English content, with the facts joined in. Facts come from the
 * source article and the references in the shared content notes; the
 * wording is written for reading grade 6 to 8 (checked by a test). The
 * other elements import the parts they show (causes/en.ts...); the guide, which shows them all,
 * uses `enWords`, so this is the pack it renders with (computed once).
 */
export const en: ContentPack = withEnglish(enWords, contentPackFor(''), ALL_FACTS);
