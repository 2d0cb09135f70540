import type { PartialWords } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * US English: only the words that differ from the built-in en-GB (spelling
 * such as diarrhea and toward, physical therapist, "charley horse", checking
 * boxes, US dates). Everything else comes from English; the facts are the same.
 */
export const enUS: PartialWords & { lang: string } = {
  lang: 'en-US',
  date: (year, month, day) => `${MONTHS[month - 1] ?? ''} ${String(day)}, ${String(year)}`,
  explainer: {
    intro:
      'A cramp (some people call it a charley horse) is a sudden, painful tightening of a muscle. Many leg cramps have no clear cause. These are things that are linked to them.',
  },
  causes: {
    dehydration: {
      triggers: [
        'Hard exercise that makes you sweat a lot',
        'Sports or work in hot weather',
        'Throwing up (vomiting) or having diarrhea',
        'Drinking a lot of alcohol',
        'Some medicines that make you pass more urine',
      ],
      helps: [
        'Drink water through the day, and more when it is hot or you exercise.',
        'Drink more when you are sick with vomiting or diarrhea.',
        'If a doctor has told you to drink less, for your kidneys or heart, follow their advice instead.',
        'Keep alcohol to a small amount.',
      ],
    },
    lifestyle: {
      helps: [
        'Eat a balanced diet.',
        'Cut back on alcohol, and on caffeine, which may play a part.',
        'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a nurse line right away.',
        'If cramps began after any other new medicine, ask your doctor or pharmacist about it. Do not stop it without asking first.',
      ],
    },
  },
  checklist: {
    intro: 'Check anything that applies to you. As you go, you will see which causes may fit and what you can try.',
    noScript: 'JavaScript is off in your browser, so checking a box will not show you anything. You can still read the list.',
    summaryEmpty: 'Nothing checked yet. Your summary will show here.',
    selectAll: 'Check all that apply.',
    ticked: (count) => (count === 1 ? 'You checked 1 answer.' : `You checked ${String(count)} answers.`),
    textAnswers: 'What you checked:',
    notice: {
      urgent: {
        body: [
          'Something you checked needs a doctor today. Contact your doctor, an urgent care clinic or a nurse line today.',
          'Pain, swelling or warmth in one leg, often in the calf or behind the knee, can be a sign of a blood clot. Do not rub the leg.',
        ],
      },
      soon: {
        body: [
          'Your answers suggest it is worth getting your cramps checked. Make an appointment with your doctor, or ask a pharmacist.',
          'Get medical help today if one leg is swollen, warm, red or darker than usual, or has pain that lasts or keeps coming back. This is often in the calf or behind the knee.',
          'Get medical help today if a cramp lasts more than 10 minutes and does not ease when you move.',
        ],
      },
    },
  },
  about: {
    'statin-pain': {
      action: 'You take a statin: stop taking it, and call your doctor or a nurse line right away.',
    },
  },
  risks: {
    sickness: { label: 'You have been throwing up (vomiting) or had diarrhea lately.' },
  },
  signs: {
    'statin-pain':
      'You take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark (cola-colored) pee. Stop taking the statin, and call your doctor or a nurse line right away.',
    'fluid-loss': 'Cramps started after you lost a lot of fluid: from throwing up, diarrhea, heavy sweating or water pills.',
    'tetanus-wound':
      'You get a cramp after a cut or wound that could let in tetanus (a serious infection), especially if your tetanus shots are not up to date. Or after contact with lead or mercury.',
    'back-nerve':
      'Numbness around your bottom or genitals. New trouble peeing or pooping: you cannot pee, or cannot control when you pee or poop. Or weakness or numbness in both legs that is bad or getting worse.',
  },
  tips: {
    statin:
      'If you take a statin and get muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee, stop the statin. Call your doctor or a nurse line right away.',
    quinine: 'Do not take quinine for cramps. In the US, it is not approved for leg cramps because it can have serious side effects.',
  },
  care: {
    urgent: {
      action:
        'Contact your doctor, an urgent care clinic or a nurse line today. Do not rub a leg that is swollen, warm or red: it could be a blood clot.',
    },
  },
  stretch: {
    safety:
      'Stretch gently. It should never hurt. Stop if you feel a sharp pain. After an injury or surgery, or if you have had a blood clot, ask a doctor or physical therapist first.',
  },
  stretches: {
    'wall-calf': {
      steps: [
        'Stand facing a wall. Put your hands on it at shoulder height.',
        'Step one foot back. Keep that leg straight and its heel on the floor.',
        'Bend your front knee and lean toward the wall until you feel a stretch in the back calf.',
        'Hold, then switch legs.',
      ],
      seated:
        'Sit on a firm chair. Straighten one leg with its heel on the floor, and pull your toes up toward you until you feel a stretch in the calf. A towel looped around your foot can help.',
    },
    'bent-knee-calf': {
      steps: [
        'Stand facing a wall with your hands on it, as for the calf stretch.',
        'Step one foot back and bend that knee a little. Keep its heel on the floor.',
        'Lean toward the wall until you feel a stretch low in the back calf.',
        'Hold, then switch legs.',
      ],
    },
    'towel-calf': {
      steps: [
        'Sit on the floor or a bed with one leg straight out in front of you.',
        'Loop a towel around the ball of your foot and hold both ends.',
        'Gently pull the towel toward you until you feel a stretch in your calf.',
        'Hold, then switch legs.',
      ],
    },
    'heel-drop': {
      safety:
        'Always hold a rail or a wall, so you do not fall. This stretch comes from older advice of the NHS (the UK\u2019s National Health Service) that is no longer on its website.',
    },
    'toe-pull': {
      steps: [
        'Straighten the leg with the cramp.',
        'Pull your toes up toward your shin, with your hand or a towel.',
        'Keep going until the cramp eases.',
        'Then gently rub the muscle. If you safely can, stand and put your weight on the leg.',
      ],
      alt: 'A person sits with the leg straight and pulls the toes toward the shin. The calf is highlighted.',
    },
  },
  during: {
    steps: {
      stretch: 'Straighten your leg and pull your toes up toward your shin, with your hand or a towel. Hold until the cramp eases.',
    },
  },

  guide: {
    intro: [
      'A leg cramp, sometimes called a charley horse, is a sudden, painful tightening of a muscle. Behind the knee, it is often the calf or the muscles at the back of the thigh. Cramps often come at night or when you are resting. They can last from a few seconds up to 10 minutes.',
      'This guide explains what can cause cramps. It helps you check your own risk factors, and shows stretches and steps that may help. It also tells you when to get medical help.',
    ],
  },
};
