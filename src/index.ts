/**
 * cramp-kit: registers every element. This is the package root and the CDN
 * bundle's entry.
 */
export * from './cramp-cause-explainer.js';
export * from './cramp-risk-checklist.js';
export * from './cramp-stretch-card.js';
export * from './cramp-stretch-routine.js';
export * from './cramp-care-advice.js';
export * from './cramp-prevention-tips.js';
export * from './cramp-guide.js';
export { define } from './define.js';
export { VERSION } from './version.js';
/** The whole English content pack, as data (the elements import only their parts). */
export { en } from './content/en.js';
// The ids, the values of theme and layout, registerContentPack, the content and event types: the
// side-effect-free entry's whole API, so the root and cramp-kit/content.js never drift apart.
export * from './content.js';
