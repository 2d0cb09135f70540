import type { CarePart } from './types.js';

/**
 * English: When to get help: the three levels of care advice, and the
 * warning signs (which level each sign belongs to is a fact: ./facts.ts).
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
      'Sudden shortness of breath, or pain in your chest or upper back, even if it feels like a cramp. A very fast heartbeat, coughing up blood, or fainting or collapse. A blood clot may have reached the lungs: this is an emergency, with or without a painful, swollen leg.',
    'limb-sudden':
      'A leg that suddenly becomes painful, cold, pale or numb, or that you cannot move. The blood supply to the leg may be blocked.',
    'back-nerve':
      'Numbness around your bottom or genitals. New trouble peeing or pooing: you cannot pee, or cannot control when you pee or poo. Or weakness or numbness in both legs that is bad or getting worse.',
    'tetanus-spasms': 'A stiff jaw, or severe muscle stiffness or painful spasms, after a cut or wound. This can be tetanus.',
    'clot-pain':
      'Throbbing or cramping pain in one leg (rarely both), in the calf, behind the knee or in the thigh, that lasts or keeps coming back. It is often worse when you walk or stand up. This can be a blood clot (deep vein thrombosis, or DVT).',
    'clot-swelling':
      'Swelling in one leg. Or warm, red or darker skin around a painful area, often at the back of the leg below the knee. Or veins that are hard or sore to touch.',
    'rest-pain':
      'Pain in your leg or foot when you rest or at night that is not a cramp. Or a leg or foot that looks pale or blue or feels cold, or sores on it that do not heal. The blood flow to the leg may be low.',
    'long-cramp': 'A cramp lasts more than 10 minutes and does not ease when you move.',
    'statin-pain':
      'You take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark (cola-coloured) pee. Stop taking the statin, and call your doctor or a health helpline straight away.',
    'fluid-loss': 'Cramps started after you lost a lot of fluid: from being sick, diarrhoea, heavy sweating or water pills.',
    'numb-weak': 'Cramps come with weakness, loss of feeling or muscle twitches.',
    'other-cramps': 'You get cramps in your arms or belly.',
    'tetanus-wound':
      'You get a cramp after a cut or wound that could let in tetanus (a serious infection), especially if your tetanus jabs are not up to date. Or after contact with lead or mercury.',
    frequent: 'Cramps happen often, or stop you sleeping.',
    painful: 'Cramps are very painful.',
    'daily-life': 'Cramps get in the way of your daily life.',
    wasting: 'The muscles in your leg look like they are getting smaller (wasting away).',
    'self-care': 'Stretching and other self-care do not help.',
    'no-cause': 'Cramps have no clear cause, such as hard exercise.',
    'new-medicine': 'Cramps started after you began a new medicine.',
    alcohol: 'You drink a lot of alcohol and get cramps.',
    'walking-pain': 'Your leg hurts when you walk, and the pain goes away when you rest.',
    'knee-lump':
      'You have a lump behind your knee, or pain, tightness or stiffness there that is not a cramp. It may be a fluid-filled lump (a Baker\u2019s cyst) or something else.',
  },
} satisfies CarePart;
