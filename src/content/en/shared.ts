import type { ContentPack } from '../types.js';

/**
 * English: Words every element uses: the language, review dates and the sources.
 * Each element imports only the parts it shows, so a page that uses one
 * element downloads only its words.
 */
export const shared = {
  lang: 'en',
  dir: 'ltr',
  listSeparator: ', ',
  sourcesLabel: 'Sources:',
  reviewed: { last: '2026-11-24', next: '2027-11-24' },
  sources: {
    article: {
      name: 'Source article',
      citation: '"Understanding the Underlying Causes of Leg Cramps Behind the Knee", the article this guide is based on.',
    },
    nhs: {
      name: 'NHS',
      citation: 'NHS website, "Leg cramps".',
      url: 'https://www.nhs.uk/conditions/leg-cramps/',
    },
    'nhs-dvt': {
      name: 'NHS (DVT)',
      citation: 'NHS website, "DVT (deep vein thrombosis)".',
      url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    },
    'nhs-inform': {
      name: 'NHS inform',
      citation: 'NHS inform (Scotland), "Leg cramps".',
    },
    mayo: {
      name: 'Mayo Clinic',
      citation: 'Mayo Clinic, "Muscle cramp: symptoms and causes".',
    },
    medlineplus: {
      name: 'MedlinePlus',
      citation: 'MedlinePlus Medical Encyclopedia, "Muscle cramps".',
      url: 'https://medlineplus.gov/ency/article/003193.htm',
    },
    merck: {
      name: 'Merck Manual',
      citation: 'Merck Manual Consumer Version, "Muscle Cramps".',
    },
    'allen-kirby-2012': {
      name: 'Allen and Kirby, 2012',
      citation:
        'Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician. 2012;86(4):350-355.',
    },
    'hallegraeff-2012': {
      name: 'Hallegraeff and others, 2012',
      citation:
        'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy. 2012;58(1):17-22.',
    },
    'grandner-winkelman-2017': {
      name: 'Grandner and Winkelman, 2017',
      citation:
        'Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One. 2017.',
    },
    aaos: {
      name: 'OrthoInfo (AAOS)',
      citation:
        'American Academy of Orthopaedic Surgeons, OrthoInfo: conditioning and stretching guidance.',
    },
  },
} satisfies Pick<ContentPack, 'lang' | 'dir' | 'listSeparator' | 'reviewed' | 'sources' | 'sourcesLabel'>;
