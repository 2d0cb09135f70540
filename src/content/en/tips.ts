/** Moved: the English tips words are in ../tips/en.ts, with the topic's facts, types and other languages. */
export { tips } from '../tips/en.js';
