import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the anatomy picture's words that differ from the built-in en-GB (./en.ts).
 * None does yet (no British spelling or term in them); a US word goes here, as in the other topics.
 */
export const anatomy: PartialWords = {};
