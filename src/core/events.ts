/** Dispatches a bubbling, composed CustomEvent so sites can listen on `document`. */
export function emit<T>(target: EventTarget, name: `cramp-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
