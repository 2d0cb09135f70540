import list from './registry.json';

/**
 * The one list of cramp-kit's elements, in `registry.json` (so that the build,
 * the size budgets and the bench read it too). Each element lives in
 * `src/elements/<tag>/` and registers itself from `src/<tag>.ts`.
 *
 * - `example`: the attributes it needs to show its content, for tests and demos.
 * - `budget`: its CDN size budget, brotli, with lit, core and its content.
 */
export interface RegisteredElement {
  tag: `cramp-${string}`;
  example: string;
  budget: string;
}

export const ELEMENTS = list as RegisteredElement[];

/** Every element's tag, in the registry's order. */
export const ELEMENT_TAGS: readonly string[] = ELEMENTS.map((element) => element.tag);
