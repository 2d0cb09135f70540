import type { SourceFacts, SourceId } from '../types.js';

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
  'mayo-statins': {
    url: 'https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817',
  },
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

/**
 * Where a source publishes the same page in another language: the page a
 * reader of that language is sent to (by primary language tag). MedlinePlus
 * publishes its medical encyclopedia in Spanish under the same article number.
 */
export const TRANSLATED_SOURCES: Partial<Record<SourceId, Record<string, string>>> = {
  medlineplus: { es: 'https://medlineplus.gov/spanish/ency/article/003193.htm' },
};

/** The address of a source: its page in the reader's language where it has one, else its page, else its DOI's. */
export const sourceUrl = (facts: SourceFacts, translated?: string): string | undefined =>
  translated ?? facts.url ?? (facts.doi ? `https://doi.org/${facts.doi}` : undefined);
