import type { StructureId } from '../../content/index.js';

/**
 * The drawing of the back of the right knee, in a 200 x 320 box: the leg's
 * outline, and each structure's shapes. Drawn by cramp-kit as a plain
 * diagram, not to scale. Seen from behind, the inner (medial) side of the
 * right knee is on the left: the inner hamstring tendons, the calf muscle's
 * inner head and a Baker's cyst are there. Each shape is painted from the
 * element's colours (styles), so it follows the theme and forced colours.
 */

/** How a structure is painted: a muscle is filled; a tendon, vessel or nerve is a line; a cyst is a dashed outline. */
export type ShapeKind = 'muscle' | 'tendon' | 'artery' | 'vein' | 'nerve' | 'cyst';

export interface Shape {
  kind: ShapeKind;
  /** Path data, one per part (the two heads of the calf muscle, the tendons on each side). */
  paths: readonly string[];
}

/** The leg's outline and the crease of the knee: decoration only. */
export const OUTLINE =
  'M40 0C42 60 44 110 46 140C34 170 32 215 50 250C62 280 72 300 76 320M160 0C158 60 156 110 154 140C166 170 168 215 150 250C138 280 128 300 124 320';
export const CREASE = 'M58 142Q100 152 142 142';

export const SHAPES: Record<StructureId, Shape> = {
  // The inner head (left) and the outer head (right), meeting at the middle of the calf.
  gastrocnemius: {
    kind: 'muscle',
    paths: [
      'M62 150C48 175 46 225 70 262C84 278 96 276 99 262C100 225 94 180 82 150Z',
      'M138 150C152 175 154 225 130 262C116 278 104 276 101 262C100 225 106 180 118 150Z',
    ],
  },
  // The inner tendons (semimembranosus and semitendinosus, left) and the outer one (biceps femoris, right).
  'hamstring-tendons': {
    kind: 'tendon',
    paths: ['M66 6C64 60 62 105 60 146', 'M78 6C76 60 72 105 68 146', 'M130 6C132 60 136 105 140 146'],
  },
  // A band across the floor of the knee pit, from the outer side down to the inner side.
  popliteus: { kind: 'muscle', paths: ['M121 148L127 157L84 185L79 176Z'] },
  // The vessels and the nerve run down the middle, and go on under the calf muscle's heads (not drawn there).
  'popliteal-vein': { kind: 'vein', paths: ['M101 0C101 60 101 120 101 178'] },
  'popliteal-artery': { kind: 'artery', paths: ['M89 0C90 60 92 120 94 178'] },
  'tibial-nerve': { kind: 'nerve', paths: ['M113 0C112 60 110 120 108 178'] },
  // Between the inner hamstring tendons and the inner head of the calf muscle.
  'bakers-cyst': { kind: 'cyst', paths: ['M74 122a11 14 0 1 0 .01 0Z'] },
};
