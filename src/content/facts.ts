/**
 * The clinical facts, the same in every language: which cause each risk
 * belongs to, how sure the evidence is, stretch doses, the care level of
 * each warning sign, the sources and their addresses, review dates. Content
 * packs hold words only, keyed by these ids, so a translation cannot change
 * any of this. Each fact traces to the sources it names (see
 * ../shared/content-notes.md and the README's "Content and sources").
 */

// One module per topic (causes/facts.ts...), beside its words, so that a
// page that loads one element downloads only the facts it shows.
import { CAUSES } from './causes/facts.js';
import { ABOUT, RISKS } from './checklist/facts.js';
import { STRETCHES } from './stretches/facts.js';
import { SIGNS } from './care/facts.js';
import { TIPS } from './tips/facts.js';
import { DURING } from './guide/facts.js';
import { STRUCTURES } from './anatomy/facts.js';

export * from './shared/facts.js';
export { CAUSES, RISKS, ABOUT, STRETCHES, SIGNS, TIPS, DURING, STRUCTURES };
export { CHAIR_SOURCES } from './stretches/facts.js';
export { DIARY_RULES, LONG_CRAMP_MINUTES } from './diary/facts.js';

/**
 * The facts an element joins to its words, by section. Each element names
 * only the ones it shows, so a page that loads one element does not download
 * the facts of the others (the sources and review dates come with every one).
 */
export interface FactParts {
  causes?: typeof CAUSES;
  risks?: typeof RISKS;
  about?: typeof ABOUT;
  stretches?: typeof STRETCHES;
  signs?: typeof SIGNS;
  tips?: typeof TIPS;
  during?: typeof DURING;
  structures?: typeof STRUCTURES;
}

/** Every fact: for the guide and the whole English pack. */
export const ALL_FACTS: FactParts = {
  causes: CAUSES,
  risks: RISKS,
  about: ABOUT,
  stretches: STRETCHES,
  signs: SIGNS,
  tips: TIPS,
  during: DURING,
  structures: STRUCTURES,
};
