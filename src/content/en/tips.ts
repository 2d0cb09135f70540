import type { ContentPack } from '../types.js';

/**
 * English: The do-and-don't prevention tips.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
export const tips = {
  prevention: {
    title: 'How to help prevent cramps',
    intro: 'These steps may lower your chance of getting cramps. They cannot stop every cramp.',
    doTitle: 'Do',
    dontTitle: 'Don\u2019t',
  },
  tips: [
    { kind: 'do', text: 'Drink water through the day, and more when it is hot or you exercise.', cause: 'dehydration', sources: ['article', 'nhs'] },
    {
      kind: 'do',
      text: 'Eat fruit, vegetables and dairy foods. They give you potassium, calcium and magnesium.',
      cause: 'electrolytes',
      sources: ['article'],
    },
    {
      kind: 'do',
      text: 'Stretch your calves gently before bed. It may help, but studies are mixed.',
      cause: 'strain',
      sources: ['hallegraeff-2012', 'allen-kirby-2012'],
    },
    { kind: 'do', text: 'Warm up before exercise, and build up new exercise slowly.', cause: 'strain', sources: ['aaos', 'nhs'] },
    { kind: 'do', text: 'Do exercises that make your leg muscles stronger.', cause: 'strain', sources: ['article'] },
    { kind: 'dont', text: 'Do not drink a lot of alcohol.', cause: 'dehydration', sources: ['article', 'merck'] },
    {
      kind: 'dont',
      text: 'Do not exercise hard in hot weather without drinking more.',
      cause: 'dehydration',
      sources: ['nhs', 'mayo'],
    },
    {
      kind: 'dont',
      text: 'Do not have a lot of caffeine, such as coffee, tea or energy drinks. It may play a part.',
      cause: 'lifestyle',
      sources: ['article'],
    },
    {
      kind: 'dont',
      text: 'Do not stop a medicine on your own, even if cramps began after you started it. Ask your doctor or pharmacist first.',
      cause: 'lifestyle',
      sources: ['nhs', 'merck'],
    },
    {
      kind: 'dont',
      text: 'Do not take quinine, a medicine, for cramps unless a doctor has prescribed it. Doctors only offer it for very bad cramps, because it can have serious side effects.',
      cause: 'lifestyle',
      sources: ['nhs', 'allen-kirby-2012'],
    },
  ],
} satisfies Pick<ContentPack, 'prevention' | 'tips'>;
