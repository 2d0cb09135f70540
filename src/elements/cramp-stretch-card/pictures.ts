import { html, type TemplateResult } from 'lit';
import type { StretchId } from '../../content/index.js';

/**
 * The stretch pictures, drawn for cramp-kit on a 160 x 120 grid: `p` props
 * (wall, floor, step, towel), `b` the body, `m` the stretched muscle, `h` the
 * head's centre. Lines take currentColor and the accent token, so they follow
 * the theme and forced colours.
 */
const pictures: Record<StretchId, { p: string; b: string; m: string; h: [number, number] }> = {
  'wall-calf': {
    p: 'M138 8V112M6 112H154',
    b: 'M112 38L90 74M108 44L136 36M90 74L108 92L104 110H118M90 74L50 108L64 110',
    m: 'M68 93L53 105',
    h: [117, 27],
  },
  'bent-knee-calf': {
    p: 'M138 8V112M6 112H154',
    b: 'M112 38L90 74M108 44L136 36M90 74L108 92L104 110H118M90 74L60 84L56 108L70 110',
    m: 'M59 89L57 104',
    h: [117, 27],
  },
  hamstring: {
    p: 'M6 110H154',
    b: 'M40 104H126L130 92M40 104L70 70M66 74L104 98',
    m: 'M50 104H82',
    h: [78, 60],
  },
  'towel-calf': {
    p: 'M6 110H154M62 72L128 90',
    b: 'M30 104L40 62M38 68L62 72M30 104H120L126 90',
    m: 'M92 104H116',
    h: [43, 50],
  },
  'toe-pull': {
    p: 'M6 110H154',
    b: 'M34 104L62 68M58 72L122 88M34 104H118L124 88',
    m: 'M88 104H112',
    h: [70, 58],
  },
  'heel-drop': {
    p: 'M6 112H60V82H154M112 82V24',
    b: 'M67 24L66 48M67 30L112 36M66 48L66 66L62 86M54 94L76 82',
    m: 'M65.5 68L62.5 84',
    h: [68, 12],
  },
};

/** The picture of a stretch, with its text alternative. */
export function picture(id: StretchId, alt: string): TemplateResult {
  const { p, b, m, h } = pictures[id];
  return html`<svg part="picture" class="picture" viewBox="0 0 160 120" role="img" aria-label=${alt}><path class="prop" d="${p}" /><path class="fig" d="${b}" /><circle class="head" cx="${h[0]}" cy="${h[1]}" r="9" /><path class="muscle" d="${m}" /></svg>`;
}
