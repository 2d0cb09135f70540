/** Moved: the English stretches words are in ../stretches/en.ts, with the topic's facts, types and other languages. */
export { stretches } from '../stretches/en.js';
