import type { GuidePart } from './types.js';

/**
 * Spanish (es): the guide's own words (title, introduction, disclaimer) and what to do during a
 * cramp.
 */
export const guide: GuidePart = {
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
