/** Moved: the English checklist words are in ../checklist/en.ts, with the topic's facts, types and other languages. */
export { checklist } from '../checklist/en.js';
