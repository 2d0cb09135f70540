/**
 * Where the site documents each element: one page per element at
 * `elements/<tag>/` under package.json's `homepage` (the one place the site's
 * address is written), its attributes and events by anchor on that page. The
 * editor data (custom-elements-manifest.config.mjs) links to these; the
 * site's element pages give their headings these ids.
 */
import { readFileSync } from 'node:fs';

const { homepage } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The id of an attribute's or an event's heading on its element's page. */
export const anchor = {
  attribute: (name) => `attr-${name}`,
  event: (name) => `event-${name}`,
};

/** The address of an element's page, and of one of its attributes or events there. */
export const docUrl = {
  element: (tag) => new URL(`elements/${tag}/`, homepage).href,
  attribute: (tag, name) => `${docUrl.element(tag)}#${anchor.attribute(name)}`,
  event: (tag, name) => `${docUrl.element(tag)}#${anchor.event(name)}`,
};
