import type { ChecklistPart } from './types.js';

/**
 * English: The risk checklist: its items and its words.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words. Which cause and level each item has: ./facts.ts.
 */
export const checklist = {
  checklist: {
    title: 'Could any of these be behind your cramps?',
    intro: 'Tick anything that applies to you. As you go, you will see which causes may fit and what you can try.',
    noScript: 'JavaScript is off in your browser, so ticking a box will not show you anything. You can still read the list.',
    privacy: 'Your answers stay on this page. They are not saved or sent anywhere.',
    privacyPersist: 'Your answers are saved on this device only, so they are here when you come back. They are not sent anywhere.',
    aboutLegend: 'Do any of these happen with your cramps?',
    aboutYouLegend: 'Do any of these apply to you?',
    groupQuestion: (topic) => `${topic}: do any of these apply to you?`,
    selectAll: 'Tick all that apply.',
    summaryTitle: 'What your answers suggest',
    summaryEmpty: 'Nothing ticked yet. Your summary will show here.',
    summaryNone: 'Your answers do not point to one of the common causes.',
    answers: (count) => (count === 1 ? '1 of your answers' : `${String(count)} of your answers`),
    helps: 'What may help:',
    more: (cause) => `Read more about ${cause}`,
    notDiagnosis: 'This is not a diagnosis. Many cramps have no clear cause. If you are worried, talk to a doctor, nurse or pharmacist.',
    noticePrefix: 'Important: ',
    notice: {
      urgent: {
        title: 'Get medical help today',
        body: [
          'Something you ticked needs a doctor today. Contact your doctor, an urgent care service or a health helpline today.',
          'Pain, swelling or warmth in one leg, often in the calf or behind the knee, can be a sign of a blood clot. Do not rub the leg.',
        ],
      },
      soon: {
        title: 'Talk to a doctor, nurse or pharmacist',
        body: [
          'Your answers suggest it is worth getting your cramps checked. Book a visit with your doctor, or ask a pharmacist.',
          'Get medical help today if one leg is swollen, warm, red or darker than usual, or has pain that lasts or keeps coming back. This is often in the calf or behind the knee.',
          'Get medical help today if a cramp lasts more than 10 minutes and does not ease when you move.',
        ],
      },
    },
    noticeEmergency:
      'Call {number} now if you suddenly find it hard to breathe, or have pain in your chest or upper back. Call too if your heart beats very fast, you cough up blood, or someone faints or collapses. Ask for an ambulance. Do not drive yourself.',
    noticeCare: 'See when to get help',
    reset: 'Clear answers',
    copy: 'Copy summary',
    copied: 'Summary copied. You can paste it into a note or an email.',
    copyFailed: 'Your browser did not let us copy. The summary is in the box below and selected: press Ctrl+C (or Cmd+C) to copy it.',
    fallbackLabel: 'Your summary, to copy',
    print: 'Print summary',
    ticked: (count) => (count === 1 ? 'You ticked 1 answer.' : `You ticked ${String(count)} answers.`),
    announce: (causes) =>
      causes.length
        ? `${String(causes.length)} possible cause${causes.length === 1 ? '' : 's'}: ${causes.join(', ')}.`
        : 'Your answers do not point to a common cause.',
    cleared: 'Answers cleared.',
    textTitle: 'Leg cramps: your checklist',
    textAnswers: 'What you ticked:',
    textCauses: 'Causes that may fit:',
  },
  about: {
    frequent: { label: 'Your cramps happen often, wake you at night or get in the way of daily life.' },
    severe: { label: 'Your cramps are very painful.' },
    'self-care': { label: 'Stretching and other self-care have not helped.' },
    'new-medicine': { label: 'Your cramps started after you began a new medicine.' },
    'long-cramp': { label: 'A cramp lasted more than 10 minutes and did not ease when you moved.' },
    'other-symptoms': {
      label:
        'One leg has throbbing or cramping pain that lasts or keeps coming back (in the calf, behind the knee or in the thigh), often worse when you walk or stand. Or it is swollen, warm, red or darker than usual, or has hard or sore veins.',
    },
    'numb-weak': { label: 'Your cramps come with weakness, loss of feeling or muscle twitches.' },
    'statin-pain': {
      label: 'You take a statin and have muscle pain, tenderness, weakness or cramps you cannot explain, or dark pee.',
      action: 'You take a statin: stop taking it, and call your doctor or a health helpline straight away.',
    },
  },
  risks: {
    'low-fluids': { label: 'You often drink less water than you need.' },
    sweating: { label: 'You sweat a lot, from hard exercise or hot weather.' },
    sickness: { label: 'You have been sick (vomiting) or had diarrhoea lately.' },
    alcohol: { label: 'You often drink alcohol.' },
    diuretic: { label: 'You take a water pill (diuretic).' },
    diet: { label: 'You eat little fruit, vegetables or dairy food.' },
    'new-exercise': { label: 'You have started new exercise, or do more than usual.' },
    'standing-sitting': { label: 'You stand or sit for long periods.' },
    'tight-calves': { label: 'You rarely stretch, or your calves feel tight.' },
    diabetes: { label: 'You have diabetes.' },
    kidney: { label: 'You have kidney disease, or have dialysis.' },
    'thyroid-liver': { label: 'You have a thyroid or liver problem.' },
    pregnant: { label: 'You are pregnant.' },
    'over-60': { label: 'You are over 60.' },
    family: { label: 'Close family members often get cramps.' },
    sleep: { label: 'You often sleep badly or not enough.' },
    caffeine: { label: 'You have a lot of caffeine, like coffee, tea or energy drinks.' },
    statin: { label: 'You take a statin for cholesterol.' },
  },
} satisfies ChecklistPart;
