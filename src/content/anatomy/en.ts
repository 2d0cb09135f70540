import type { AnatomyPart } from './types.js';

/**
 * English: the anatomy picture's words. Each structure's text says what it
 * is and why it matters for cramps or as a warning sign, no more than its
 * sources say (./facts.ts).
 */
export const anatomy = {
  anatomy: {
    title: 'The back of the knee',
    intro:
      'The soft hollow at the back of your knee is called the knee pit. Muscles, a vein, an artery and a nerve pass through it. Choose a part to learn what it is.',
    picture: 'Picture of the back of the right knee',
    list: 'Parts of the back of the knee',
    hint: 'Choose a part in the picture or the list.',
  },
  structures: {
    gastrocnemius: {
      name: 'Calf muscle (gastrocnemius)',
      text: 'This is the main muscle of your calf. It has two parts, called heads. They start at the lower end of the thigh bone and form the lower sides of the knee pit. Most leg cramps happen in the calf.',
      more: 'Read about tired or overworked muscles',
    },
    'hamstring-tendons': {
      name: 'Hamstring tendons',
      text: 'The hamstrings are the muscles at the back of your thigh. Their ends form the upper sides of the knee pit. Cramps can happen in the thigh too, and they tend to last the longest.',
      more: 'Read about tired or overworked muscles',
    },
    popliteus: {
      name: 'Popliteus',
      text: 'This muscle lies deep in the floor of the knee pit. It helps to unlock the knee so that it can bend.',
      more: 'Read about tired or overworked muscles',
    },
    'popliteal-vein': {
      name: 'Popliteal vein',
      text: 'This is a deep vein behind the knee. A blood clot can form in it (a DVT). The pain of a clot can be throbbing or feel like a cramp. It is usually in one leg, and that leg may swell. If one leg hurts and is swollen, get medical help today.',
      more: 'When to get help',
    },
    'popliteal-artery': {
      name: 'Popliteal artery',
      text: 'This is the main artery behind the knee. It brings blood to your knee, lower leg and foot. If it gets narrow or blocked, your leg may hurt or cramp when you walk. The pain goes away when you rest. Tell your doctor if this happens.',
      more: 'Read about health conditions that can cause cramps',
    },
    'tibial-nerve': {
      name: 'Tibial nerve',
      text: 'This is a large nerve. It runs from the back of the knee down to the foot. It helps you move muscles and feel things in parts of your lower leg and foot. It is a branch of the sciatic nerve.',
      more: 'Read about health conditions that can cause cramps',
    },
    'bakers-cyst': {
      name: 'Where a Baker\u2019s cyst forms',
      text: 'A Baker\u2019s cyst is a lump filled with fluid at the back of the knee. If it bursts, fluid leaks into the calf. This can cause sharp pain, swelling and redness. A doctor may do tests to rule out a blood clot. See a doctor if a lump behind your knee causes problems and does not go away.',
      more: 'When to get help',
    },
  },
} satisfies AnatomyPart;
