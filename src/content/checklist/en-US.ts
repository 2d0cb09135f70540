import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the risk checklist's words that differ from the built-in en-GB (./en.ts):
 * checking boxes, a nurse line.
 */
export const checklist: PartialWords = {
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
};
