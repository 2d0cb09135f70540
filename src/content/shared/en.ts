import type { SharedPart, SourceId, SourceWords } from './types.js';

/**
 * English (en-GB, as the NHS-based wording is): words every element uses:
 * the language, the footer, dates and the sources' names. Each element
 * imports only the parts it shows, so a page that uses one element downloads
 * only its words. Facts (addresses, dates, levels) are in ./facts.ts.
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
  safetyNet: {
    today:
      'Get medical help today if one leg is swollen, warm or red, or has pain that lasts or keeps coming back, often in the calf or behind the knee. It could be a blood clot.',
    now: 'Call {number} now if someone suddenly finds it hard to breathe, has chest pain, or faints or collapses.',
  },
  // Written here rather than with Intl.DateTimeFormat, whose first use costs a page about 10 ms.
  date: (year: number, month: number, day: number) => `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`,
  // Each source's short name, for the sources lines; the guide's list adds the full citations (./en-citations.ts).
  sources: {
    article: { name: 'Source article' },
    nhs: { name: 'NHS' },
    'nhs-dvt': { name: 'NHS (DVT)' },
    'nhs-inform-dvt': { name: 'NHS inform (DVT)' },
    'nhs-pe': { name: 'NHS (pulmonary embolism)' },
    'nhs-pad': { name: 'NHS (peripheral arterial disease)' },
    'health-nz-limb': { name: 'Health New Zealand' },
    'nhs-inform': { name: 'NHS inform' },
    'nhs-tetanus': { name: 'NHS (tetanus)' },
    'nhs-tetanus-jab': { name: 'NHS (tetanus jab)' },
    'nhs-statins': { name: 'NHS (statins)' },
    'mayo-statins': { name: 'Mayo Clinic (statins)' },
    'nhs-bakers-cyst': { name: 'NHS (Baker\u2019s cyst)' },
    'nhs-sciatica': { name: 'NHS (sciatica)' },
    'cauda-equina': { name: 'Royal Free London NHS' },
    'nhs-rls': { name: 'NHS (restless legs)' },
    'nhs-fife': { name: 'NHS Fife' },
    'nhs-choices-2017': { name: 'NHS Choices (2017)' },
    mayo: { name: 'Mayo Clinic' },
    'mayo-treatment': { name: 'Mayo Clinic (treatment)' },
    medlineplus: { name: 'MedlinePlus' },
    merck: { name: 'Merck Manual' },
    'merck-causes': { name: 'Merck Manual (causes)' },
    'allen-kirby-2012': { name: 'Allen and Kirby, 2012' },
    'hallegraeff-2012': { name: 'Hallegraeff and others, 2012' },
    'grandner-winkelman-2017': { name: 'Grandner and Winkelman, 2017' },
    'cochrane-magnesium-2020': { name: 'Cochrane review, 2020' },
    'aafp-fpin-2017': { name: 'American Family Physician, 2017' },
    'gstt-dvt': { name: 'Guy\u2019s and St Thomas\u2019 NHS' },
    'renal-diet': { name: 'Northern Care Alliance NHS' },
    'heart-failure-fluids': { name: 'Bradford Teaching Hospitals NHS' },
    aaos: { name: 'AAOS' },
    'statpearls-popliteal': { name: 'StatPearls (popliteal region)' },
    'teachme-gastrocnemius': { name: 'TeachMeAnatomy (gastrocnemius)' },
    'teachme-popliteus': { name: 'TeachMeAnatomy (popliteus)' },
    'cleveland-hamstrings': { name: 'Cleveland Clinic (hamstrings)' },
    'healthlinkbc-leg-veins': { name: 'HealthLink BC (leg veins)' },
    'cleveland-popliteal-artery': { name: 'Cleveland Clinic (popliteal artery)' },
    'cleveland-tibial-nerve': { name: 'Cleveland Clinic (tibial nerve)' },
  },
} satisfies Omit<SharedPart, 'sources'> & { sources: Record<SourceId, Pick<SourceWords, 'name'>> };
