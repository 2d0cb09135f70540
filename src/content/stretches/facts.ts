import type { SourceId } from '../shared/types.js';
import type { StretchFacts, StretchId } from './types.js';
import { own } from '../own.js';

/** Hallegraeff and others offered a seated version to people who found standing stretches hard. */
export const CHAIR_SOURCES: SourceId[] = ['hallegraeff-2012'];

export const STRETCHES: Record<StretchId, StretchFacts> = /* @__PURE__ */ own({
  // The trial's protocol: 10 s, 3 times, 10 s rest, before bed.
  'wall-calf': {
    use: 'prevent',
    hold: 10,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: true,
    sources: ['hallegraeff-2012', 'nhs-fife'],
  },
  // NHS Fife: the knee bent, heel down, 20 to 30 seconds, 3 to 5 times.
  'bent-knee-calf': {
    use: 'prevent',
    hold: 20,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: false,
    sources: ['nhs-fife'],
  },
  // The trial's protocol, as for the calf: 10 s, 3 times (MedlinePlus gives 10 to 20 seconds).
  hamstring: {
    use: 'prevent',
    hold: 10,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: true,
    sources: ['hallegraeff-2012'],
  },
  // NHS Fife: seated, a band around the foot, about 20 to 30 seconds.
  'towel-calf': {
    use: 'prevent',
    hold: 20,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: true,
    sources: ['nhs-fife'],
  },
  'toe-pull': {
    use: 'during',
    hold: 30,
    reps: 1,
    rest: 0,
    perSide: false,
    routine: false,
    chair: false,
    // Its safety line: over 10 minutes (NHS inform); a swollen, warm or red leg could be a clot (NHS).
    sources: ['nhs', 'mayo-treatment', 'merck', 'nhs-inform', 'nhs-dvt'],
  },
  // From the older NHS Choices page; the current NHS page has no heel drop.
  'heel-drop': {
    use: 'prevent',
    hold: 5,
    reps: 8,
    rest: 3,
    perSide: false,
    routine: false,
    chair: false,
    sources: ['nhs-choices-2017'],
  },
});
