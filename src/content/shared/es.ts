import type { SharedPart } from './types.js';

/**
 * Spanish (es): the words every element uses: the footer, the "get help" lines, and each source's
 * name and citation (sources keep their names and the titles of their pages and papers as
 * published, in English, except MedlinePlus, which points to MedlinePlus en español). No `date`:
 * Spanish dates come from the browser's Intl.
 */
export const shared: Omit<SharedPart, 'date'> = {
  lang: 'es',
  dir: 'ltr',
  listSeparator: ', ',
  sourcesLabel: 'Fuentes:',
  lastReviewed: 'Última revisión:',
  reviewedBy: (who: string, date: string) => `Revisado para este sitio por ${who}${date ? ` el ${date}` : ''}.`,
  // No article: the texts say "Llame ahora al {number}" ("al 112", "al número local de emergencias").
  localNumber: 'número local de emergencias',
  notDiagnosis: 'Información general, no un diagnóstico. Si le preocupa algo, hable con un médico, un enfermero o un farmacéutico.',
  safetyNet: {
    today:
      'Pida ayuda médica hoy si tiene una pierna hinchada, caliente o roja, o con un dolor que dura o vuelve una y otra vez, a menudo en la pantorrilla o detrás de la rodilla. Podría ser un coágulo de sangre.',
    now: 'Llame ahora al {number} si a alguien de repente le cuesta respirar, le duele el pecho o se desmaya.',
  },
  sources: {
    article: {
      name: 'Artículo de origen',
      citation: '«Understanding the Underlying Causes of Leg Cramps Behind the Knee», el artículo en el que se basa esta guía.',
    },
    nhs: { name: 'NHS (Reino Unido)', citation: 'Sitio web del NHS, el servicio público de salud del Reino Unido: «Leg cramps».' },
    'nhs-dvt': { name: 'NHS (trombosis venosa profunda)', citation: 'Sitio web del NHS, «DVT (deep vein thrombosis)».' },
    'nhs-inform-dvt': { name: 'NHS inform (trombosis venosa profunda)', citation: 'NHS inform (Escocia), «Deep vein thrombosis».' },
    'nhs-pe': { name: 'NHS (embolia pulmonar)', citation: 'Sitio web del NHS, «Pulmonary embolism».' },
    'nhs-pad': {
      name: 'NHS (enfermedad arterial periférica)',
      citation: 'Sitio web del NHS, «Peripheral arterial disease (PAD)» (sus señales urgentes, como en la versión de NHS Choices).',
    },
    'health-nz-limb': {
      name: 'Health New Zealand',
      citation: 'Health New Zealand (servicio público de salud de Nueva Zelanda): «Acute limb ischaemia».',
    },
    'nhs-inform': { name: 'NHS inform', citation: 'NHS inform (Escocia), «Leg cramps».' },
    'nhs-tetanus': { name: 'NHS (tétanos)', citation: 'Sitio web del NHS, «Tetanus».' },
    'nhs-tetanus-jab': {
      name: 'NHS (vacuna del tétanos)',
      citation: 'Sitio web del NHS, preguntas frecuentes: «Do I need a tetanus jab (vaccine) after an accident or injury?».',
    },
    'nhs-statins': {
      name: 'NHS (estatinas)',
      citation: 'Sitio web del NHS, medicinas de la A a la Z: estatinas, por ejemplo «Atorvastatin».',
    },
    'mayo-statins': {
      name: 'Mayo Clinic (estatinas)',
      citation:
        'Mayo Clinic, respuestas de expertos sobre las estatinas y la rabdomiólisis (dolor muscular grave, debilidad, orina oscura).',
    },
    'nhs-bakers-cyst': { name: 'NHS (quiste de Baker)', citation: 'Sitio web del NHS, «Baker\u2019s cyst».' },
    'nhs-sciatica': { name: 'NHS (ciática)', citation: 'Sitio web del NHS, «Sciatica».' },
    'cauda-equina': {
      name: 'Royal Free London NHS',
      citation: 'Royal Free London NHS Foundation Trust, información para pacientes: «Cauda equina syndrome».',
    },
    'nhs-rls': { name: 'NHS (piernas inquietas)', citation: 'Sitio web del NHS, «Restless legs syndrome».' },
    'nhs-fife': { name: 'NHS Fife', citation: 'NHS Fife, consejos para pacientes: «Calf stretches».' },
    'nhs-choices-2017': {
      name: 'NHS Choices (2017)',
      citation: 'NHS Choices, «Leg cramps» (una versión anterior de la página del NHS, de 2017; ya no está en internet).',
    },
    mayo: { name: 'Mayo Clinic', citation: 'Mayo Clinic, «Calambre muscular: síntomas y causas».' },
    'mayo-treatment': { name: 'Mayo Clinic (tratamiento)', citation: 'Mayo Clinic, «Muscle cramp: diagnosis and treatment».' },
    medlineplus: { name: 'MedlinePlus', citation: 'MedlinePlus, enciclopedia médica en español: «Calambres musculares».' },
    merck: {
      name: 'Merck Manual',
      citation: 'Merck Manual Consumer Version (versión para el público general), «Muscle Cramps» (resumen «Quick Facts»).',
    },
    'merck-causes': {
      name: 'Merck Manual (causas)',
      citation: 'Merck Manual Consumer Version, tabla: «Conditions That Cause or Contribute to Muscle Cramps».',
    },
    'allen-kirby-2012': {
      name: 'Allen y Kirby, 2012',
      citation: 'Allen RE, Kirby KA. Nocturnal leg cramps. American Family Physician. 2012;86(4):350-355.',
    },
    'hallegraeff-2012': {
      name: 'Hallegraeff y otros, 2012',
      citation:
        'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. Journal of Physiotherapy. 2012;58(1):17-22.',
    },
    'grandner-winkelman-2017': {
      name: 'Grandner y Winkelman, 2017',
      citation:
        'Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations with demographics, sleep disturbance symptoms, medical conditions, and cardiometabolic risk factors. PLoS One. 2017;12(6):e0178465.',
    },
    'cochrane-magnesium-2020': {
      name: 'Revisión Cochrane, 2020',
      citation:
        'Garrison SR y otros. «Magnesio para los calambres musculares». Resumen en español de la revisión Cochrane de 2020 (volumen 9, CD009402).',
    },
    'aafp-fpin-2017': {
      name: 'American Family Physician, 2017',
      citation: 'Treatments for nocturnal leg cramps. FPIN\u2019s Help Desk Answers. American Family Physician. 2017;96(7).',
    },
    'gstt-dvt': {
      name: 'Guy\u2019s and St Thomas\u2019 NHS',
      citation: 'Guy\u2019s and St Thomas\u2019 NHS Foundation Trust, «Blood clots and deep vein thrombosis (DVT)».',
    },
    'renal-diet': {
      name: 'Northern Care Alliance NHS',
      citation: 'Northern Care Alliance NHS Foundation Trust, folleto para pacientes: «Renal: What can I eat? (haemodialysis)».',
    },
    'heart-failure-fluids': {
      name: 'Bradford Teaching Hospitals NHS',
      citation: 'Bradford Teaching Hospitals NHS Foundation Trust, guía sobre la insuficiencia cardíaca: líquidos y sal.',
    },
    aaos: {
      name: 'AAOS',
      citation:
        'Academia Estadounidense de Cirujanos Ortopédicos (AAOS), consejos sobre los calambres musculares, según HealthDay: «Health Tip: Controlling Muscle Cramps».',
    },
    'statpearls-popliteal': {
      name: 'StatPearls (región poplítea)',
      citation:
        'StatPearls, «Anatomy, Bony Pelvis and Lower Limb: Popliteal Region» (StatPearls Publishing, actualizado el 25 de julio de 2023).',
    },
    'teachme-gastrocnemius': { name: 'TeachMeAnatomy (gastrocnemio)', citation: 'TeachMeAnatomy, enciclopedia: «Gastrocnemius».' },
    'teachme-popliteus': { name: 'TeachMeAnatomy (poplíteo)', citation: 'TeachMeAnatomy, enciclopedia: «Popliteus».' },
    'cleveland-hamstrings': { name: 'Cleveland Clinic (isquiotibiales)', citation: 'Cleveland Clinic, «Hamstring Muscles».' },
    'healthlinkbc-leg-veins': {
      name: 'HealthLink BC (venas de la pierna)',
      citation: 'HealthLink BC (Columbia Británica, Canadá), «Blood Clots in the Leg Veins».',
    },
    'cleveland-popliteal-artery': { name: 'Cleveland Clinic (arteria poplítea)', citation: 'Cleveland Clinic, «Popliteal Artery».' },
    'cleveland-tibial-nerve': { name: 'Cleveland Clinic (nervio tibial)', citation: 'Cleveland Clinic, «Tibial Nerve».' },
  },
};
