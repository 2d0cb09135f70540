import { SOURCE_IDS, type SourceId, type SourceWords } from './types.js';
import { shared } from './en.js';

/**
 * English: the full citation of each source, for the guide's sources list
 * and its JSON-LD (the other elements show the sources' short names only, in
 * ./shared.ts, and do not download these).
 */
export const citations: Record<SourceId, string> = {
  article: '"Understanding the Underlying Causes of Leg Cramps Behind the Knee", the article this guide is based on.',
  nhs: 'NHS website, "Leg cramps".',
  'nhs-dvt': 'NHS website, "DVT (deep vein thrombosis)".',
  'nhs-inform-dvt': 'NHS inform (Scotland), "Deep vein thrombosis".',
  'nhs-pe': 'NHS website, "Pulmonary embolism".',
  'nhs-pad': 'NHS website, "Peripheral arterial disease (PAD)" (its urgent signs as in the NHS Choices version).',
  'health-nz-limb': 'Health New Zealand, Health Information and Services: "Acute limb ischaemia".',
  'nhs-inform': 'NHS inform (Scotland), "Leg cramps".',
  'nhs-tetanus': 'NHS website, "Tetanus".',
  'nhs-tetanus-jab': 'NHS website, common health questions: "Do I need a tetanus jab (vaccine) after an accident or injury?".',
  'nhs-statins': 'NHS website, medicines A to Z: statins, for example "Atorvastatin".',
  'mayo-statins': 'Mayo Clinic, expert answers on statins and rhabdomyolysis (serious muscle pain, weakness, dark urine).',
  'nhs-bakers-cyst': 'NHS website, "Baker\u2019s cyst".',
  'nhs-sciatica': 'NHS website, "Sciatica".',
  'cauda-equina': 'Royal Free London NHS Foundation Trust, patient information: "Cauda equina syndrome".',
  'nhs-rls': 'NHS website, "Restless legs syndrome".',
  'nhs-fife': 'NHS Fife, patient advice: "Calf stretches".',
  'nhs-choices-2017': 'NHS Choices, "Leg cramps" (an older version of the NHS page, 2017; no longer online).',
  mayo: 'Mayo Clinic, "Muscle cramp: symptoms and causes".',
  'mayo-treatment': 'Mayo Clinic, "Muscle cramp: diagnosis and treatment".',
  medlineplus: 'MedlinePlus Medical Encyclopedia, "Muscle cramps".',
  merck: 'Merck Manual Consumer Version, "Muscle Cramps" (Quick Facts).',
  'merck-causes': 'Merck Manual Consumer Version, table: "Conditions That Cause or Contribute to Muscle Cramps".',
  'allen-kirby-2012': 'Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician. 2012;86(4):350-355.',
  'hallegraeff-2012':
    'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy. 2012;58(1):17-22.',
  'grandner-winkelman-2017':
    'Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One. 2017;12(6):e0178465.',
  'cochrane-magnesium-2020':
    'Garrison SR, and others. Magnesium for skeletal muscle cramps. Cochrane Database of Systematic Reviews. 2020;9:CD009402.',
  'aafp-fpin-2017': 'Treatments for nocturnal leg cramps. FPIN\u2019s Help Desk Answers. American Family Physician. 2017;96(7).',
  'gstt-dvt': 'Guy\u2019s and St Thomas\u2019 NHS Foundation Trust, "Blood clots and deep vein thrombosis (DVT)".',
  'renal-diet': 'Northern Care Alliance NHS Foundation Trust, patient leaflet: "Renal: What can I eat? (haemodialysis)".',
  'heart-failure-fluids': 'Bradford Teaching Hospitals NHS Foundation Trust, heart failure pathway: fluids and salt.',
  'statpearls-popliteal':
    'StatPearls, "Anatomy, Bony Pelvis and Lower Limb: Popliteal Region" (StatPearls Publishing, updated 25 July 2023).',
  'teachme-gastrocnemius': 'TeachMeAnatomy, encyclopaedia: "Gastrocnemius".',
  'teachme-popliteus': 'TeachMeAnatomy, encyclopaedia: "Popliteus".',
  'cleveland-hamstrings': 'Cleveland Clinic, "Hamstring Muscles".',
  'healthlinkbc-leg-veins': 'HealthLink BC (British Columbia, Canada), "Blood Clots in the Leg Veins".',
  'cleveland-popliteal-artery': 'Cleveland Clinic, "Popliteal Artery".',
  'cleveland-tibial-nerve': 'Cleveland Clinic, "Tibial Nerve".',
  aaos: 'American Academy of Orthopaedic Surgeons, advice on muscle cramps, as reported by HealthDay: "Health Tip: Controlling Muscle Cramps".',
};

/** Each source's short name with its full citation: the sources as the guide shows them. */
export const citedSources = Object.fromEntries(SOURCE_IDS.map((id) => [id, { ...shared.sources[id], citation: citations[id] }])) as Record<
  SourceId,
  SourceWords
>;
