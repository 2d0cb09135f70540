/** Dispatches a bubbling, composed CustomEvent so sites can listen on `document`. */
export function emit(target: EventTarget, name: `cramp-${string}`, detail: unknown): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * What a live region should say next. The same words again would change
 * nothing in the page, and a screen reader would stay silent: they get a
 * trailing no-break space, which is not heard.
 */
export const sayAgain = (previous: string, next: string): string => (next === previous ? `${next}\u00a0` : next);
