import type { CausesPart } from './types.js';

/**
 * English: The six cause groups, and the cause explainer's words.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words. Certainty and sources: ./facts.ts.
 */
export const causes = {
  explainer: {
    title: 'What can cause cramps behind the knee',
    intro:
      'A cramp is a sudden, painful tightening of a muscle. Many leg cramps have no clear cause. These are things that are linked to them.',
    notDiagnosis: 'This is general information, not a diagnosis. If you are worried, talk to a doctor, nurse or pharmacist.',
    why: 'Why it can cause cramps',
    triggers: 'Things linked to it',
    who: 'Who it affects most',
    helps: 'What may help',
    lessCertain: 'Less certain',
    tabsLabel: 'Causes of leg cramps',
  },
  causes: {
    dehydration: {
      title: 'Not enough fluid',
      summary: 'Losing a lot of water, as in hard exercise or heat, can make your muscles cramp.',
      why: 'Muscles need water to work well. When you lose more fluid than you take in, they can tighten and cramp. This is clearer for cramps during or after exercise than for cramps at night.',
      triggers: [
        'Hard exercise that makes you sweat a lot',
        'Sport or work in hot weather',
        'Being sick (vomiting) or having diarrhoea',
        'Drinking a lot of alcohol',
        'Some medicines that make you pass more urine',
      ],
      who: 'People who exercise hard or work in the heat. It can also affect anyone who is unwell and losing fluid.',
      helps: [
        'Drink water through the day, and more when it is hot or you exercise.',
        'Drink more when you are ill with sickness or diarrhoea.',
        'If a doctor has told you to drink less, for your kidneys or heart, follow their advice instead.',
        'Keep alcohol to a small amount.',
      ],
    },

    electrolytes: {
      title: 'Low minerals (electrolytes)',
      summary: 'Your muscles need the right balance of some minerals to work well.',
      why: 'Minerals like potassium, calcium and magnesium help your nerves and muscles work. When they get very low or out of balance, muscles can cramp.',
      triggers: [
        'Water pills (diuretics), which can lower these minerals',
        'Kidney disease',
        'Stomach and gut problems',
        'A diet low in fruit, vegetables and dairy',
        'Low vitamin D',
      ],
      who: 'People who take water pills, and people with kidney or gut problems.',
      helps: [
        'Eat a balanced diet with plenty of fruit, vegetables and dairy foods, unless a doctor has told you to limit potassium (for example for your kidneys).',
        'If you take a water pill and get cramps, tell your doctor.',
        'Do not take mineral pills, such as magnesium, for cramps unless a doctor says so.',
      ],
      certaintyNote:
        'For most night cramps, low minerals are not the cause. Magnesium pills are unlikely to help older adults with cramps.',
    },

    strain: {
      title: 'Tired or overworked muscles',
      summary: 'Muscles that work too hard or too long can cramp.',
      why: 'A tired muscle is more likely to tighten and not let go. Tight calf muscles and too little stretching add to this.',
      triggers: [
        'Starting new exercise, or doing more than usual',
        'The same movement over and over',
        'Standing or sitting for a long time',
        'Poor posture (named by the source article only)',
        'Rarely stretching',
      ],
      who: 'Athletes, people whose work keeps them on their feet, and people who sit for long periods.',
      helps: ['Build up new exercise slowly.', 'Stretch your calves. Studies on whether stretching prevents cramps are mixed.'],
    },

    conditions: {
      title: 'Health conditions, age and pregnancy',
      summary: 'Some health conditions, getting older and being pregnant make leg cramps more likely.',
      why: 'Some conditions affect your nerves, blood flow or minerals. Any of these can make muscles cramp. Now and then, cramps are a sign of a problem that needs care, like a pinched nerve or a narrowed blood vessel.',
      triggers: [
        'Diabetes',
        'Kidney disease, or dialysis (when a machine cleans your blood)',
        'Thyroid problems (the thyroid is a gland in your neck)',
        'Liver disease',
        'Diseases that affect the nerves and muscles',
        'A pinched nerve in the lower back',
        'Narrowed blood vessels in the legs',
      ],
      who: 'People with these conditions. Cramps also get more common as you get older, and in pregnancy, mostly in the later months.',
      helps: [
        'Keep up with care and check-ups for any condition you have.',
        'Tell your doctor if cramps are frequent or very painful, or stop you sleeping.',
        'Tell your doctor if your leg hurts when you walk and the pain goes away when you rest. Pain in your leg or foot when you rest or at night that is not a cramp can mean low blood flow: get help today.',
        'Pregnancy and the 6 weeks after birth make a blood clot more likely. Get help today if one leg is swollen, warm or red, or has pain that lasts.',
        'In pregnancy, it is not clear that magnesium helps cramps. Ask your midwife or doctor before you take it.',
        'An urge to move your legs at night that eases when you move them may be restless legs, not cramps. Tell your doctor.',
      ],
    },

    genetics: {
      title: 'Your genes',
      summary: 'Some people seem more prone to cramps than others.',
      why: 'Cramps may run in some families. The reasons are not well understood.',
      triggers: ['Close family members who often get cramps'],
      who: 'People with close family who often get cramps may be more prone.',
      helps: ['You cannot change your genes, but the other tips here may still help.', 'Tell your doctor if you get cramps often.'],
      certaintyNote:
        'The article this guide is based on names genes as a factor. We found no trusted medical source that does. Take this one as less certain.',
    },

    lifestyle: {
      title: 'Daily habits and medicines',
      summary: 'What you eat, drink and take, and how you sleep, can play a part.',
      why: 'Some medicines are known to cause cramps. Short sleep is linked to night cramps, but it has not been shown to cause them.',
      triggers: [
        'A poor diet',
        'Short or poor sleep (linked to night cramps, but not shown to cause them)',
        'A lot of caffeine, such as coffee, tea or energy drinks',
        'Alcohol',
        'Some medicines, such as statins for cholesterol and water pills',
      ],
      who: 'Anyone. If cramps started after a new medicine, tell your doctor or pharmacist.',
      helps: [
        'Eat a balanced diet.',
        'Cut back on alcohol, and on caffeine, which may play a part.',
        'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a health helpline straight away.',
        'If cramps began after any other new medicine, ask your doctor or pharmacist about it. Do not stop it without asking first.',
      ],
    },
  },
} satisfies CausesPart;
