import type { CauseToggleDetail } from '../elements/cramp-cause-explainer/cramp-cause-explainer.js';
import type { ChecklistChangeDetail } from '../elements/cramp-risk-checklist/cramp-risk-checklist.js';
import type { StretchCompleteDetail, StretchStartDetail } from '../elements/cramp-stretch-card/cramp-stretch-card.js';
import type { RoutineCompleteDetail } from '../elements/cramp-stretch-routine/cramp-stretch-routine.js';

/**
 * Every event cramp-kit sends, by name, with the type of its `detail`: the one
 * definition of each. `emit()` takes only these names with their details; the
 * manifest gives each element's `@event` its detail type from here (the build
 * fails if an element documents an event missing here), and so do the
 * framework types; `addEventListener` on any element or the document knows them.
 */
export interface CrampEventDetails {
  'cramp-cause-toggle': CauseToggleDetail;
  'cramp-checklist-change': ChecklistChangeDetail;
  'cramp-stretch-start': StretchStartDetail;
  'cramp-stretch-complete': StretchCompleteDetail;
  'cramp-routine-complete': RoutineCompleteDetail;
}

export type CrampEvents = { [K in keyof CrampEventDetails]: CustomEvent<CrampEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends CrampEvents {}
}

/** The browser's own CustomEvent (see `emit`), found when first needed. */
let Native: typeof CustomEvent | undefined;

/**
 * Dispatches a bubbling, composed CustomEvent so sites can listen on
 * `document`. Made with the browser's own CustomEvent, whatever a page put
 * at `window.CustomEvent`: an old polyfill there makes events with
 * `initCustomEvent`, which are never composed, so an event from inside the
 * guide or the routine would stop at its shadow root. The constructor of an
 * event the document makes is the browser's own.
 */
export function emit<K extends keyof CrampEventDetails>(target: EventTarget, name: K, detail: CrampEventDetails[K]): boolean {
  Native ??= document.createEvent('CustomEvent').constructor as typeof CustomEvent;
  return target.dispatchEvent(new Native(name, { detail, bubbles: true, composed: true }));
}

/**
 * What a live region should say next. The same words again would change
 * nothing in the page, and a screen reader would stay silent: they get a
 * trailing no-break space, which is not heard.
 */
export const sayAgain = (previous: string, next: string): string => (next === previous ? `${next}\u00a0` : next);
