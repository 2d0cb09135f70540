/**
 * Checks the shared content notes against the facts, and fails (exit 1)
 * naming each difference (the site's sources table is made from the facts,
 * so it needs no check):
 * - the facts (`src/content/shared/facts.ts`): each source's id, and its
 *   address or DOI;
 * - the shared content notes (`../shared/content-notes.md`, or the file in
 *   CRAMP_CONTENT_NOTES): every reference in "References", every address and
 *   DOI in "Revision 2" must be a source in the facts.
 * The notes live beside the project, not in it: when they are not there, the
 * check says so and passes. Run by `npm run lint`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const problems = [];

// The facts: `id: { url: '...' }` or `{ doi: '...' }` or `{}`.
const factsText = readFileSync(join(root, 'src/content/shared/facts.ts'), 'utf8');
const body = factsText.slice(factsText.indexOf('export const SOURCES'));
const facts = new Map();
for (const m of body.slice(0, body.search(/\n}\)?;/)).matchAll(/^ {2}'?([a-z0-9-]+)'?: \{([^}]*)\}/gm)) {
  const url = /url: '([^']+)'/.exec(m[2])?.[1];
  const doi = /doi: '([^']+)'/.exec(m[2])?.[1];
  facts.set(m[1], url ?? (doi ? `https://doi.org/${doi}` : ''));
}
if (facts.size < 10) problems.push(`found only ${facts.size} sources in src/content/shared/facts.ts: has its layout changed?`);

// The content notes.
const notesPath = resolve(root, process.env.CRAMP_CONTENT_NOTES || '../shared/content-notes.md');
let notesChecked = 0;
if (existsSync(notesPath)) {
  const notes = readFileSync(notesPath, 'utf8');
  const section = (title) => {
    const start = notes.indexOf(`\n## ${title}`);
    if (start < 0) {
      problems.push(`content notes: no section "${title}"`);
      return '';
    }
    const end = notes.indexOf('\n## ', start + 4);
    return notes.slice(start, end < 0 ? undefined : end);
  };
  const addresses = [...facts.values()];
  // Each reference names its source by a word the facts' address or id has.
  const KNOWN = [
    [/nhs\.uk\/conditions\/leg-cramps/, 'nhs'],
    [/nhsinform/i, 'nhs-inform'],
    [/mayoclinic/i, 'mayo'],
    [/medlineplus/i, 'medlineplus'],
    [/merckmanuals/i, 'merck'],
    [/Allen RE/, 'allen-kirby-2012'],
    [/Hallegraeff/, 'hallegraeff-2012'],
    [/Grandner/, 'grandner-winkelman-2017'],
    [/OrthoInfo/, 'aaos'],
  ];
  // A reference starts with "- " and may run over more lines (indented).
  for (const ref of section('References').split(/\n- /).slice(1)) {
    notesChecked++;
    const line = ref.replace(/\s+/g, ' ').trim();
    const known = KNOWN.find(([pattern]) => pattern.test(line));
    if (!known)
      problems.push(
        `content notes: reference "${line.slice(0, 80)}" is not one the facts know (add it to SOURCES and to KNOWN in this script)`,
      );
    else if (!facts.has(known[1]))
      problems.push(`content notes: reference "${line.slice(0, 60)}" has no source "${known[1]}" in the facts`);
  }
  const revision = section('Revision 2');
  for (const [, url] of revision.matchAll(/(https:\/\/[^\s)]+)/g)) {
    notesChecked++;
    if (!addresses.includes(url)) problems.push(`content notes, Revision 2: ${url} is not the address of any source in the facts`);
  }
  for (let [, doi] of revision.matchAll(/doi (10\.\S+)/g)) {
    // Not the sentence's punctuation, nor a closing bracket the DOI did not open.
    doi = doi.replace(/[.,;:]+$/, '');
    while (doi.endsWith(')') && doi.split('(').length < doi.split(')').length) doi = doi.slice(0, -1);
    notesChecked++;
    if (!addresses.includes(`https://doi.org/${doi}`))
      problems.push(`content notes, Revision 2: doi ${doi} is not the DOI of any source in the facts`);
  }
} else {
  console.log(`check-sources: no content notes at ${notesPath} (set CRAMP_CONTENT_NOTES); nothing to check the facts against.`);
}

if (problems.length) {
  console.error(`check-sources: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-sources: ${facts.size} sources in the facts${notesChecked ? `; ${notesChecked} references, addresses and DOIs of the content notes found in them` : ''}.`,
);
