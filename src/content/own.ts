/**
 * Data with no prototype. A page may set a property on every object
 * (`Object.prototype.url = ...`, by a careless "extend" or a
 * prototype-pollution bug): on an object with no prototype, a property it
 * does not have is undefined, whatever the page did. The facts and every
 * pack cramp-kit composes are made of these, so an element reads only what
 * the content says: never a page's address as a source's link, a page's
 * `then` making an object look like a promise, or a page's `rest` as a
 * stretch's rest.
 */

/** A deep copy of plain data (objects and lists, any depth) whose objects have no prototype; functions and text as they are. */
export function own<T>(value: T): T {
  if (Array.isArray(value)) return value.map(own) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = own((value as Record<string, unknown>)[key]);
  return out as T;
}

/** A new object with no prototype, holding the own properties of each of `parts` in turn (as `{ ...a, ...b }` would). */
export const bare = (...parts: object[]): Record<string, unknown> =>
  Object.assign(Object.create(null) as object, ...parts) as Record<string, unknown>;
