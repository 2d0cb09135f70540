import type { TipsPart } from './types.js';

/**
 * Spanish (es): the do-and-don't prevention tips.
 */
export const tips: TipsPart = {
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
};
