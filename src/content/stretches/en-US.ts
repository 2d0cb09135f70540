import type { PartialWords } from '../types.js';

/**
 * US English (en-US): the stretches' words that differ from the built-in en-GB (./en.ts): toward,
 * physical therapist.
 */
export const stretches: PartialWords = {
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
};
