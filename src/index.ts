/**
 * cramp-kit: registers every element. This is the package root and the CDN
 * bundle's entry.
 */
import './define.js';
// Modules of a kind first, side by side: the styles, then the clinical facts and the English words.
// A bundle compresses better when like sits with like (0.29 kB brotli of the CDN bundle, measured
// for issue 17); the elements below import them again, which changes nothing else.
import './core/styles.js';
import './elements/cramp-cause-explainer/cramp-cause-explainer.styles.js';
import './elements/cramp-risk-checklist/cramp-risk-checklist.styles.js';
import './elements/cramp-stretch-card/cramp-stretch-card.styles.js';
import './elements/cramp-stretch-routine/cramp-stretch-routine.styles.js';
import './elements/cramp-care-advice/cramp-care-advice.styles.js';
import './elements/cramp-prevention-tips/cramp-prevention-tips.styles.js';
import './elements/cramp-guide/cramp-guide.styles.js';
import './content/facts.js';
import './content/en.js';
export * from './cramp-cause-explainer.js';
export * from './cramp-risk-checklist.js';
export * from './cramp-stretch-card.js';
export * from './cramp-stretch-routine.js';
export * from './cramp-care-advice.js';
export * from './cramp-prevention-tips.js';
export * from './cramp-guide.js';
export * from './cramp-anatomy.js';
export * from './cramp-diary.js';
export { define } from './define.js';
export { VERSION } from './version.js';
/** The whole English content pack, as data (the elements import only their parts). */
export { en } from './content/en.js';
// The ids, the values of theme and layout, registerContentPack, the content and event types: the
// side-effect-free entry's whole API, so the root and cramp-kit/content.js never drift apart.
export * from './content-api.js';
