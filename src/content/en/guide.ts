import type { ContentPack } from '../types.js';

/**
 * English: The guide's own words: title, introduction, disclaimer.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
    lastReviewed: 'Last reviewed:',
    nextReview: 'Next review due:',
    // Written here rather than with Intl.DateTimeFormat, whose first use costs a page about 10 ms.
    date: (year: number, month: number, day: number) =>
      `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`,
    disclaimer:
      'This guide is general information, not medical advice. It cannot diagnose you. If you are worried about your symptoms, talk to a doctor, nurse or pharmacist.',
    condition: 'Leg cramps',
    description:
      'What can cause leg cramps behind the knee, risk factors, stretches, prevention and when to get medical help.',
  },
} satisfies Pick<ContentPack, 'guide'>;
