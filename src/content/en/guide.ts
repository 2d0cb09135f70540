/** Moved: the English guide words are in ../guide/en.ts, with the topic's facts, types and other languages. */
export { guide } from '../guide/en.js';
