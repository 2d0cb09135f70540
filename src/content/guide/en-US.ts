import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the guide's words that differ from the built-in en-GB (./en.ts).
 */
export const guide: PartialWords = {
  during: {
    steps: {
      stretch: 'Straighten your leg and pull your toes up toward your shin, with your hand or a towel. Hold until the cramp eases.',
    },
  },
  guide: {
    intro: [
      'A leg cramp, sometimes called a charley horse, is a sudden, painful tightening of a muscle. Behind the knee, it is often the calf or the muscles at the back of the thigh. Cramps often come at night or when you are resting. They can last from a few seconds up to 10 minutes.',
      'This guide explains what can cause cramps. It helps you check your own risk factors, and shows stretches and steps that may help. It also tells you when to get medical help.',
    ],
  },
};
