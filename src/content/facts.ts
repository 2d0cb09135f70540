import type {
  AboutFacts,
  AboutId,
  CauseFacts,
  CauseId,
  DuringId,
  RiskFacts,
  RiskId,
  SignFacts,
  SignId,
  SourceFacts,
  SourceId,
  StretchFacts,
  StretchId,
  TipFacts,
  TipId,
} from './types.js';

/**
 * The clinical facts, the same in every language: which cause each risk
 * belongs to, how sure the evidence is, stretch doses, the care level of
 * each warning sign, the sources and their addresses, review dates. Content
 * packs hold words only, keyed by these ids, so a translation cannot change
 * any of this. Each fact traces to the sources it names (see
 * ../shared/content-notes.md and the README's "Content and sources").
 */

/** When the content was last reviewed against its sources, and when it is due again. */
export const REVIEWED = { last: '2026-11-30', next: '2027-11-30' } as const;

/** Addresses of the sources that have a public page (https), and papers' DOIs. */
export const SOURCES: Record<SourceId, SourceFacts> = {
  article: {},
  nhs: { url: 'https://www.nhs.uk/conditions/leg-cramps/' },
  'nhs-dvt': { url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  'nhs-blood-clots': { url: 'https://www.nhs.uk/conditions/blood-clots/' },
  'nhs-inform': { url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/leg-cramps' },
  'nhs-tetanus': { url: 'https://www.nhs.uk/conditions/tetanus/' },
  'nhs-statins': { url: 'https://www.nhs.uk/medicines/atorvastatin/' },
  'nhs-bakers-cyst': { url: 'https://111.wales.nhs.uk/Encyclopaedia/b/article/bakerscyst' },
  'cauda-equina': {
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  'nhs-fife': { url: 'https://nhsfife.org/services/all-services/patient-advice/calf-stretches' },
  'nhs-choices-2017': {},
  mayo: { url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820' },
  medlineplus: { url: 'https://medlineplus.gov/ency/article/003193.htm' },
  merck: {
    url: 'https://www.merckmanuals.com/home/quick-facts-brain,-spinal-cord,-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps',
  },
  'allen-kirby-2012': { url: 'https://www.aafp.org/pubs/afp/issues/2012/0815/p350.html' },
  'hallegraeff-2012': { doi: '10.1016/S1836-9553(12)70068-1' },
  'grandner-winkelman-2017': { doi: '10.1371/journal.pone.0178465' },
  'cochrane-magnesium-2020': { doi: '10.1002/14651858.CD009402.pub3' },
  'kidney-care-uk': {
    url: 'https://www.kidneycareuk.org/about-kidney-health/living-kidney-disease/kidney-kitchen/dietary-advice-haemodialysis-during-coronavirus-outbreak/',
  },
  aaos: {},
};

/** The address of a source: its page, else its DOI's. */
export const sourceUrl = (facts: SourceFacts): string | undefined =>
  facts.url ?? (facts.doi ? `https://doi.org/${facts.doi}` : undefined);

export const CAUSES: Record<CauseId, CauseFacts> = {
  dehydration: { certainty: 'established', sources: ['article', 'nhs', 'mayo', 'merck'] },
  // Low minerals are not the cause of most night cramps (Allen and Kirby), and
  // magnesium is unlikely to help older adults (Cochrane 2020).
  electrolytes: {
    certainty: 'less-certain',
    sources: ['article', 'mayo', 'merck', 'allen-kirby-2012', 'cochrane-magnesium-2020'],
  },
  strain: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'allen-kirby-2012'] },
  conditions: { certainty: 'established', sources: ['article', 'nhs', 'mayo', 'merck', 'allen-kirby-2012'] },
  genetics: { certainty: 'less-certain', sources: ['article'] },
  lifestyle: { certainty: 'established', sources: ['article', 'nhs', 'merck', 'grandner-winkelman-2017'] },
};

export const RISKS: Record<RiskId, RiskFacts> = {
  'low-fluids': { cause: 'dehydration', sources: ['article', 'nhs'] },
  sweating: { cause: 'dehydration', sources: ['article', 'mayo', 'merck'] },
  sickness: { cause: 'dehydration', sources: ['article', 'merck'] },
  alcohol: { cause: 'dehydration', sources: ['article', 'merck'] },
  diuretic: { cause: 'electrolytes', sources: ['nhs', 'mayo', 'merck'] },
  diet: { cause: 'electrolytes', sources: ['article', 'mayo'] },
  'new-exercise': { cause: 'strain', sources: ['article', 'nhs'] },
  'standing-sitting': { cause: 'strain', sources: ['article', 'merck'] },
  'tight-calves': { cause: 'strain', sources: ['article', 'merck'] },
  diabetes: { cause: 'conditions', sources: ['article', 'mayo'] },
  kidney: { cause: 'conditions', sources: ['article', 'allen-kirby-2012', 'merck'] },
  'thyroid-liver': { cause: 'conditions', sources: ['article', 'nhs', 'mayo'] },
  pregnant: { cause: 'conditions', aboutYou: true, sources: ['nhs', 'mayo'] },
  'over-60': { cause: 'conditions', aboutYou: true, sources: ['nhs', 'mayo', 'grandner-winkelman-2017'] },
  family: { cause: 'genetics', sources: ['article'] },
  sleep: { cause: 'lifestyle', sources: ['article', 'grandner-winkelman-2017'] },
  caffeine: { cause: 'lifestyle', sources: ['article', 'merck'] },
  statin: { cause: 'lifestyle', sources: ['nhs'] },
};

/** "About your cramps": each ticked item calls for help at its level. */
export const ABOUT: Record<AboutId, AboutFacts> = {
  frequent: { level: 'soon', sources: ['nhs', 'nhs-inform'] },
  severe: { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'self-care': { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'new-medicine': { level: 'soon', sources: ['merck'] },
  'long-cramp': { level: 'urgent', sources: ['nhs', 'nhs-inform'] },
  'other-symptoms': { level: 'urgent', sources: ['nhs-dvt'] },
  'numb-weak': { level: 'urgent', sources: ['merck'] },
  'statin-pain': { level: 'urgent', sources: ['nhs-statins'] },
};

/** Hallegraeff and others offered a seated version to people who found standing stretches hard. */
export const CHAIR_SOURCES: SourceId[] = ['hallegraeff-2012'];

export const STRETCHES: Record<StretchId, StretchFacts> = {
  // The trial's protocol: 10 s, 3 times, 10 s rest, before bed.
  'wall-calf': {
    use: 'prevent',
    hold: 10,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: true,
    sources: ['hallegraeff-2012', 'aaos'],
  },
  'bent-knee-calf': {
    use: 'prevent',
    hold: 20,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: false,
    sources: ['aaos'],
  },
  hamstring: {
    use: 'prevent',
    hold: 20,
    reps: 3,
    rest: 10,
    perSide: true,
    routine: true,
    chair: true,
    sources: ['hallegraeff-2012', 'aaos'],
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
    sources: ['nhs', 'mayo', 'merck'],
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
};


/** The warning signs, each at one level of care: a sign is never at two levels. */
export const SIGNS: Record<SignId, SignFacts> = {
  'clot-lungs': { level: 'emergency', sources: ['nhs-dvt', 'nhs-blood-clots'] },
  'back-nerve': { level: 'emergency', sources: ['cauda-equina'] },
  'tetanus-spasms': { level: 'emergency', sources: ['nhs-tetanus'] },
  'clot-pain': { level: 'urgent', sources: ['nhs-dvt'] },
  'clot-swelling': { level: 'urgent', sources: ['nhs-dvt', 'nhs-bakers-cyst'] },
  'long-cramp': { level: 'urgent', sources: ['nhs', 'nhs-inform'] },
  'statin-pain': { level: 'urgent', sources: ['nhs-statins'] },
  'fluid-loss': { level: 'urgent', sources: ['merck'] },
  'numb-weak': { level: 'urgent', sources: ['merck'] },
  'tetanus-wound': { level: 'urgent', sources: ['nhs', 'nhs-inform'] },
  frequent: { level: 'soon', sources: ['nhs', 'nhs-inform'] },
  painful: { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'daily-life': { level: 'soon', sources: ['nhs-inform'] },
  wasting: { level: 'soon', sources: ['nhs-inform'] },
  'self-care': { level: 'soon', sources: ['mayo', 'medlineplus'] },
  'no-cause': { level: 'soon', sources: ['mayo'] },
  'new-medicine': { level: 'soon', sources: ['merck'] },
  'walking-pain': { level: 'soon', sources: ['merck'] },
  'knee-lump': { level: 'soon', sources: ['nhs-bakers-cyst'] },
};

export const TIPS: Record<TipId, TipFacts> = {
  water: { kind: 'do', cause: 'dehydration', sources: ['article', 'mayo'] },
  'fluid-limits': { kind: 'do', cause: 'dehydration', sources: ['kidney-care-uk'] },
  food: { kind: 'do', cause: 'electrolytes', sources: ['article', 'mayo'] },
  stretch: { kind: 'do', cause: 'strain', sources: ['hallegraeff-2012', 'allen-kirby-2012'] },
  'warm-up': { kind: 'do', cause: 'strain', sources: ['aaos', 'nhs'] },
  strength: { kind: 'do', cause: 'strain', sources: ['article'] },
  alcohol: { kind: 'dont', cause: 'dehydration', sources: ['article', 'merck'] },
  heat: { kind: 'dont', cause: 'dehydration', sources: ['mayo'] },
  supplements: { kind: 'dont', cause: 'electrolytes', sources: ['allen-kirby-2012', 'cochrane-magnesium-2020'] },
  caffeine: { kind: 'dont', cause: 'lifestyle', sources: ['article', 'merck'] },
  medicine: { kind: 'dont', cause: 'lifestyle', sources: ['merck', 'nhs-statins'] },
  quinine: { kind: 'dont', cause: 'lifestyle', sources: ['nhs', 'allen-kirby-2012'] },
};

/** What to do during a cramp (the guide's `during` section). */
export const DURING: Record<DuringId, SourceId[]> = {
  stretch: ['nhs', 'mayo', 'merck'],
  thigh: ['mayo'],
  rub: ['nhs', 'mayo', 'medlineplus'],
  walk: ['mayo', 'nhs-inform'],
  heat: ['medlineplus', 'mayo'],
  'rubbing-caution': ['nhs-dvt'],
  soreness: ['nhs'],
  'ten-minutes': ['nhs', 'nhs-inform'],
};
