import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the care advice's words that differ from the built-in en-GB (./en.ts): an
 * urgent care clinic, shots.
 */
export const care: PartialWords = {
  signs: {
    'statin-pain':
      'You take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark (cola-colored) pee. Stop taking the statin, and call your doctor or a nurse line right away.',
    'fluid-loss': 'Cramps started after you lost a lot of fluid: from throwing up, diarrhea, heavy sweating or water pills.',
    'tetanus-wound':
      'You get a cramp after a cut or wound that could let in tetanus (a serious infection), especially if your tetanus shots are not up to date. Or after contact with lead or mercury.',
    'back-nerve':
      'Numbness around your bottom or genitals. New trouble peeing or pooping: you cannot pee, or cannot control when you pee or poop. Or weakness or numbness in both legs that is bad or getting worse.',
  },
  care: {
    urgent: {
      action:
        'Contact your doctor, an urgent care clinic or a nurse line today. Do not rub a leg that is swollen, warm or red: it could be a blood clot.',
    },
  },
};
