import type { Words } from '../types.js';

/**
 * English: When to get help: the three levels of care advice, and the
 * warning signs (which level each sign belongs to is a fact: ../facts.ts).
 * Each element imports only the parts it shows.
 */
export const care = {
  careText: {
    title: 'When to get help',
    intro: 'Most leg cramps are harmless and pass within a few minutes. Get help if you notice any of these signs.',
  },
  care: {
    emergency: {
      prefix: 'Immediate action required: ',
      title: 'Call the emergency number now',
      intro: 'Call now if you have:',
      action: 'Call {number} now and ask for an ambulance. Do not drive yourself.',
    },
    urgent: {
      prefix: 'Urgent advice: ',
      title: 'Get urgent help today',
      intro: 'Get help today if:',
      action:
        'Contact your doctor, an urgent care service or a health helpline today. Do not rub a leg that is swollen, warm or red: it could be a blood clot.',
    },
    soon: {
      prefix: 'Non-urgent advice: ',
      title: 'See a doctor soon',
      intro: 'Book a visit with your doctor if:',
      action: 'Make an appointment with your doctor. A pharmacist can also give advice.',
    },
  },
  signs: {
    'clot-lungs':
      'Sudden shortness of breath, chest pain (it may be worse when you breathe in) or coughing up blood. This is an emergency with or without a painful, swollen leg.',
    'back-nerve':
      'Numbness around your bottom or genitals, new trouble controlling your bladder or bowels, or weakness or numbness in both legs.',
    'tetanus-spasms': 'Severe muscle stiffness or painful spasms after a cut or wound (this can be tetanus).',
    'clot-pain':
      'Throbbing or cramping pain in one leg, usually in the calf or thigh, that does not go away like a cramp. This can be a blood clot.',
    'clot-swelling': 'Swelling in one leg, or warm, red or darker skin around a painful area, or veins that are hard or sore to touch.',
    'long-cramp': 'A cramp lasts more than 10 minutes and does not ease when you move.',
    'statin-pain':
      'You take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark (cola-coloured) pee. Follow the medicine\u2019s leaflet.',
    'fluid-loss':
      'After you lost a lot of fluid (being sick, diarrhoea, heavy sweating or water pills), cramps come with muscle twitches, weakness or loss of feeling.',
    'numb-weak': 'Cramps come with weakness, loss of feeling or muscle twitches.',
    'tetanus-wound':
      'You get a cramp after a cut or wound that might be infected with tetanus (a serious infection that gets in through a wound), or after contact with lead or mercury.',
    frequent: 'Cramps happen often, or stop you sleeping.',
    painful: 'Cramps are very painful.',
    'daily-life': 'Cramps get in the way of your daily life.',
    wasting: 'The muscles in your leg look like they are getting smaller (wasting away).',
    'self-care': 'Stretching and other self-care do not help.',
    'no-cause': 'Cramps have no clear cause, such as hard exercise.',
    'new-medicine': 'Cramps started after you began a new medicine.',
    'walking-pain': 'Your leg hurts when you walk, and the pain goes away when you rest.',
    'knee-lump': 'You have a lump behind your knee. It may be a fluid-filled lump (a Baker\u2019s cyst) or something else.',
  },
} satisfies Pick<Words, 'careText' | 'care' | 'signs'>;
