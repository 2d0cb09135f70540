import type { ContentPack } from '../types.js';

/**
 * English: The risk checklist: its items and its words.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
export const checklist = {
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
    summaryNone: 'Your answers do not point to one of the common causes.',
    answers: (count) => (count === 1 ? '1 of your answers' : `${String(count)} of your answers`),
    helps: 'What may help:',
    more: (cause) => `Read more about ${cause}`,
    notDiagnosis:
      'This is not a diagnosis. Many cramps have no clear cause. If you are worried, talk to a doctor, nurse or pharmacist.',
    noticePrefix: 'Important: ',
    noticeTitle: 'Talk to a doctor, nurse or pharmacist',
    noticeBody: [
      'Your answers suggest it is worth getting your cramps checked. Book a visit with your doctor, or ask a pharmacist.',
      'Get medical help today if one calf is swollen, warm, red or darker than usual, or has hard or sore veins. Also get help today if a cramp lasts more than 10 minutes and does not ease when you move.',
      'Call your local emergency number if you also have chest pain or sudden shortness of breath.',
    ],
    noticeCare: 'See when to get help',
    reset: 'Clear answers',
    copy: 'Copy summary',
    copied: 'Summary copied. You can paste it into a note or an email.',
    copyFailed:
      'Your browser did not let us copy. The summary is in the box below and selected: press Ctrl+C (or Cmd+C) to copy it.',
    fallbackLabel: 'Your summary, to copy',
    print: 'Print summary',
    announce: (causes, seeProfessional) =>
      [
        causes.length
          ? `${String(causes.length)} possible cause${causes.length === 1 ? '' : 's'}: ${causes.join(', ')}.`
          : 'Your answers do not point to a common cause.',
        seeProfessional ? 'Talk to a doctor, nurse or pharmacist.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    cleared: 'Answers cleared.',
    textTitle: 'Leg cramps: my checklist',
    textAnswers: 'What I ticked:',
    textCauses: 'Causes that may fit:',
  },
  about: {
    frequent: { label: 'Your cramps happen often, or wake you up at night.', sources: ['nhs'] },
    severe: { label: 'Your cramps are very painful, or one lasted more than 10 minutes.', sources: ['article', 'nhs', 'nhs-inform'] },
    'other-symptoms': {
      label: 'Your leg is also swollen, red, warm, numb or weak.',
      sources: ['article', 'nhs', 'nhs-dvt', 'merck'],
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
} satisfies Pick<ContentPack, 'checklist' | 'about' | 'risks'>;
