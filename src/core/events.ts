import type { CrampEventDetails } from '../events/index.js';

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
