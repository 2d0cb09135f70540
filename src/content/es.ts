import type { Words } from './types.js';

/**
 * Spanish (es): every word of the English pack, translated. Usted throughout
 * (never tú or vosotros), in neutral international Spanish for readers in
 * Latin America, the US and Spain; buttons are infinitives ("Empezar",
 * "Pausar"). Quotation marks are « ». Sources keep their names and the
 * titles of their pages and papers as published (in English), except
 * MedlinePlus, which points to MedlinePlus en español. `date` is left out:
 * Spanish dates come from the browser's Intl. The facts (doses, levels of
 * care, sources) are shared with English and cannot change here.
 */
export const es: Omit<Words, 'date'> = {
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
  },

  // ------------------------------------------------------------ causes

  explainer: {
    title: 'Qué puede causar calambres detrás de la rodilla',
    intro:
      'Un calambre es un dolor que llega cuando un músculo se tensa de golpe. Muchos calambres en las piernas no tienen una causa clara. Estas son cosas que se relacionan con ellos.',
    notDiagnosis:
      'Esta es información general, no un diagnóstico. Si le preocupa algo, hable con un médico, un enfermero o un farmacéutico.',
    why: 'Por qué puede causar calambres',
    triggers: 'Cosas relacionadas',
    who: 'A quién afecta más',
    helps: 'Qué puede ayudar',
    lessCertain: 'Menos comprobado',
    tabsLabel: 'Causas de los calambres en las piernas',
  },
  causes: {
    dehydration: {
      title: 'Falta de líquidos',
      summary: 'Si pierde mucha agua, por ejemplo con ejercicio intenso o con calor, es más fácil que los músculos tengan calambres.',
      why: 'Los músculos necesitan agua para funcionar bien. Si pierde más líquido del que toma, se pueden tensar y dar calambres. Esto está más claro en los calambres durante el ejercicio o después que en los calambres de noche.',
      triggers: [
        'Ejercicio intenso que le hace sudar mucho',
        'Deporte o trabajo con calor',
        'Tener vómitos o diarrea',
        'Beber mucho alcohol',
        'Algunas medicinas que le hacen orinar más',
      ],
      who: 'Las personas que hacen ejercicio intenso o trabajan con calor. También le puede pasar a cualquier persona que esté enferma y pierda líquidos.',
      helps: [
        'Beba agua a lo largo del día, y más cuando hace calor o hace ejercicio.',
        'Beba más cuando tenga vómitos o diarrea.',
        'Si un médico le dijo que beba menos, por sus riñones o su corazón, siga ese consejo.',
        'Si bebe alcohol, que sea poco.',
      ],
    },

    electrolytes: {
      title: 'Minerales bajos (electrolitos)',
      summary: 'Para que sus músculos vayan bien, hace falta un buen equilibrio de algunos minerales.',
      why: 'Minerales como el potasio, el calcio y el magnesio ayudan a que los nervios y los músculos funcionen. Si bajan mucho o pierden el equilibrio, los músculos pueden tener calambres.',
      triggers: [
        'Pastillas para orinar (diuréticos), que pueden bajar estos minerales',
        'Enfermedad de los riñones',
        'Problemas de estómago e intestino',
        'Una dieta con poca fruta, verdura y lácteos',
        'Poca vitamina D',
      ],
      who: 'Las personas que toman pastillas para orinar. También las que tienen problemas de riñones o de estómago e intestino.',
      helps: [
        'Coma una dieta equilibrada, con mucha fruta, verdura y lácteos. No siga este consejo si un médico le dijo que tome poco potasio (por ejemplo, por sus riñones).',
        'Si toma una pastilla para orinar y le dan calambres, dígaselo a su médico.',
        'No tome pastillas de minerales, como el magnesio, para los calambres, a menos que un médico se lo diga.',
      ],
      certaintyNote:
        'En la mayoría de los calambres nocturnos, la causa no son los minerales bajos. Es poco probable que las pastillas de magnesio ayuden a las personas mayores con calambres.',
    },

    strain: {
      title: 'Músculos cansados o sobrecargados',
      summary: 'Los músculos que trabajan de más o por mucho tiempo pueden tener calambres.',
      why: 'Un músculo cansado se tensa con más facilidad y le cuesta soltarse. Las pantorrillas tensas y estirar poco también influyen.',
      triggers: [
        'Empezar un ejercicio nuevo, o hacer más de lo normal',
        'Repetir el mismo movimiento una y otra vez',
        'Estar de pie o sentado mucho tiempo',
        'Una mala postura (solo lo dice el artículo de origen)',
        'Estirar muy poco',
      ],
      who: 'Los deportistas, las personas que trabajan de pie y las que pasan mucho tiempo sentadas.',
      helps: [
        'Aumente poco a poco el ejercicio nuevo.',
        'Estire las pantorrillas. Los estudios no dan los mismos resultados sobre si estirar previene los calambres.',
      ],
    },

    conditions: {
      title: 'Enfermedades, edad y embarazo',
      summary: 'Los calambres en las piernas son más probables con algunas enfermedades, con la edad y en el embarazo.',
      why: 'Algunas enfermedades afectan a los nervios, a la circulación de la sangre o a los minerales. Cualquiera de estas cosas puede causar calambres. A veces, los calambres son la señal de un problema que hay que tratar, como un nervio pinzado o un vaso sanguíneo estrecho.',
      triggers: [
        'Diabetes',
        'Enfermedad de los riñones, o diálisis (cuando una máquina limpia la sangre)',
        'Problemas de tiroides (la tiroides es una glándula del cuello)',
        'Enfermedad del hígado',
        'Enfermedades que afectan a los nervios y los músculos',
        'Un nervio pinzado en la parte baja de la espalda',
        'Vasos sanguíneos estrechos en las piernas',
      ],
      who: 'Las personas con estas enfermedades. Los calambres también son más frecuentes con la edad, y en el embarazo, sobre todo en los últimos meses.',
      helps: [
        'Siga con los cuidados y los chequeos de cualquier enfermedad que tenga.',
        'Dígale a su médico si tiene calambres a menudo, si son muy dolorosos o si no le dejan dormir.',
        'Dígale a su médico si le duele la pierna al caminar y el dolor se va al descansar. Si le duele la pierna o el pie en reposo o de noche, y no es un calambre, puede que le llegue poca sangre: pida ayuda hoy.',
        'En el embarazo y en las 6 semanas después del parto, es más fácil tener un coágulo de sangre. Pida ayuda hoy si tiene una pierna hinchada, caliente o roja, o con un dolor que dura.',
        'En el embarazo, no está claro que el magnesio ayude con los calambres. Pregunte a su médico o a su matrona (partera) antes de tomarlo.',
        'Unas ganas muy fuertes de mover las piernas por la noche, que se calman al moverlas, pueden ser piernas inquietas y no calambres. Dígaselo a su médico.',
      ],
    },

    genetics: {
      title: 'Sus genes',
      summary: 'Parece que algunas personas tienen más tendencia a los calambres que otras.',
      why: 'Puede que los calambres sean más comunes en algunas familias. No se sabe bien por qué.',
      triggers: ['Familiares cercanos que tienen calambres a menudo'],
      who: 'Las personas que tienen en su familia cercana a alguien con calambres a menudo pueden tener más tendencia.',
      helps: [
        'No puede cambiar sus genes, pero los otros consejos de esta guía aún pueden ayudarle.',
        'Dígale a su médico si tiene calambres a menudo.',
      ],
      certaintyNote:
        'El artículo en el que se basa esta guía dice que los genes son un factor. No encontramos ninguna fuente médica de confianza que lo diga. Tome esta causa como menos comprobada.',
    },

    lifestyle: {
      title: 'Hábitos diarios y medicinas',
      summary: 'Lo que usted come, sus bebidas, lo que toma y cómo duerme pueden influir.',
      why: 'Se sabe que algunas medicinas causan calambres. Dormir poco se relaciona con los calambres nocturnos, pero no se ha probado que los cause.',
      triggers: [
        'Una mala alimentación',
        'Dormir poco o mal (se relaciona con los calambres nocturnos, pero no se ha probado que los cause)',
        'Mucha cafeína, como la del café, el té o las bebidas energéticas',
        'Alcohol',
        'Algunas medicinas, como las estatinas para el colesterol y las pastillas para orinar',
      ],
      who: 'Le puede pasar a cualquiera. Si le dan calambres desde que toma una medicina nueva, dígaselo a su médico o a su farmacéutico.',
      helps: [
        'Coma bien, con una dieta equilibrada.',
        'Tome menos alcohol, y menos cafeína, que puede influir.',
        'Si toma una estatina y tiene dolor, dolor al tocar, debilidad o calambres en los músculos sin saber por qué, o la orina oscura, deje la estatina. Llame enseguida a su médico o a una línea telefónica de salud.',
        'Si le dan calambres desde que toma otra medicina nueva, pregunte por ella a su médico o a su farmacéutico. No la deje sin preguntar antes.',
      ],
    },
  },

  // ------------------------------------------------------------ checklist

  checklist: {
    title: '¿Podría alguna de estas cosas estar detrás de sus calambres?',
    intro: 'Marque todo lo que se aplique a su caso. Al marcar, verá qué causas pueden encajar y qué puede probar.',
    noScript: 'JavaScript está apagado en su navegador, así que al marcar una casilla no verá nada. Aun así, puede leer la lista.',
    privacy: 'Sus respuestas se quedan en esta página. No se guardan ni se envían a ninguna parte.',
    privacyPersist: 'Sus respuestas se guardan solo en este aparato, para que estén aquí cuando vuelva. No se envían a ninguna parte.',
    aboutLegend: '¿Le pasa algo de esto con sus calambres?',
    aboutYouLegend: '¿Se aplica a usted algo de esto?',
    groupQuestion: (topic) => `${topic}: ¿se aplica a usted algo de esto?`,
    selectAll: 'Marque todas las que correspondan.',
    summaryTitle: 'Lo que indican sus respuestas',
    summaryEmpty: 'Todavía no ha marcado nada. Su resumen aparecerá aquí.',
    summaryNone: 'Sus respuestas no apuntan a ninguna de las causas comunes.',
    answers: (count) => (count === 1 ? '1 de sus respuestas' : `${String(count)} de sus respuestas`),
    helps: 'Qué puede ayudar:',
    more: (cause) => `Leer más: ${cause}`,
    notDiagnosis:
      'Esto no es un diagnóstico. Muchos calambres no tienen una causa clara. Si le preocupa algo, hable con un médico, un enfermero o un farmacéutico.',
    noticePrefix: 'Importante: ',
    notice: {
      urgent: {
        title: 'Pida ayuda médica hoy',
        body: [
          'Algo que marcó necesita la atención de un médico hoy. Consulte hoy a su médico, a un servicio de atención urgente o a una línea telefónica de salud.',
          'El dolor, la hinchazón o el calor en una pierna, a menudo en la pantorrilla o detrás de la rodilla, pueden ser señal de un coágulo de sangre. No frote la pierna.',
        ],
      },
      soon: {
        title: 'Hable con un médico, un enfermero o un farmacéutico',
        body: [
          'Por sus respuestas, vale la pena que le revisen los calambres. Pida una cita con su médico, o consulte a un farmacéutico.',
          'Pida ayuda médica hoy si tiene una pierna hinchada, caliente, roja o más oscura de lo normal, o con un dolor que dura o vuelve una y otra vez. A menudo es en la pantorrilla o detrás de la rodilla.',
          'Pida ayuda médica hoy si un calambre dura más de 10 minutos y no se calma al moverse.',
        ],
      },
    },
    noticeEmergency:
      'Llame ahora al {number} si de repente le cuesta respirar, o tiene dolor en el pecho o en la parte alta de la espalda. Llame también si el corazón le late muy rápido, si tose sangre o si alguien se desmaya. Pida una ambulancia. No maneje (conduzca) usted mismo.',
    noticeCare: 'Ver cuándo pedir ayuda',
    reset: 'Borrar respuestas',
    copy: 'Copiar resumen',
    copied: 'Resumen copiado. Puede pegarlo en una nota o en un correo electrónico.',
    copyFailed:
      'Su navegador no nos dejó copiar. El resumen está en el cuadro de abajo y ya está seleccionado: presione Ctrl+C (o Cmd+C) para copiarlo.',
    fallbackLabel: 'Su resumen, para copiar',
    print: 'Imprimir resumen',
    ticked: (count) => (count === 1 ? 'Ha marcado 1 respuesta.' : `Ha marcado ${String(count)} respuestas.`),
    announce: (causes) =>
      causes.length
        ? `${String(causes.length)} ${causes.length === 1 ? 'causa posible' : 'causas posibles'}: ${causes.join(', ')}.`
        : 'Sus respuestas no apuntan a una causa común.',
    cleared: 'Respuestas borradas.',
    textTitle: 'Calambres en las piernas: su lista',
    textAnswers: 'Lo que usted marcó:',
    textCauses: 'Causas que pueden encajar:',
  },
  about: {
    frequent: { label: 'Tiene calambres a menudo, o le despiertan de noche, o le dificultan la vida diaria.' },
    severe: { label: 'Sus calambres son muy dolorosos.' },
    'self-care': { label: 'Estirar y otros cuidados en casa no le han ayudado.' },
    'new-medicine': { label: 'Sus calambres empezaron después de comenzar una medicina nueva.' },
    'long-cramp': { label: 'Un calambre duró más de 10 minutos y no se calmó al moverse.' },
    'other-symptoms': {
      label:
        'Tiene en una pierna un dolor que late o que parece un calambre, que dura o vuelve una y otra vez (en la pantorrilla, detrás de la rodilla o en el muslo), a menudo peor al caminar o al estar de pie. O la pierna está hinchada, caliente, roja o más oscura de lo normal, o tiene venas duras o que duelen.',
    },
    'numb-weak': { label: 'Sus calambres vienen con debilidad, pérdida de sensibilidad o pequeñas sacudidas en los músculos.' },
    'statin-pain': {
      label: 'Toma una estatina y tiene dolor, dolor al tocar, debilidad o calambres en los músculos sin saber por qué, o la orina oscura.',
      action: 'Si toma una estatina: déjela y llame enseguida a su médico o a una línea telefónica de salud.',
    },
  },
  risks: {
    'low-fluids': { label: 'A menudo toma menos agua de la que necesita.' },
    sweating: { label: 'Suda mucho, por hacer ejercicio intenso o por el calor.' },
    sickness: { label: 'Ha tenido vómitos o diarrea hace poco.' },
    alcohol: { label: 'Toma alcohol a menudo.' },
    diuretic: { label: 'Toma una pastilla para orinar (diurético).' },
    diet: { label: 'Come poca fruta, verdura o lácteos.' },
    'new-exercise': { label: 'Empezó a hacer un ejercicio nuevo, o hace más de lo normal.' },
    'standing-sitting': { label: 'Pasa mucho tiempo de pie o sentado.' },
    'tight-calves': { label: 'Casi nunca hace estiramientos, o nota las pantorrillas tensas.' },
    diabetes: { label: 'Tiene diabetes.' },
    kidney: { label: 'Tiene una enfermedad de los riñones, o le hacen diálisis.' },
    'thyroid-liver': { label: 'Tiene un problema de tiroides o de hígado.' },
    pregnant: { label: 'Está embarazada.' },
    'over-60': { label: 'Tiene más de 60 años.' },
    family: { label: 'Algunos familiares cercanos suyos tienen calambres a menudo.' },
    sleep: { label: 'A menudo duerme mal o poco.' },
    caffeine: { label: 'Toma mucha cafeína, como la del café, el té o las bebidas energéticas.' },
    statin: { label: 'Toma una estatina para el colesterol.' },
  },

  // ------------------------------------------------------------ stretches

  stretch: {
    usePrevent: 'Para ayudar a prevenir los calambres',
    useDuring: 'Durante un calambre',
    doseDuring: 'Mantenga la postura hasta que el calambre se calme. El temporizador le cuenta el tiempo.',
    dose: (hold, reps, perSide) =>
      `Mantenga la postura ${String(hold)} ${hold === 1 ? 'segundo' : 'segundos'}. Hágalo ${
        reps === 1 ? 'una vez' : `${String(reps)} veces`
      }${perSide ? ' con cada pierna' : ''}.`,
    safetyLabel: 'Precauciones:',
    chairLabel: 'En una silla:',
    safety:
      'Estire con suavidad. Nunca le debe doler. Pare si siente un dolor agudo. Después de una lesión o una operación, o si ha tenido un coágulo de sangre, pregunte antes a un médico o a un fisioterapeuta.',
    evidence:
      'Los estudios no dan los mismos resultados sobre si estirar previene los calambres. En un estudio, las personas mayores que estiraban antes de dormir tuvieron menos calambres nocturnos. Una revisión de los estudios dice que las pruebas son pocas.',
    timer: 'Temporizador',
    seconds: 'segundos',
    second: 'segundo',
    start: 'Empezar',
    pause: 'Pausar',
    resume: 'Seguir',
    reset: 'Reiniciar',
    again: 'Empezar de nuevo',
    left: 'Pierna izquierda',
    right: 'Pierna derecha',
    rep: (rep, reps) => `Repetición ${String(rep)} de ${String(reps)}`,
    hold: 'Mantenga la postura',
    rest: 'Descanse',
    paused: 'En pausa:',
    done: 'Terminado',
    announceStart: (hold, side) =>
      `En marcha. Mantenga la postura ${String(hold)} ${hold === 1 ? 'segundo' : 'segundos'}${side ? `, ${side.toLowerCase()}` : ''}.`,
    announceHoldEnd: (rest, next) => `Descanse ${String(rest)} ${rest === 1 ? 'segundo' : 'segundos'}. Después: ${next.toLowerCase()}.`,
    ready: 'Prepárese',
    announceReady: (seconds, side) =>
      `Póngase en posición. El estiramiento empieza en ${String(seconds)} ${seconds === 1 ? 'segundo' : 'segundos'}${
        side ? `, primero la ${side.toLowerCase()}` : ''
      }.`,
    announceHold: (hold, next) =>
      `Mantenga la postura ${String(hold)} ${hold === 1 ? 'segundo' : 'segundos'}${next ? `: ${next.toLowerCase()}` : ''}.`,
    announceDone: (reps) => `Terminado: ${reps === 1 ? 'una repetición' : `${String(reps)} repeticiones`}. ¡Muy bien!`,
    named: (label, stretch) => `${label}: ${stretch}`,
    announcePause: (left) => `En pausa. ${left === 1 ? 'Queda 1 segundo' : `Quedan ${String(left)} segundos`}.`,
    announceResume: (left) => `Seguimos. ${left === 1 ? 'Queda 1 segundo' : `Quedan ${String(left)} segundos`}.`,
    announceCheck: (seconds) =>
      `${String(seconds)} ${seconds === 1 ? 'segundo' : 'segundos'}. Si el calambre no se ha calmado, siga en la postura y vuelva a empezar el temporizador.`,
    unknown: 'Lo sentimos, no se pudo mostrar este estiramiento.',
    routineTitle: 'Rutina de estiramientos',
    routineIntro: (count, minutes) =>
      `${String(count)} ${count === 1 ? 'estiramiento' : 'estiramientos'}, alrededor de ${String(minutes)} ${
        minutes === 1 ? 'minuto' : 'minutos'
      } en total.`,
    step: (step, steps) => `Paso ${String(step)} de ${String(steps)}`,
    routineNoScript: 'JavaScript está apagado en su navegador, así que solo se muestra el primer estiramiento.',
    previous: 'Anterior',
    next: 'Siguiente',
    startRoutine: 'Empezar la rutina',
    routineDone: 'Rutina terminada. ¡Muy bien!',
  },
  stretches: {
    'wall-calf': {
      name: 'Estiramiento de pantorrilla contra la pared',
      steps: [
        'Póngase de pie frente a una pared. Apoye las manos en ella a la altura de los hombros.',
        'Lleve un pie hacia atrás. Mantenga esa pierna recta y el talón en el suelo.',
        'Doble la rodilla de la pierna de adelante e inclínese hacia la pared hasta que sienta el estiramiento en la pantorrilla de atrás.',
        'Mantenga la postura y luego cambie de pierna.',
      ],
      safety: 'Mantenga en el suelo el talón de la pierna de atrás, y el cuerpo recto.',
      alt: 'Una persona se apoya en una pared con una pierna estirada hacia atrás y el talón en el suelo. La pantorrilla de la pierna de atrás está resaltada.',
      seated:
        'Siéntese en una silla firme. Estire una pierna con el talón en el suelo, y suba los dedos del pie hacia usted hasta que sienta el estiramiento en la pantorrilla. Puede ayudarle pasar una toalla por el pie.',
    },
    'bent-knee-calf': {
      name: 'Estiramiento de pantorrilla con la rodilla doblada',
      steps: [
        'Póngase de pie frente a una pared con las manos apoyadas en ella, como en el estiramiento de pantorrilla.',
        'Lleve un pie hacia atrás y doble un poco esa rodilla. Mantenga el talón en el suelo.',
        'Inclínese hacia la pared hasta que sienta el estiramiento en la parte baja de la pantorrilla de atrás.',
        'Mantenga la postura y luego cambie de pierna.',
      ],
      safety: 'Mantenga en el suelo el talón de atrás.',
      alt: 'Una persona se apoya en una pared con la rodilla de atrás un poco doblada y el talón en el suelo. La parte baja de la pantorrilla de la pierna de atrás está resaltada.',
    },
    hamstring: {
      name: 'Estiramiento de la parte de atrás del muslo, sentado',
      steps: [
        'Siéntese en el suelo con una pierna estirada hacia adelante y los dedos del pie hacia arriba. Doble la otra rodilla.',
        'Mantenga la espalda recta y inclínese hacia adelante desde las caderas.',
        'Pare cuando sienta el estiramiento en la parte de atrás del muslo y de la rodilla.',
        'Mantenga la postura y luego cambie de pierna.',
      ],
      safety: 'No dé rebotes. No curve la espalda.',
      alt: 'Una persona sentada, con una pierna recta, se inclina hacia adelante desde las caderas. La parte de atrás del muslo está resaltada.',
      seated:
        'Siéntese en la parte de adelante de una silla firme. Estire una pierna con el talón en el suelo y los dedos del pie hacia arriba. Mantenga la espalda recta y inclínese hacia adelante desde las caderas.',
    },
    'towel-calf': {
      name: 'Estiramiento con toalla, sentado',
      steps: [
        'Siéntese en el suelo o en una cama con una pierna estirada hacia adelante.',
        'Pase una toalla por la parte de adelante de la planta del pie y sujete las dos puntas.',
        'Tire de la toalla hacia usted con suavidad, hasta que sienta el estiramiento en la pantorrilla.',
        'Mantenga la postura y luego cambie de pierna.',
      ],
      safety: 'Tire con suavidad.',
      alt: 'Una persona sentada con una pierna recta tira de una toalla que pasa por el pie. La pantorrilla está resaltada.',
      seated: 'Puede hacerlo en una silla firme, con el talón de la pierna estirada apoyado en el suelo.',
    },
    'toe-pull': {
      name: 'Durante un calambre, tire de los dedos del pie hacia arriba',
      steps: [
        'Estire la pierna que tiene el calambre.',
        'Con la mano o con una toalla, tire de los dedos del pie hacia arriba, hacia la espinilla.',
        'Siga así hasta que el calambre se calme.',
        'Después, frote el músculo con suavidad. Si puede hacerlo sin peligro, póngase de pie y apoye su peso en esa pierna.',
      ],
      safety:
        'Si un calambre dura más de 10 minutos y no se calma al moverse, pida ayuda médica hoy. No frote una pierna hinchada, caliente o roja. El músculo puede seguir doliendo hasta un día. Los analgésicos (medicinas para el dolor) tardan demasiado en hacer efecto para parar un calambre, pero pueden aliviar el dolor que queda.',
      alt: 'Una persona sentada con la pierna recta tira de los dedos del pie hacia la espinilla. La pantorrilla está resaltada.',
    },
    'heel-drop': {
      name: 'Bajar los talones en un escalón',
      steps: [
        'Póngase de pie en un escalón con los talones fuera del borde. Sujétese del pasamanos.',
        'Baje los talones despacio, más abajo del escalón, hasta que sienta el estiramiento en las pantorrillas.',
        'Mantenga la postura unos segundos y luego vuelva a subir.',
      ],
      safety:
        'Sujétese siempre de un pasamanos o apóyese en una pared, para no caerse. Este estiramiento viene de consejos antiguos del NHS (el servicio de salud del Reino Unido) que ya no están en su sitio web.',
      alt: 'Una persona de pie en un escalón se sujeta de un pasamanos, con los dos talones bajados por fuera del borde. Las pantorrillas están resaltadas.',
    },
  },

  // ------------------------------------------------------------ care

  careText: {
    title: 'Cuándo pedir ayuda',
    intro:
      'La mayoría de los calambres en las piernas no son graves y se pasan en pocos minutos. Pida ayuda si nota alguna de estas señales.',
  },
  care: {
    emergency: {
      prefix: 'Actúe de inmediato: ',
      title: 'Llame ahora al número de emergencias',
      intro: 'Llame ahora si:',
      action: 'Llame ahora al {number} y pida una ambulancia. No maneje (conduzca) usted mismo.',
    },
    urgent: {
      prefix: 'Consejo urgente: ',
      title: 'Pida ayuda urgente hoy',
      intro: 'Pida ayuda hoy si:',
      action:
        'Consulte hoy a su médico, a un servicio de atención urgente o a una línea telefónica de salud. No frote una pierna hinchada, caliente o roja: podría ser un coágulo de sangre.',
    },
    soon: {
      prefix: 'Consejo no urgente: ',
      title: 'Consulte pronto a un médico',
      intro: 'Pida una cita con su médico si:',
      action: 'Pida una cita con su médico. Un farmacéutico también le puede aconsejar.',
    },
  },
  signs: {
    'clot-lungs':
      'Le falta el aire de repente, o tiene dolor en el pecho o en la parte alta de la espalda, aunque parezca un calambre. El corazón le late muy rápido, tose sangre, o se desmaya. Un coágulo de sangre puede haber llegado a los pulmones: es una emergencia, tenga o no una pierna hinchada y con dolor.',
    'limb-sudden':
      'De repente, una pierna le duele, está fría, pálida o dormida, o no la puede mover. Puede que no le llegue la sangre a la pierna.',
    'back-nerve':
      'Tiene dormida (sin sensibilidad) la zona de las nalgas o los genitales. O tiene problemas nuevos para orinar o para evacuar el intestino: no puede orinar, o no controla la orina o las heces. O tiene débiles o dormidas las dos piernas, y es grave o va a peor.',
    'tetanus-spasms':
      'Tiene la mandíbula rígida, o los músculos muy rígidos, o espasmos con dolor, después de un corte o una herida. Puede ser tétanos.',
    'clot-pain':
      'Tiene en una pierna (casi nunca en las dos) un dolor que late o que parece un calambre, en la pantorrilla, detrás de la rodilla o en el muslo, que dura o vuelve una y otra vez. A menudo es peor al caminar o al estar de pie. Puede ser un coágulo de sangre (trombosis venosa profunda).',
    'clot-swelling':
      'Tiene una pierna hinchada. O tiene la piel caliente, roja o más oscura alrededor de una zona que duele, a menudo en la parte de atrás de la pierna, debajo de la rodilla. O tiene venas duras o que duelen al tocarlas.',
    'rest-pain':
      'Le duele la pierna o el pie en reposo o de noche, y no es un calambre. O la pierna o el pie se ven pálidos o azulados, o están fríos, o tienen heridas que no se curan. Puede que a la pierna le llegue poca sangre.',
    'long-cramp': 'Un calambre dura más de 10 minutos y no se calma al moverse.',
    'statin-pain':
      'Toma una estatina y tiene dolor, dolor al tocar, debilidad o calambres en los músculos sin saber por qué, o la orina oscura (color de refresco de cola). Deje de tomar la estatina y llame enseguida a su médico o a una línea telefónica de salud.',
    'fluid-loss': 'Los calambres empezaron después de perder mucho líquido: por vómitos, diarrea, mucho sudor o pastillas para orinar.',
    'numb-weak': 'Los calambres vienen con debilidad, pérdida de sensibilidad o pequeñas sacudidas en los músculos.',
    'other-cramps': 'Tiene calambres en los brazos o la barriga.',
    'tetanus-wound':
      'Tiene un calambre después de un corte o una herida por la que podría entrar el tétanos (una infección grave), sobre todo si no tiene al día las vacunas del tétanos. O después de estar en contacto con plomo o mercurio.',
    frequent: 'Tiene calambres a menudo, o no le dejan dormir.',
    painful: 'Los calambres son muy dolorosos.',
    'daily-life': 'Los calambres le dificultan la vida diaria.',
    wasting: 'Los músculos de la pierna parecen cada vez más pequeños (se están consumiendo).',
    'self-care': 'Estirar y otros cuidados en casa no le ayudan.',
    'no-cause': 'Los calambres no tienen una causa clara que los explique, como podría ser el ejercicio intenso.',
    'new-medicine': 'Los calambres empezaron después de comenzar una medicina nueva.',
    alcohol: 'Bebe mucho alcohol y tiene calambres.',
    'walking-pain': 'Le duele la pierna al caminar, y el dolor se va al descansar.',
    'knee-lump':
      'Tiene un bulto detrás de la rodilla, o dolor, tensión o rigidez ahí que no es un calambre. Puede ser un bulto lleno de líquido (un quiste de Baker) u otra cosa.',
  },

  // ------------------------------------------------------------ prevention

  prevention: {
    title: 'Cómo ayudar a prevenir los calambres',
    intro: 'Estos pasos pueden bajar la probabilidad de tener calambres. No pueden evitar todos los calambres.',
    doTitle: 'Qué hacer',
    dontTitle: 'Qué no hacer',
  },
  tips: {
    water: 'Beba agua a lo largo del día, y más cuando hace calor o hace ejercicio.',
    'fluid-limits':
      'Si su médico, o el equipo que trata sus riñones o su corazón, le dijo que tome poco líquido o poco potasio, siga lo que ellos le dicen, no estos consejos.',
    food: 'Coma fruta, verdura y lácteos dentro de una dieta equilibrada.',
    stretch: 'Estire con suavidad las pantorrillas antes de dormir. Puede ayudar, pero los estudios no dan los mismos resultados.',
    'warm-up': 'Caliente los músculos antes de hacer ejercicio.',
    strength: 'Haga ejercicios para tener los músculos de las piernas más fuertes (solo lo dice el artículo de origen).',
    alcohol: 'No beba mucho alcohol.',
    heat: 'No haga ejercicio intenso con calor sin beber más.',
    supplements:
      'No tome pastillas de minerales, como el magnesio, para los calambres, a menos que un médico se lo diga. La mayoría de los calambres nocturnos no se deben a minerales bajos. Y es poco probable que el magnesio ayude a las personas mayores.',
    caffeine: 'No tome mucha cafeína, como la del café, el té o las bebidas energéticas. Puede influir.',
    statin:
      'Si toma una estatina y tiene dolor, dolor al tocar, debilidad o calambres en los músculos sin saber por qué, o la orina oscura, deje la estatina. Llame enseguida a su médico o a una línea telefónica de salud.',
    medicine: 'No deje ninguna otra medicina por los calambres sin preguntar antes a su médico o farmacéutico.',
    quinine:
      'No tome quinina para los calambres a menos que un médico se la recete. Ya no se aconseja para la mayoría de los calambres porque tiene efectos secundarios graves. Un médico puede ofrecerla solo para calambres muy fuertes, cuando nada más ha ayudado.',
  },

  // ------------------------------------------------------------ guide

  guide: {
    title: 'Calambres detrás de la rodilla',
    introTitle: '¿Qué es un calambre en la pierna?',
    intro: [
      'Un calambre en la pierna es un dolor que llega cuando un músculo se tensa de golpe. Detrás de la rodilla, suele ser la pantorrilla o los músculos de la parte de atrás del muslo. Los calambres suelen venir de noche o cuando usted está en reposo. Pueden durar desde unos segundos hasta 10 minutos.',
      'Esta guía explica qué puede causar calambres. Le ayuda a revisar sus propios factores de riesgo, y le muestra estiramientos y pasos que pueden ayudar. También le dice cuándo pedir ayuda médica.',
    ],
    contents: 'Contenido',
    sourcesTitle: 'Fuentes',
    nextReview: 'Próxima revisión:',
    disclaimer:
      'Esta guía es información general, no un consejo médico. No le puede dar un diagnóstico. Si le preocupan sus síntomas, hable con un médico, un enfermero o un farmacéutico.',
    condition: 'Calambres en las piernas',
    description:
      'Qué puede causar calambres en las piernas detrás de la rodilla, factores de riesgo, estiramientos, prevención y cuándo pedir ayuda médica.',
  },
  during: {
    title: 'Qué hacer durante un calambre',
    intro: 'La mayoría de los calambres se pasan solos. Estos pasos pueden aliviar el dolor.',
    steps: {
      stretch:
        'Estire la pierna y, con la mano o con una toalla, tire de los dedos del pie hacia arriba, hacia la espinilla. Mantenga la postura hasta que el calambre se calme.',
      thigh:
        'Si el calambre está en la parte de atrás del muslo, póngase de pie con su peso sobre esa pierna y empuje fuerte hacia el suelo. Apóyese en una silla para no perder el equilibrio.',
      rub: 'Frote con suavidad el músculo tenso.',
      walk: 'Si puede hacerlo sin peligro, póngase de pie y apoye su peso en la pierna del calambre.',
      heat: 'Una toalla tibia (no caliente) puede relajar un músculo tenso. Tenga cuidado si tiene la piel dormida, por ejemplo por la diabetes: el calor la puede quemar. Cuando el dolor baje, una bolsa de hielo envuelta en un paño puede aliviar el dolor que queda.',
      'rubbing-caution':
        'No frote una pierna hinchada, caliente, roja o que duele al tocarla. Pida ayuda médica hoy: podría ser un coágulo de sangre.',
      soreness:
        'El músculo puede seguir doliendo hasta un día. Los analgésicos (medicinas para el dolor) tardan demasiado en hacer efecto para parar un calambre, pero pueden aliviar el dolor que queda. Pregunte a un farmacéutico cuál es seguro para usted.',
      'ten-minutes': 'Si un calambre dura más de 10 minutos y no se calma al moverse, pida ayuda médica hoy.',
    },
  },
};
