import type { TipsPart } from './types.js';

/**
 * English: The do-and-don't prevention tips (kind, cause and sources: ./facts.ts).
 * Each element imports only the parts it shows.
 */
export const tips = {
  prevention: {
    title: 'How to help prevent cramps',
    intro: 'These steps may lower your chance of getting cramps. They cannot stop every cramp.',
    doTitle: 'Do',
    dontTitle: 'Don\u2019t',
  },
  tips: {
    water: 'Drink water through the day, and more when it is hot or you exercise.',
    'fluid-limits':
      'If your doctor, kidney team or heart team has told you to limit fluids or potassium, follow their advice, not the tips here.',
    food: 'Eat fruit, vegetables and dairy foods as part of a balanced diet.',
    stretch: 'Stretch your calves gently before bed. It may help, but studies are mixed.',
    'warm-up': 'Warm up before you exercise.',
    strength: 'Do exercises that make your leg muscles stronger (named by the source article only).',
    alcohol: 'Do not drink a lot of alcohol.',
    heat: 'Do not exercise hard in hot weather without drinking more.',
    supplements:
      'Do not take mineral pills, such as magnesium, for cramps unless a doctor says so. Low minerals are not the cause of most night cramps, and magnesium is unlikely to help older adults.',
    caffeine: 'Do not have a lot of caffeine, such as coffee, tea or energy drinks. It may play a part.',
    statin:
      'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a health helpline straight away.',
    medicine: 'Do not stop any other medicine because of cramps without asking your doctor or pharmacist first.',
    quinine:
      'Do not take quinine for cramps unless a doctor prescribes it. It is no longer advised for most cramps because of serious side effects. A doctor may offer it only for very bad cramps when nothing else has helped.',
  },
} satisfies TipsPart;
