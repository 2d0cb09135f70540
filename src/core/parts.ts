/**
 * Parts of elements inside other elements' shadow roots (the card in the
 * routine, every element in the guide) are lifted out with `exportparts`, each
 * name prefixed, so a site can style them: `cramp-guide::part(causes-title)`.
 * Each list of names lives with the element that documents it (the card) or
 * lifts it out (the guide), so a page downloads only the lists it uses;
 * tests/manifest.test.ts checks them against custom-elements.json.
 */

/** `names` (space-separated), each with `prefix` before it. */
export const prefixed = (names: string, prefix: string): string => names.replace(/\S+/g, (name) => prefix + name);

/** An `exportparts` value lifting every part in `names` out under `prefix`: "title:causes-title,...". */
export const exportParts = (names: string, prefix: string): string =>
  names
    .split(' ')
    .map((name) => `${name}:${prefix}${name}`)
    .join(',');
