import type { StretchesPart } from './types.js';

/**
 * English: The six stretches, and the words of the stretch card and routine.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words. Doses and sources: ./facts.ts.
 * Each function stands alone (no helper outside it): `npx cramp-kit lang-template`
 * copies its text into a translator's file.
 */
export const stretches = {
  stretch: {
    usePrevent: 'To help prevent cramps',
    useDuring: 'During a cramp',
    doseDuring: 'Hold until the cramp eases. The timer counts the time for you.',
    dose: (hold, reps, perSide) =>
      `Hold for ${String(hold)} ${hold === 1 ? 'second' : 'seconds'}. Do this ${reps === 1 ? 'once' : `${String(reps)} times`}${perSide ? ' on each leg' : ''}.`,
    safetyLabel: 'Safety:',
    chairLabel: 'In a chair:',
    safety:
      'Stretch gently. It should never hurt. Stop if you feel a sharp pain. After an injury or surgery, or if you have had a blood clot, ask a doctor or physiotherapist first.',
    evidence:
      'Studies on whether stretching prevents cramps are mixed. In one trial, older adults who stretched before bed had fewer night cramps. A review of the research calls the proof limited.',
    timer: 'Hold timer',
    seconds: 'seconds',
    second: 'second',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    again: 'Start again',
    left: 'Left leg',
    right: 'Right leg',
    rep: (rep, reps) => `Round ${String(rep)} of ${String(reps)}`,
    hold: 'Hold',
    rest: 'Rest',
    paused: 'Paused:',
    done: 'Done',
    announceStart: (hold, side) =>
      `Started. Hold for ${String(hold)} ${hold === 1 ? 'second' : 'seconds'}${side ? `, ${side.toLowerCase()}` : ''}.`,
    announceHoldEnd: (rest, next) => `Rest for ${String(rest)} ${rest === 1 ? 'second' : 'seconds'}. Next: ${next.toLowerCase()}.`,
    ready: 'Get ready',
    announceReady: (seconds, side) =>
      `Get into position. The hold starts in ${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}${side ? `, ${side.toLowerCase()} first` : ''}.`,
    announceHold: (hold, next) => `Hold for ${String(hold)} ${hold === 1 ? 'second' : 'seconds'}${next ? `: ${next.toLowerCase()}` : ''}.`,
    announceDone: (reps) => `All done: ${reps === 1 ? 'one round' : `${String(reps)} rounds`}. Well done.`,
    named: (label, stretch) => `${label}: ${stretch}`,
    announcePause: (left) => `Paused, ${String(left)} ${left === 1 ? 'second' : 'seconds'} left.`,
    announceResume: (left) => `Going on. ${String(left)} ${left === 1 ? 'second' : 'seconds'} left.`,
    announceCheck: (seconds) =>
      `${String(seconds)} ${seconds === 1 ? 'second' : 'seconds'}. If the cramp has not eased, keep holding and start the timer again.`,
    unknown: 'Sorry, this stretch could not be shown.',
    routineTitle: 'Stretch routine',
    routineIntro: (count, minutes) =>
      `${String(count)} stretch${count === 1 ? '' : 'es'}, about ${String(minutes)} minute${minutes === 1 ? '' : 's'} in all.`,
    step: (step, steps) => `Step ${String(step)} of ${String(steps)}`,
    routineNoScript: 'JavaScript is off in your browser, so only the first stretch is shown.',
    previous: 'Previous',
    next: 'Next',
    startRoutine: 'Start routine',
    routineDone: 'Routine complete. Well done.',
  },
  stretches: {
    'wall-calf': {
      name: 'Calf stretch against a wall',
      steps: [
        'Stand facing a wall. Put your hands on it at shoulder height.',
        'Step one foot back. Keep that leg straight and its heel on the floor.',
        'Bend your front knee and lean towards the wall until you feel a stretch in the back calf.',
        'Hold, then switch legs.',
      ],
      safety: 'Keep the heel of your back leg on the floor, and your body straight.',
      alt: 'A person leans on a wall with one leg stretched back and the heel down. The calf of the back leg is highlighted.',
      seated:
        'Sit on a firm chair. Straighten one leg with its heel on the floor, and pull your toes up towards you until you feel a stretch in the calf. A towel looped around your foot can help.',
    },
    'bent-knee-calf': {
      name: 'Bent-knee calf stretch',
      steps: [
        'Stand facing a wall with your hands on it, as for the calf stretch.',
        'Step one foot back and bend that knee a little. Keep its heel on the floor.',
        'Lean towards the wall until you feel a stretch low in the back calf.',
        'Hold, then switch legs.',
      ],
      safety: 'Keep your back heel on the floor.',
      alt: 'A person leans on a wall with the back knee a little bent and the heel down. The lower calf of the back leg is highlighted.',
    },
    hamstring: {
      name: 'Seated hamstring stretch',
      steps: [
        'Sit on the floor with one leg straight out in front and your toes pointing up. Bend the other knee.',
        'Keep your back straight and lean forward from your hips.',
        'Stop when you feel a stretch in the back of your thigh and knee.',
        'Hold, then switch legs.',
      ],
      safety: 'Do not bounce, and do not round your back.',
      alt: 'A person sits with one leg straight and leans forward from the hips. The back of the thigh is highlighted.',
      seated:
        'Sit near the front of a firm chair. Straighten one leg with its heel on the floor and toes up. Keep your back straight and lean forward from your hips.',
    },
    'towel-calf': {
      name: 'Seated towel stretch',
      steps: [
        'Sit on the floor or a bed with one leg straight out in front of you.',
        'Loop a towel around the ball of your foot and hold both ends.',
        'Gently pull the towel towards you until you feel a stretch in your calf.',
        'Hold, then switch legs.',
      ],
      safety: 'Pull gently.',
      alt: 'A person sits with one leg straight and pulls a towel looped around the foot. The calf is highlighted.',
      seated: 'You can do this on a firm chair, with the heel of your straight leg resting on the floor.',
    },
    'toe-pull': {
      name: 'Pull your toes up during a cramp',
      steps: [
        'Straighten the leg with the cramp.',
        'Pull your toes up towards your shin, with your hand or a towel.',
        'Keep going until the cramp eases.',
        'Then gently rub the muscle. If you safely can, stand and put your weight on the leg.',
      ],
      safety:
        'If a cramp lasts more than 10 minutes and does not ease when you move, get medical help today. Do not rub a leg that is swollen, warm or red. The muscle may stay sore for up to a day. Painkillers work too slowly to stop a cramp, but may help the soreness after.',
      alt: 'A person sits with the leg straight and pulls the toes towards the shin. The calf is highlighted.',
    },
    'heel-drop': {
      name: 'Heel drop on a step',
      steps: [
        'Stand on a step with your heels over the edge. Hold a rail.',
        'Slowly lower your heels below the step until you feel a stretch in your calves.',
        'Hold for a few seconds, then rise back up.',
      ],
      safety:
        'Always hold a rail or a wall, so you do not fall. This stretch comes from older NHS advice that is no longer on its website.',
      alt: 'A person stands on a step holding a rail, with both heels lowered over the edge. The calves are highlighted.',
    },
  },
} satisfies StretchesPart;
