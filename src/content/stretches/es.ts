import type { StretchesPart } from './types.js';

/**
 * Spanish (es): the six stretches, and the words of the stretch card and routine.
 */
export const stretches: StretchesPart = {
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
};
