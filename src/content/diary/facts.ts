import type { DiaryRuleFacts, DiaryRuleId } from './types.js';
import { SIGNS } from '../care/facts.js';
import { own } from '../own.js';

/** A cramp longer than this many minutes is a warning sign (NHS inform: "longer than 10 minutes"; the NHS says the same). */
export const LONG_CRAMP_MINUTES = 10;

/**
 * The safety net the diary reads its entries against: each rule at a level
 * of care the care advice already gives, with the sources that say so. Where
 * a rule is one of the care advice's signs, it takes that sign's level and
 * sources, so the two can never disagree.
 * - swelling-one-leg: swelling in one leg is a sign of a blood clot (the
 *   care advice's "clot-swelling": NHS DVT, "ask for an urgent GP
 *   appointment or get help from 111"; NHS inform DVT).
 * - long-cramp: a cramp over 10 minutes (the care advice's "long-cramp":
 *   NHS inform, "speak to your GP urgently"; the NHS page says "see a GP",
 *   and the care advice keeps the more urgent).
 * - swelling-both-legs: cramps with swelling in the legs (NHS and NHS
 *   inform leg cramps: see a GP, non-urgent).
 * A sudden rise in how often cramps come is not a rule: no source checked
 * gives one (they say "frequent", with no number to count against).
 */
export const DIARY_RULES: Record<DiaryRuleId, DiaryRuleFacts> = /* @__PURE__ */ own({
  'swelling-one-leg': SIGNS['clot-swelling'],
  'long-cramp': SIGNS['long-cramp'],
  'swelling-both-legs': { level: 'soon', sources: ['nhs', 'nhs-inform'] },
});
