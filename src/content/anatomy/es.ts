import type { AnatomyPart } from './types.js';

/** Spanish (es): the anatomy picture's words, in usted, as the rest of the Spanish pack. */
export const anatomy: AnatomyPart = {
  anatomy: {
    title: 'La parte de atrás de la rodilla',
    intro:
      'El hueco blando de la parte de atrás de la rodilla se llama corva. Por ahí pasan músculos, una vena, una arteria y un nervio. Elija una parte para saber qué es.',
    picture: 'Dibujo de la parte de atrás de la rodilla derecha',
    list: 'Partes de la parte de atrás de la rodilla',
    hint: 'Elija una parte en el dibujo o en la lista.',
  },
  structures: {
    gastrocnemius: {
      name: 'Músculo de la pantorrilla (gastrocnemio)',
      text: 'Es el músculo principal de la pantorrilla. Tiene dos partes, llamadas cabezas. Empiezan en la parte de abajo del hueso del muslo y forman los lados de abajo de la corva. La mayoría de los calambres en las piernas son en la pantorrilla.',
      more: 'Leer sobre los músculos cansados o con exceso de trabajo',
    },
    'hamstring-tendons': {
      name: 'Tendones de los isquiotibiales',
      text: 'Los isquiotibiales son los músculos de la parte de atrás del muslo. Sus extremos forman los lados de arriba de la corva. También puede haber calambres en el muslo, y suelen ser los que más duran.',
      more: 'Leer sobre los músculos cansados o con exceso de trabajo',
    },
    popliteus: {
      name: 'Poplíteo',
      text: 'Este músculo está en el fondo de la corva, muy adentro. Ayuda a «desbloquear» la rodilla para que se pueda doblar.',
      more: 'Leer sobre los músculos cansados o con exceso de trabajo',
    },
    'popliteal-vein': {
      name: 'Vena poplítea',
      text: 'Es una vena profunda detrás de la rodilla. En ella se puede formar un coágulo de sangre (una TVP, trombosis venosa profunda). El dolor de un coágulo puede latir o parecer un calambre. Suele ser en una sola pierna, y esa pierna se puede hinchar. Si le duele una pierna y está hinchada, pida ayuda médica hoy.',
      more: 'Cuándo pedir ayuda',
    },
    'popliteal-artery': {
      name: 'Arteria poplítea',
      text: 'Es la arteria principal detrás de la rodilla. Lleva sangre a la rodilla, a la parte baja de la pierna y al pie. Si se estrecha o se tapa, la pierna le puede doler o darle calambres al caminar. El dolor se va cuando descansa. Dígaselo a su médico si le pasa.',
      more: 'Leer sobre las enfermedades que pueden causar calambres',
    },
    'tibial-nerve': {
      name: 'Nervio tibial',
      text: 'Es un nervio grande. Baja desde la parte de atrás de la rodilla hasta el pie. Le ayuda a mover músculos y a sentir en partes de la pierna y del pie. Es una rama del nervio ciático.',
      more: 'Leer sobre las enfermedades que pueden causar calambres',
    },
    'bakers-cyst': {
      name: 'Dónde se forma un quiste de Baker',
      text: 'Un quiste de Baker es un bulto lleno de líquido en la parte de atrás de la rodilla. Si se rompe, el líquido baja a la pantorrilla. Esto puede causar un dolor fuerte, hinchazón y enrojecimiento. El médico puede hacer pruebas para descartar un coágulo de sangre. Vaya al médico si un bulto detrás de la rodilla le causa problemas y no se va.',
      more: 'Cuándo pedir ayuda',
    },
  },
};
