import type { CausesPart } from './types.js';

/**
 * Spanish (es): the six cause groups, and the cause explainer's words.
 */
export const causes: CausesPart = {
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
};
