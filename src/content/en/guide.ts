import type { ContentPack } from '../types.js';

/**
 * English: The guide's own words: title, introduction, disclaimer.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
export const guide = {
  guide: {
    title: 'Leg cramps behind the knee',
    introTitle: 'What is a leg cramp?',
    intro: [
      'A leg cramp is a sudden, painful tightening of a muscle. Behind the knee, it is often the calf or the muscles at the back of the thigh. Cramps often come at night or during exercise. Most pass within a few minutes.',
      'This guide explains what can cause cramps. It helps you check your own risk factors, and shows stretches and steps that may help. It also tells you when to get medical help.',
    ],
    contents: 'Contents',
    sourcesTitle: 'Sources',
    lastReviewed: 'Last reviewed:',
    nextReview: 'Next review due:',
    disclaimer:
      'This guide is general information, not medical advice. It cannot diagnose you. If you are worried about your symptoms, talk to a doctor, nurse or pharmacist.',
    condition: 'Leg cramps',
    description:
      'What can cause leg cramps behind the knee, risk factors, stretches, prevention and when to get medical help.',
  },
} satisfies Pick<ContentPack, 'guide'>;
