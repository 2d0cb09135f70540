/** Moved: the English causes words are in ../causes/en.ts, with the topic's facts, types and other languages. */
export { causes } from '../causes/en.js';
