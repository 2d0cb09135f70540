import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the prevention tips that differ from the built-in en-GB (./en.ts), quinine's
 * US status among them.
 */
export const tips: PartialWords = {
  tips: {
    statin:
      'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a nurse line right away.',
    quinine: 'Do not take quinine for cramps. In the US, it is not approved for leg cramps because it can have serious side effects.',
  },
};
