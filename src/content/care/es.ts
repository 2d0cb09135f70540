import type { CarePart } from './types.js';

/**
 * Spanish (es): when to get help: the three levels of care advice, and the warning signs.
 */
export const care: CarePart = {
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
};
