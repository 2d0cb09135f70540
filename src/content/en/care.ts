/** Moved: the English care words are in ../care/en.ts, with the topic's facts, types and other languages. */
export { care } from '../care/en.js';
