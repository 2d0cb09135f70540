/**
 * Parts of elements inside other elements' shadow roots (the card in the
 * routine, every element in the guide) are lifted out with `exportparts`, each
 * name prefixed, so a site can style them: `cramp-guide::part(causes-title)`.
 * The lists are checked against custom-elements.json by tests/manifest.test.ts.
 */
export const PARTS = {
  'cramp-cause-explainer':
    'base title intro disclaimer item heading button icon panel tablist tab cards card badge summary note section-heading list sources',
  'cramp-risk-checklist':
    'base title intro privacy group legend item checkbox actions action status fallback summary summary-heading causes cause cause-heading count badge tips more notice notice-icon notice-heading disclaimer',
  'cramp-stretch-card': 'base title use picture steps dose safety evidence sources timer ring count phase controls button error',
  'cramp-stretch-routine': 'base title intro progress card nav button',
  'cramp-care-advice': 'base title intro level emergency urgent soon icon level-heading signs action number contact sources',
  'cramp-prevention-tips': 'base title intro do dont list-heading list tip sources',
} as const;

/** Every part name a `tag` shows, its inner elements' included: the routine shows the card's as `card-*`. */
export const partsOf = (tag: keyof typeof PARTS): string[] => [
  ...PARTS[tag].split(' '),
  ...(tag === 'cramp-stretch-routine' ? partsOf('cramp-stretch-card').map((name) => `card-${name}`) : []),
];

/** An `exportparts` value lifting every part of `tag` out under `prefix`: "title:causes-title,...". */
export const exportParts = (tag: keyof typeof PARTS, prefix: string): string =>
  partsOf(tag)
    .map((name) => `${name}:${prefix}${name}`)
    .join(',');
