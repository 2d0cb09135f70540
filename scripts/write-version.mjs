/**
 * Writes package.json's version into src/version.ts (the VERSION the elements
 * carry), after `changeset version` has raised it: package.json stays the one
 * place a version is decided. Run by `npm run version-packages` (RELEASING.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const text = readFileSync(file, 'utf8');
const next = text.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`);
if (!next.includes(`'${version}'`)) throw new Error('src/version.ts: no `export const VERSION = ...;` line to update');
writeFileSync(file, next);
console.log(`src/version.ts: VERSION = '${version}'`);
