/**
 * cramp-kit: registers every element. This is the package root and the CDN
 * bundle's entry.
 */
export * from './cramp-cause-explainer.js';
export { define } from './define.js';
export { VERSION } from './version.js';
export {
  CAUSE_IDS,
  SOURCE_IDS,
  contentPackFor,
  registerContentPack,
  en,
  type Cause,
  type CauseId,
  type ContentPack,
  type Source,
  type SourceId,
} from './content/index.js';
