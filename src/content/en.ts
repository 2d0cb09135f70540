import type { ContentPack } from './types.js';

/**
 * The English content pack. Facts come from the source article and the
 * references in the shared content notes; the wording is written for
 * reading grade 6 to 8 (checked by a test).
 */
export const en: ContentPack = {
  lang: 'en',
  dir: 'ltr',
  listSeparator: ', ',
  reviewed: { last: '2026-11-24', next: '2027-11-24' },

  explainer: {
    title: 'What can cause cramps behind the knee',
    intro:
      'A cramp is a sudden, painful tightening of a muscle. Many leg cramps have no clear cause. These are things that are linked to them.',
    notDiagnosis:
      'This is general information, not a diagnosis. If you are worried, talk to a doctor, nurse or pharmacist.',
    why: 'Why it can cause cramps',
    triggers: 'Common triggers',
    who: 'Who it affects most',
    helps: 'What may help',
    sources: 'Sources:',
    lessCertain: 'Less certain',
    tabsLabel: 'Causes of leg cramps',
  },

  checklist: {
    title: 'Could any of these be behind your cramps?',
    intro:
      'Tick anything that applies to you. As you go, you will see which causes may fit and what you can try.',
    privacy: 'Your answers stay on this page. They are not saved or sent anywhere.',
    privacyPersist:
      'Your answers are saved on this device only, so they are here when you come back. They are not sent anywhere.',
    aboutLegend: 'About your cramps',
    summaryTitle: 'What your answers suggest',
    summaryEmpty: 'Nothing ticked yet. Your summary will show here.',
    summaryNone: 'None of the common causes are ticked.',
    answers: (count) => (count === 1 ? '1 of your answers' : `${String(count)} of your answers`),
    helps: 'What may help:',
    more: (cause) => `Read more about ${cause}`,
    notDiagnosis:
      'This is not a diagnosis. Many cramps have no clear cause. If you are worried, talk to a doctor, nurse or pharmacist.',
    noticePrefix: 'Important: ',
    noticeTitle: 'Talk to a doctor, nurse or pharmacist',
    noticeBody: [
      'Your answers suggest it is worth getting your cramps checked. Book a visit with your doctor, or ask a pharmacist.',
      'Get medical help today if one calf is swollen, red, warm or sore, or a cramp lasts more than 10 minutes and does not ease when you move.',
      'Call your local emergency number if you also have chest pain or sudden shortness of breath.',
    ],
    noticeCare: 'See when to get help',
    reset: 'Clear answers',
    copy: 'Copy summary',
    copied: 'Summary copied. You can paste it into a note or an email.',
    copyFailed:
      'Your browser did not let us copy. The summary is in the box below and selected: press Ctrl+C (or Cmd+C) to copy it.',
    print: 'Print summary',
    announce: (causes, seeProfessional) =>
      [
        causes.length
          ? `${String(causes.length)} possible cause${causes.length === 1 ? '' : 's'}: ${causes.join(', ')}.`
          : 'No possible causes ticked.',
        seeProfessional ? 'Talk to a doctor, nurse or pharmacist.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    cleared: 'Answers cleared.',
    textTitle: 'Leg cramps: my checklist',
    textAnswers: 'What I ticked:',
    textCauses: 'Causes that may fit:',
  },

  stretch: {
    usePrevent: 'To help prevent cramps',
    useDuring: 'During a cramp',
    doseDuring: 'Hold until the cramp eases. The timer counts the time for you.',
    dose: (hold, reps, perSide) =>
      `Hold for ${String(hold)} seconds. Do this ${reps === 1 ? 'once' : `${String(reps)} times`}${perSide ? ' on each leg' : ''}.`,
    safetyLabel: 'Safety:',
    safety:
      'Stretch gently. It should never hurt. Stop if you feel a sharp pain. After an injury or surgery, or if you have had a blood clot, ask a doctor or physiotherapist first.',
    evidence:
      'Studies on whether stretching prevents cramps are mixed. In one trial, older adults who stretched before bed had fewer night cramps. A review of the research calls the proof limited.',
    timer: 'Hold timer',
    seconds: 'seconds',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    again: 'Start again',
    left: 'Left leg',
    right: 'Right leg',
    rep: (rep, reps) => `Rep ${String(rep)} of ${String(reps)}`,
    hold: 'Hold',
    rest: 'Rest',
    paused: 'Paused:',
    done: 'Done',
    announceStart: (hold, side) => `Started. Hold for ${String(hold)} seconds${side ? `, ${side.toLowerCase()}` : ''}.`,
    announceHoldEnd: (rest, next) => `Rest for ${String(rest)} seconds. Next: ${next.toLowerCase()}.`,
    announceDone: (reps) => `All done: ${reps === 1 ? 'one hold' : `${String(reps)} reps`}. Well done.`,
    announceCheck: (seconds) =>
      `${String(seconds)} seconds. If the cramp has not eased, keep holding and start the timer again.`,
    unknown: 'Sorry, this stretch could not be shown.',
    routineTitle: 'Stretch routine',
    routineIntro: (count, minutes) =>
      `${String(count)} stretch${count === 1 ? '' : 'es'}, about ${String(minutes)} minute${minutes === 1 ? '' : 's'} in all.`,
    step: (step, steps) => `Step ${String(step)} of ${String(steps)}`,
    previous: 'Previous',
    next: 'Next',
    startRoutine: 'Start routine',
    routineDone: 'Routine complete. Well done.',
  },

  stretches: {
    'wall-calf': {
      name: 'Calf stretch against a wall',
      use: 'prevent',
      steps: [
        'Stand facing a wall. Put your hands on it at shoulder height.',
        'Step one foot back. Keep that leg straight and its heel on the floor.',
        'Bend your front knee and lean toward the wall until you feel a stretch in the back calf.',
        'Hold, then switch legs.',
      ],
      hold: 10,
      reps: 3,
      rest: 10,
      perSide: true,
      routine: true,
      safety: 'Keep your back heel down and your back straight.',
      alt: 'A person leans on a wall with one leg stretched back and the heel down. The calf of the back leg is highlighted.',
      sources: ['hallegraeff-2012', 'aaos'],
    },
    'bent-knee-calf': {
      name: 'Bent-knee calf stretch',
      use: 'prevent',
      steps: [
        'Stand facing a wall with your hands on it, as for the calf stretch.',
        'Step one foot back and bend that knee a little. Keep its heel on the floor.',
        'Lean toward the wall until you feel a stretch low in the back calf.',
        'Hold, then switch legs.',
      ],
      hold: 20,
      reps: 3,
      rest: 10,
      perSide: true,
      routine: true,
      safety: 'Keep your back heel on the floor.',
      alt: 'A person leans on a wall with the back knee a little bent and the heel down. The lower calf of the back leg is highlighted.',
      sources: ['aaos'],
    },
    hamstring: {
      name: 'Seated hamstring stretch',
      use: 'prevent',
      steps: [
        'Sit on the floor with one leg straight out in front and your toes pointing up. Bend the other knee.',
        'Keep your back straight and lean forward from your hips.',
        'Stop when you feel a stretch in the back of your thigh and knee.',
        'Hold, then switch legs.',
      ],
      hold: 20,
      reps: 3,
      rest: 10,
      perSide: true,
      routine: true,
      safety: 'Do not bounce, and do not round your back.',
      alt: 'A person sits with one leg straight and leans forward from the hips. The back of the thigh is highlighted.',
      sources: ['medlineplus', 'aaos'],
    },
    'towel-calf': {
      name: 'Seated towel stretch',
      use: 'prevent',
      steps: [
        'Sit with one leg straight out in front of you.',
        'Loop a towel around the ball of your foot and hold both ends.',
        'Gently pull the towel toward you until you feel a stretch in your calf.',
        'Hold, then switch legs.',
      ],
      hold: 15,
      reps: 3,
      rest: 10,
      perSide: true,
      routine: true,
      safety: 'Pull gently.',
      alt: 'A person sits with one leg straight and pulls a towel looped around the foot. The calf is highlighted.',
      sources: ['nhs'],
    },
    'toe-pull': {
      name: 'Pull your toes up during a cramp',
      use: 'during',
      steps: [
        'Straighten the leg with the cramp.',
        'Pull your toes up toward your shin, with your hand or a towel.',
        'Keep going until the cramp eases.',
        'Then rub the muscle, and walk around a little.',
      ],
      hold: 30,
      reps: 1,
      rest: 0,
      perSide: false,
      routine: false,
      safety:
        'If a cramp lasts more than 10 minutes and does not ease when you move, get medical help today. The muscle may stay sore for up to a day. Painkillers work too slowly to stop a cramp, but may help the soreness after.',
      alt: 'A person sits with the leg straight and pulls the toes toward the shin. The calf is highlighted.',
      sources: ['nhs', 'nhs-inform', 'mayo'],
    },
    'heel-drop': {
      name: 'Heel drop on a step',
      use: 'prevent',
      steps: [
        'Stand on a step with your heels over the edge. Hold a rail.',
        'Slowly lower your heels below the step until you feel a stretch in your calves.',
        'Hold for a few seconds, then rise back up.',
      ],
      hold: 5,
      reps: 8,
      rest: 3,
      perSide: false,
      routine: false,
      safety:
        'Always hold a rail or a wall, so you do not fall. This stretch comes from older NHS advice, so it is not in the routine unless you add it.',
      alt: 'A person stands on a step holding a rail, with both heels lowered over the edge. The calves are highlighted.',
      sources: ['nhs'],
    },
  },

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
        'You get a cramp after a cut or wound that might be infected, or after contact with lead or mercury.',
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
      text: 'Do not have a lot of caffeine, such as coffee, tea or energy drinks.',
      cause: 'lifestyle',
      sources: ['article'],
    },
    {
      kind: 'dont',
      text: 'Do not stop a medicine you think causes cramps without asking your doctor first.',
      cause: 'lifestyle',
      sources: ['nhs'],
    },
    {
      kind: 'dont',
      text: 'Do not take quinine for everyday leg cramps unless a doctor has prescribed it. It can have serious side effects.',
      cause: 'lifestyle',
      sources: ['allen-kirby-2012'],
    },
  ],

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

  about: {
    frequent: { label: 'Your cramps happen often, or wake you up at night.', sources: ['nhs'] },
    severe: { label: 'A cramp is very painful, or lasts more than 10 minutes.', sources: ['nhs', 'nhs-inform'] },
    'other-symptoms': {
      label: 'Your leg is also swollen, red, warm, numb or weak.',
      sources: ['nhs', 'merck'],
    },
    'self-care': { label: 'Stretching and other self-care have not helped.', sources: ['mayo', 'medlineplus'] },
  },

  risks: {
    'low-fluids': { cause: 'dehydration', label: 'You often drink less water than you need.', sources: ['article'] },
    sweating: {
      cause: 'dehydration',
      label: 'You sweat a lot, from hard exercise or hot weather.',
      sources: ['article', 'nhs', 'mayo'],
    },
    sickness: {
      cause: 'dehydration',
      label: 'You have been sick (vomiting) or had diarrhoea lately.',
      sources: ['article'],
    },
    alcohol: { cause: 'dehydration', label: 'You often drink alcohol.', sources: ['article', 'merck'] },
    diuretic: { cause: 'electrolytes', label: 'You take a water pill (diuretic).', sources: ['mayo', 'nhs'] },
    diet: {
      cause: 'electrolytes',
      label: 'You eat little fruit, vegetables or dairy food.',
      sources: ['article'],
    },
    'new-exercise': {
      cause: 'strain',
      label: 'You have started new exercise, or do more than usual.',
      sources: ['article', 'nhs'],
    },
    'standing-sitting': { cause: 'strain', label: 'You stand or sit for long periods.', sources: ['article'] },
    'tight-calves': {
      cause: 'strain',
      label: 'You rarely stretch, or your calves feel tight.',
      sources: ['article', 'merck'],
    },
    diabetes: { cause: 'conditions', label: 'You have diabetes.', sources: ['article'] },
    kidney: {
      cause: 'conditions',
      label: 'You have kidney disease, or have dialysis.',
      sources: ['article', 'allen-kirby-2012'],
    },
    'thyroid-liver': {
      cause: 'conditions',
      label: 'You have a thyroid or liver problem.',
      sources: ['article', 'nhs', 'mayo'],
    },
    pregnant: { cause: 'conditions', label: 'You are pregnant.', sources: ['nhs'] },
    'over-60': { cause: 'conditions', label: 'You are over 60.', sources: ['nhs', 'mayo'] },
    family: { cause: 'genetics', label: 'Close family members often get cramps.', sources: ['article'] },
    sleep: { cause: 'lifestyle', label: 'You often sleep badly or not enough.', sources: ['article', 'grandner-winkelman-2017'] },
    caffeine: {
      cause: 'lifestyle',
      label: 'You have a lot of caffeine, like coffee, tea or energy drinks.',
      sources: ['article'],
    },
    statin: { cause: 'lifestyle', label: 'You take a statin for cholesterol.', sources: ['nhs'] },
  },

  causes: {
    dehydration: {
      id: 'dehydration',
      title: 'Not enough fluid',
      summary: 'When your body is low on water, your muscles are more likely to cramp.',
      why: 'Muscles need water to work well. When you lose more fluid than you take in, they can tighten and cramp.',
      triggers: [
        'Hard exercise that makes you sweat a lot',
        'Hot weather',
        'Being sick (vomiting) or having diarrhoea',
        'Drinking a lot of alcohol',
        'Some medicines that make you pass more urine',
      ],
      who: 'People who exercise hard or work in the heat. It can also affect anyone who is unwell and losing fluid.',
      helps: [
        'Drink water through the day, and more when it is hot or you exercise.',
        'Drink more when you are ill with sickness or diarrhoea.',
        'Keep alcohol to a small amount.',
      ],
      certainty: 'established',
      sources: ['article', 'nhs', 'mayo'],
    },

    electrolytes: {
      id: 'electrolytes',
      title: 'Low minerals (electrolytes)',
      summary: 'Your muscles need the right balance of some minerals to work well.',
      why: 'Minerals like potassium, calcium and magnesium help your nerves and muscles work. When they get too low or out of balance, muscles can cramp.',
      triggers: [
        'Water pills (diuretics), which can lower these minerals',
        'Kidney disease',
        'Stomach and gut problems',
        'A diet low in fruit, vegetables and dairy',
        'Low vitamin D, which is linked to cramps',
      ],
      who: 'People who take water pills, and people with kidney or gut problems.',
      helps: [
        'Eat a balanced diet with plenty of fruit, vegetables and dairy foods. They contain these minerals.',
        'If you take a water pill and get cramps, tell your doctor.',
      ],
      certainty: 'established',
      sources: ['article', 'mayo', 'merck'],
    },

    strain: {
      id: 'strain',
      title: 'Tired or overworked muscles',
      summary: 'Muscles that work too hard or too long can cramp.',
      why: 'A tired muscle is more likely to tighten and not let go. Tight calf muscles and too little stretching add to this.',
      triggers: [
        'Starting new exercise, or doing more than usual',
        'The same movement over and over',
        'Standing or sitting for a long time',
        'Poor posture',
        'Rarely stretching',
      ],
      who: 'Athletes, people whose work keeps them on their feet, and people who sit for long periods.',
      helps: [
        'Build up new exercise slowly.',
        'Stretch your calves and do exercises that build strength. Studies on whether stretching prevents cramps are mixed.',
      ],
      certainty: 'established',
      sources: ['article', 'nhs', 'merck'],
    },

    conditions: {
      id: 'conditions',
      title: 'Health conditions',
      summary: 'Some health conditions make leg cramps more likely.',
      why: 'Some conditions affect your nerves, blood flow or minerals. Any of these can make muscles cramp. Now and then, cramps are a sign of a problem that needs care, like a pinched nerve or a narrowed blood vessel.',
      triggers: [
        'Diabetes',
        'Kidney disease, and dialysis',
        'Thyroid problems',
        'Liver disease',
        'Diseases that affect the nerves and muscles',
        'A pinched nerve in the lower back',
        'Narrowed arteries in the legs',
        'Pregnancy, mostly in the later months',
      ],
      who: 'People with these conditions, and older adults. Cramps get more common as you age.',
      helps: [
        'Keep up with care and check-ups for any condition you have.',
        'Tell your doctor if cramps are frequent or severe, stop you sleeping, or come with numbness or swelling.',
        'Tell your doctor if your leg hurts when you walk and the pain goes away when you rest.',
      ],
      certainty: 'established',
      sources: ['article', 'nhs', 'mayo', 'merck', 'allen-kirby-2012'],
    },

    genetics: {
      id: 'genetics',
      title: 'Your genes',
      summary: 'Some people seem more prone to cramps than others.',
      why: 'Cramps may run in some families, but this is not well studied.',
      triggers: ['Close family members who often get cramps'],
      who: 'People with close family who often get cramps may be more prone.',
      helps: [
        'You cannot change your genes, but the other tips here may still help.',
        'Tell your doctor if you get cramps often.',
      ],
      certainty: 'less-certain',
      certaintyNote:
        'The article this guide is based on names genes as a factor. We found no trusted medical source that does. Take this one as less certain.',
      sources: ['article'],
    },

    lifestyle: {
      id: 'lifestyle',
      title: 'Daily habits and medicines',
      summary: 'What you eat, drink and take, and how you sleep, can play a part.',
      why: 'A poor diet can leave you short of minerals. Some medicines are known to cause cramps. Short sleep is linked to night cramps, but it has not been shown to cause them.',
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
        'Cut back on caffeine and alcohol.',
        'Do not stop a medicine on your own. Ask your doctor or pharmacist first.',
      ],
      certainty: 'established',
      sources: ['article', 'nhs', 'merck', 'grandner-winkelman-2017'],
    },
  },

  sources: {
    article: {
      name: 'Source article',
      citation: '"Understanding the Underlying Causes of Leg Cramps Behind the Knee", the article this guide is based on.',
    },
    nhs: {
      name: 'NHS',
      citation: 'NHS website, "Leg cramps".',
      url: 'https://www.nhs.uk/conditions/leg-cramps/',
    },
    'nhs-dvt': {
      name: 'NHS (DVT)',
      citation: 'NHS website, "DVT (deep vein thrombosis)".',
      url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    },
    'nhs-inform': {
      name: 'NHS inform',
      citation: 'NHS inform (Scotland), "Leg cramps".',
    },
    mayo: {
      name: 'Mayo Clinic',
      citation: 'Mayo Clinic, "Muscle cramp: symptoms and causes".',
    },
    medlineplus: {
      name: 'MedlinePlus',
      citation: 'MedlinePlus Medical Encyclopedia, "Muscle cramps".',
      url: 'https://medlineplus.gov/ency/article/003193.htm',
    },
    merck: {
      name: 'Merck Manual',
      citation: 'Merck Manual Consumer Version, "Muscle Cramps".',
    },
    'allen-kirby-2012': {
      name: 'Allen and Kirby, 2012',
      citation:
        'Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician. 2012;86(4):350-355.',
    },
    'hallegraeff-2012': {
      name: 'Hallegraeff and others, 2012',
      citation:
        'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy. 2012;58(1):17-22.',
    },
    'grandner-winkelman-2017': {
      name: 'Grandner and Winkelman, 2017',
      citation:
        'Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One. 2017.',
    },
    aaos: {
      name: 'OrthoInfo (AAOS)',
      citation:
        'American Academy of Orthopaedic Surgeons, OrthoInfo: conditioning and stretching guidance.',
    },
  },
};
