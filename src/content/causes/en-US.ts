import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the cause explainer's words that differ from the built-in en-GB (./en.ts):
 * "charley horse", diarrhea.
 */
export const causes: PartialWords = {
  explainer: {
    intro:
      'A cramp (some people call it a charley horse) is a sudden, painful tightening of a muscle. Many leg cramps have no clear cause. These are things that are linked to them.',
  },
  causes: {
    dehydration: {
      triggers: [
        'Hard exercise that makes you sweat a lot',
        'Sports or work in hot weather',
        'Throwing up (vomiting) or having diarrhea',
        'Drinking a lot of alcohol',
        'Some medicines that make you pass more urine',
      ],
      helps: [
        'Drink water through the day, and more when it is hot or you exercise.',
        'Drink more when you are sick with vomiting or diarrhea.',
        'If a doctor has told you to drink less, for your kidneys or heart, follow their advice instead.',
        'Keep alcohol to a small amount.',
      ],
    },
    lifestyle: {
      helps: [
        'Eat a balanced diet.',
        'Cut back on alcohol, and on caffeine, which may play a part.',
        'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a nurse line right away.',
        'If cramps began after any other new medicine, ask your doctor or pharmacist about it. Do not stop it without asking first.',
      ],
    },
  },
};
