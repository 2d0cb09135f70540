import type { ChecklistPart } from './types.js';

/**
 * Spanish (es): the risk checklist: its items and its words.
 */
export const checklist: ChecklistPart = {
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
};
