/**
 * The English content as built (dist/content/en.js: the facts and the words
 * joined), for the tables the site shows of it: the sources, the ids. Read
 * from the build, so no copy can fall out of step.
 */
import { readFileSync } from 'node:fs';

const { en } = await import(new URL('../../dist/content/en.js', import.meta.url).href);
const shipped = JSON.parse(readFileSync(new URL('../../src/languages/shipped.json', import.meta.url), 'utf8'));

const names = (record, field) => Object.entries(record).map(([id, value]) => ({ id, name: value[field] }));

export default {
  sources: Object.entries(en.sources).map(([id, s]) => ({ id, ...s })),
  causes: names(en.causes, 'title'),
  stretches: names(en.stretches, 'name'),
  risks: Object.entries(en.risks).map(([id, r]) => ({ id, label: r.label, cause: r.cause })),
  about: Object.entries(en.about).map(([id, r]) => ({ id, label: r.label, level: r.level })),
  languages: shipped,
};
