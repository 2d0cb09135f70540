/** Dispatches a bubbling, composed CustomEvent so sites can listen on `document`. */
export function emit(target: EventTarget, name: `cramp-${string}`, detail: unknown): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
