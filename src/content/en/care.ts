import type { ContentPack } from '../types.js';

/**
 * English: When to get help: the three levels of care advice.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
export const care = {
  careText: {
    title: 'When to get help',
    intro: 'Most leg cramps are harmless and pass within a few minutes. Get help if you notice any of these signs.',
    localNumber: 'your local emergency number',
  },
  care: {
    emergency: {
      prefix: 'Immediate action required: ',
      title: 'Call the emergency number now',
      intro: 'Call now if:',
      signs: ['You have pain or swelling in one leg, and also sudden shortness of breath or chest pain.'],
      action: 'Call {number} now. This can be a sign of a blood clot that has moved to your lungs.',
      sources: ['nhs-dvt'],
    },
    urgent: {
      prefix: 'Urgent advice: ',
      title: 'Get urgent help today',
      intro: 'Get help today if:',
      signs: [
        'One calf is swollen, warm, red or darker than usual, or has hard or sore veins.',
        'A cramp lasts more than 10 minutes and does not ease when you move.',
        'You get a cramp after a cut or wound that might be infected with tetanus (lockjaw), or after contact with lead or mercury.',
        'Your leg feels weak or numb, and this is new.',
      ],
      action:
        'Contact your doctor, an urgent care service or a health helpline today. A swollen, warm calf can be a sign of a blood clot in the leg.',
      sources: ['nhs-dvt', 'nhs', 'nhs-inform', 'merck'],
    },
    soon: {
      prefix: 'Non-urgent advice: ',
      title: 'See a doctor soon',
      intro: 'Book a visit with your doctor if:',
      signs: [
        'Cramps happen often, or stop you sleeping.',
        'Cramps come with numbness or swelling.',
        'The muscles in your leg are getting smaller or weaker.',
        'Stretching and other self-care do not help.',
        'Cramps started after you began a new medicine.',
        'Your leg hurts when you walk, and the pain goes away when you rest.',
      ],
      action: 'Make an appointment with your doctor. A pharmacist can also give advice.',
      sources: ['nhs', 'nhs-inform', 'mayo', 'medlineplus', 'merck'],
    },
  },
} satisfies Pick<ContentPack, 'careText' | 'care'>;
