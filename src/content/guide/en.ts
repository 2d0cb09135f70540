import type { GuidePart } from './types.js';

/**
 * English: The guide's own words: title, introduction, what to do during a
 * cramp, disclaimer. Each element imports only the parts it shows.
 */
export const guide = {
  guide: {
    title: 'Leg cramps behind the knee',
    introTitle: 'What is a leg cramp?',
    intro: [
      'A leg cramp is a sudden, painful tightening of a muscle. Behind the knee, it is often the calf or the muscles at the back of the thigh. Cramps often come at night or when you are resting. They can last from a few seconds up to 10 minutes.',
      'This guide explains what can cause cramps. It helps you check your own risk factors, and shows stretches and steps that may help. It also tells you when to get medical help.',
    ],
    contents: 'Contents',
    sourcesTitle: 'Sources',
    nextReview: 'Next review due:',
    disclaimer:
      'This guide is general information, not medical advice. It cannot diagnose you. If you are worried about your symptoms, talk to a doctor, nurse or pharmacist.',
    condition: 'Leg cramps',
    description: 'What can cause leg cramps behind the knee, risk factors, stretches, prevention and when to get medical help.',
  },
  during: {
    title: 'What to do during a cramp',
    intro: 'Most cramps go away on their own. These steps can ease the pain.',
    steps: {
      stretch: 'Straighten your leg and pull your toes up towards your shin, with your hand or a towel. Hold until the cramp eases.',
      thigh:
        'For a cramp at the back of your thigh, stand with your weight on that leg and press down firmly. Hold a chair to steady yourself.',
      rub: 'Gently rub the tight muscle.',
      walk: 'If you safely can, stand up and put your weight on the leg with the cramp.',
      heat: 'A warm (not hot) towel can relax a tight muscle. Take care if your skin is numb, for example from diabetes: heat can burn it. Once the pain eases, an ice pack wrapped in a cloth may help the soreness.',
      'rubbing-caution': 'Do not rub a leg that is swollen, warm, red or sore to touch. Get medical help today: it could be a blood clot.',
      soreness:
        'The muscle may be sore for up to a day. Painkillers work too slowly to stop a cramp, but may ease the soreness after. Ask a pharmacist which one is safe for you.',
      'ten-minutes': 'If a cramp lasts more than 10 minutes and does not ease when you move, get medical help today.',
    },
  },
} satisfies GuidePart;
