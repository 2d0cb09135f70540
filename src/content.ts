/**
 * cramp-kit's content API without any element: add packs for other languages,
 * read the ids. Loads no element and no English text.
 * CDN: import { registerContentPack } from '.../dist/cdn/content.js'
 * npm: import { registerContentPack } from 'cramp-kit/content.js'
 */
export {
  ABOUT_IDS,
  CARE_LEVELS,
  CAUSE_IDS,
  GUIDE_SECTIONS,
  RISK_IDS,
  SOURCE_IDS,
  STRETCH_IDS,
  contentPackFor,
  registerContentPack,
  type ContentPack,
  type PartialPack,
  type PartialWords,
  type Words,
} from './content/index.js';
