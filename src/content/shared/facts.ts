import type { SourceFacts, SourceId } from './types.js';
import { own } from '../own.js';

/** When the content was last reviewed against its sources, and when it is due again. */
export const REVIEWED = /* @__PURE__ */ own({ last: '2026-12-07', next: '2027-12-07' } as const);

/** Addresses of the sources that have a public page (https), and papers' DOIs. */
export const SOURCES: Record<SourceId, SourceFacts> = /* @__PURE__ */ own({
  article: {},
  nhs: { url: 'https://www.nhs.uk/conditions/leg-cramps/' },
  'nhs-dvt': { url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  'nhs-inform-dvt': { url: 'https://www.nhsinform.scot/illnesses-and-conditions/blood-and-lymph/deep-vein-thrombosis' },
  'nhs-pe': { url: 'https://www.nhs.uk/conditions/pulmonary-embolism/' },
  'nhs-pad': { url: 'https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/' },
  'health-nz-limb': { url: 'https://info.health.nz/conditions-treatments/blood/peripheral-vascular-disease/acute-limb-ischaemia' },
  'nhs-inform': { url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/leg-cramps' },
  'nhs-tetanus': { url: 'https://www.nhs.uk/conditions/tetanus/' },
  'nhs-tetanus-jab': {
    url: 'https://www.nhs.uk/common-health-questions/accidents-first-aid-and-treatments/do-i-need-a-tetanus-jab-vaccine-after-an-accident-or-injury/',
  },
  'nhs-statins': { url: 'https://www.nhs.uk/medicines/atorvastatin/' },
  'mayo-statins': {
    url: 'https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817',
  },
  'nhs-bakers-cyst': { url: 'https://www.nhs.uk/conditions/bakers-cyst/' },
  'nhs-sciatica': { url: 'https://www.nhs.uk/conditions/sciatica/' },
  'cauda-equina': {
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  'nhs-rls': { url: 'https://www.nhs.uk/conditions/restless-legs-syndrome/' },
  'nhs-fife': { url: 'https://nhsfife.org/services/all-services/patient-advice/calf-stretches' },
  'nhs-choices-2017': {},
  mayo: { url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820' },
  'mayo-treatment': { url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/diagnosis-treatment/drc-20350825' },
  medlineplus: { url: 'https://medlineplus.gov/ency/article/003193.htm' },
  merck: {
    url: 'https://www.merckmanuals.com/home/quick-facts-brain,-spinal-cord,-and-nerve-disorders/symptoms-of-brain-spinal-cord-and-nerve-disorders/muscle-cramps',
  },
  'merck-causes': { url: 'https://www.merckmanuals.com/home/multimedia/table/v6592963' },
  'allen-kirby-2012': { url: 'https://www.aafp.org/pubs/afp/issues/2012/0815/p350.html' },
  'hallegraeff-2012': { doi: '10.1016/S1836-9553(12)70068-1' },
  'grandner-winkelman-2017': { doi: '10.1371/journal.pone.0178465' },
  'cochrane-magnesium-2020': { doi: '10.1002/14651858.CD009402.pub3' },
  'aafp-fpin-2017': { url: 'https://www.aafp.org/pubs/afp/issues/2017/1001/od3.html' },
  'gstt-dvt': { url: 'https://www.guysandstthomas.nhs.uk/blood-clots-and-deep-vein-thrombosis/overview' },
  'renal-diet': {
    url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/renal-what-can-i-eat-haemodialysis',
  },
  'heart-failure-fluids': { url: 'https://bradfordhospitals.nhs.uk/heart-failure/pathway-2' },
  aaos: {
    url: 'https://consumer.healthday.com/fitness-information-14/muscle-cramp-news-164/health-tip-controlling-muscle-cramps-620594.html',
  },
  // The anatomy of the back of the knee (the anatomy picture).
  'statpearls-popliteal': { url: 'https://www.statpearls.com/point-of-care/32247' },
  'teachme-gastrocnemius': { url: 'https://teachmeanatomy.info/encyclopaedia/g/gastrocnemius/' },
  'teachme-popliteus': { url: 'https://teachmeanatomy.info/encyclopaedia/p/popliteus/' },
  'cleveland-hamstrings': { url: 'https://my.clevelandclinic.org/health/body/21904-hamstring-muscles' },
  'healthlinkbc-leg-veins': { url: 'https://healthlinkbc.ca/healthwise/blood-clots-leg-veins' },
  'cleveland-popliteal-artery': { url: 'https://my.clevelandclinic.org/health/body/22708-popliteal-artery' },
  'cleveland-tibial-nerve': { url: 'https://my.clevelandclinic.org/health/body/21962-tibial-nerve' },
});

/** The sources of the "get help" lines (`safetyNet`) that end every element used alone. */
export const SAFETY_NET_SOURCES: SourceId[] = ['nhs-dvt', 'nhs-inform-dvt', 'nhs-pe'];

/**
 * Where a source publishes the same page in another language: the page a
 * reader of that language is sent to (by primary language tag). MedlinePlus
 * publishes its medical encyclopedia in Spanish under the same article number;
 * Mayo Clinic has the same page in Spanish, and Cochrane a Spanish summary of the review.
 */
export const TRANSLATED_SOURCES: Partial<Record<SourceId, Record<string, string>>> = /* @__PURE__ */ own({
  medlineplus: { es: 'https://medlineplus.gov/spanish/ency/article/003193.htm' },
  mayo: { es: 'https://www.mayoclinic.org/es-es/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820' },
  'cochrane-magnesium-2020': { es: 'https://www.cochrane.org/es/CD009402/NEUROMUSC_magnesio-para-los-calambres-musculares-esqueleticos' },
});

/** The address of a source: its page in the reader's language where it has one, else its page, else its DOI's. */
export const sourceUrl = (facts: SourceFacts, translated?: string): string | undefined =>
  translated ?? facts.url ?? (facts.doi ? `https://doi.org/${facts.doi}` : undefined);
