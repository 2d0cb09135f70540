/**
 * Fails when a --cramp-* custom property is used in the styles but not
 * documented (in an element's @cssprop JSDoc, from which the manifest and the
 * site's token tables are made), or documented but never used, and when a
 * private --_* copy is set but never read or read but never set. Run by
 * `npm run lint`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));

const stripComments = (code) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const names = (text, pattern) => new Set([...text.matchAll(pattern)].map((m) => m[1]));

const used = new Set();
const documented = new Set();
const privateDefined = new Set();
const privateUsed = new Set();
for (const file of files('src')) {
  const code = readFileSync(file, 'utf8');
  for (const n of names(stripComments(code), /(--_[a-z0-9-]+)\s*:/g)) privateDefined.add(n);
  for (const n of names(stripComments(code), /var\((--_[a-z0-9-]+)/g)) privateUsed.add(n);
  for (const n of names(stripComments(code), /var\((--cramp-[a-z0-9-]+)/g)) used.add(n);
  for (const n of names(code, /@cssprop\s+\[?(--cramp-[a-z0-9-]+)/g)) documented.add(n);
}
const minus = (a, b) => [...a].filter((n) => !b.has(n));

const problems = [
  ...minus(used, documented).map((n) => `${n} is used in src/ but has no @cssprop`),
  ...minus(documented, used).map((n) => `${n} has a @cssprop but is not used`),
  ...minus(privateDefined, privateUsed).map((n) => `${n} is set but never read`),
  ...minus(privateUsed, privateDefined).map((n) => `${n} is read but never set`),
];
if (problems.length) {
  console.error(`Design tokens out of step:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`tokens: ${used.size} --cramp-* properties, each used and documented`);
