import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the cramp diary's words that differ from the built-in en-GB (./en.ts).
 */
export const diary: PartialWords = {
  diary: {
    times: {
      night: 'Night (12 to 6 a.m.)',
      morning: 'Morning (6 a.m. to noon)',
      afternoon: 'Afternoon (noon to 6 p.m.)',
      evening: 'Evening (6 p.m. to 12)',
    },
  },
};
