import type { Words } from '../types.js';

/**
 * English (en-GB, as the NHS-based wording is): words every element uses:
 * the language, the footer, dates and the sources' names. Each element
 * imports only the parts it shows, so a page that uses one element downloads
 * only its words. Facts (addresses, dates, levels) are in ../facts.ts.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const shared = {
  lang: 'en',
  dir: 'ltr',
  listSeparator: ', ',
  sourcesLabel: 'Sources:',
  lastReviewed: 'Last reviewed:',
  reviewedBy: (who: string, date: string) => `Checked for this site by ${who}${date ? ` on ${date}` : ''}.`,
  localNumber: 'your local emergency number',
  notDiagnosis: 'General information, not a diagnosis. If you are worried, talk to a doctor, nurse or pharmacist.',
  // Written here rather than with Intl.DateTimeFormat, whose first use costs a page about 10 ms.
  date: (year: number, month: number, day: number) => `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`,
  sources: {
    article: {
      name: 'Source article',
      citation: '"Understanding the Underlying Causes of Leg Cramps Behind the Knee", the article this guide is based on.',
    },
    nhs: { name: 'NHS', citation: 'NHS website, "Leg cramps".' },
    'nhs-dvt': { name: 'NHS (DVT)', citation: 'NHS website, "DVT (deep vein thrombosis)".' },
    'nhs-blood-clots': { name: 'NHS (blood clots)', citation: 'NHS website, "Blood clots".' },
    'nhs-inform': { name: 'NHS inform', citation: 'NHS inform (Scotland), "Leg cramps".' },
    'nhs-tetanus': { name: 'NHS (tetanus)', citation: 'NHS website, "Tetanus".' },
    'nhs-statins': { name: 'NHS (statins)', citation: 'NHS website, medicines A to Z: statins, for example "Atorvastatin".' },
    'mayo-statins': {
      name: 'Mayo Clinic (statins)',
      citation: 'Mayo Clinic, expert answers on statins and rhabdomyolysis (serious muscle pain, weakness, dark urine).',
    },
    'nhs-bakers-cyst': { name: 'NHS 111 Wales', citation: 'NHS 111 Wales, "Baker\u2019s cyst".' },
    'cauda-equina': {
      name: 'Royal Free London NHS',
      citation: 'Royal Free London NHS Foundation Trust, patient information: "Cauda equina syndrome".',
    },
    'nhs-fife': { name: 'NHS Fife', citation: 'NHS Fife, patient advice: "Calf stretches".' },
    'nhs-choices-2017': {
      name: 'NHS Choices (2017)',
      citation: 'NHS Choices, "Leg cramps" (an older version of the NHS page, 2017; no longer online).',
    },
    mayo: { name: 'Mayo Clinic', citation: 'Mayo Clinic, "Muscle cramp: symptoms and causes".' },
    medlineplus: { name: 'MedlinePlus', citation: 'MedlinePlus Medical Encyclopedia, "Muscle cramps".' },
    merck: { name: 'Merck Manual', citation: 'Merck Manual Consumer Version, "Muscle Cramps" (Quick Facts).' },
    'allen-kirby-2012': {
      name: 'Allen and Kirby, 2012',
      citation: 'Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician. 2012;86(4):350-355.',
    },
    'hallegraeff-2012': {
      name: 'Hallegraeff and others, 2012',
      citation:
        'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy. 2012;58(1):17-22.',
    },
    'grandner-winkelman-2017': {
      name: 'Grandner and Winkelman, 2017',
      citation:
        'Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One. 2017;12(6):e0178465.',
    },
    'cochrane-magnesium-2020': {
      name: 'Cochrane review, 2020',
      citation: 'Garrison SR, and others. Magnesium for skeletal muscle cramps. Cochrane Database of Systematic Reviews. 2020;9:CD009402.',
    },
    'kidney-care-uk': { name: 'Kidney Care UK', citation: 'Kidney Care UK, dietary advice for people on haemodialysis.' },
    aaos: {
      name: 'OrthoInfo (AAOS)',
      citation: 'American Academy of Orthopaedic Surgeons, OrthoInfo: knee, and foot and ankle, conditioning programmes.',
    },
  },
} satisfies Pick<
  Words,
  'lang' | 'dir' | 'listSeparator' | 'sourcesLabel' | 'lastReviewed' | 'reviewedBy' | 'notDiagnosis' | 'localNumber' | 'date' | 'sources'
>;
