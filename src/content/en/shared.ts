/** Moved: the English shared words are in ../shared/en.ts, with the topic's facts, types and other languages. */
export { shared } from '../shared/en.js';
