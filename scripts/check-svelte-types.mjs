/**
 * Runs svelte-check on tests/types/svelte, against the built dist/svelte.d.ts:
 * the frameworks guide's Svelte example must have no error and no warning, and every
 * element line of Mistakes.svelte must have an error (a misspelled id, a wrong
 * heading level, an event detail that does not exist). Run by
 * `npm run typecheck:integrations`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = 'tests/types/svelte';
let output;
try {
  output = execFileSync('npx', ['svelte-check', '--tsconfig', `./${dir}/tsconfig.json`, '--output', 'machine'], { encoding: 'utf8' });
} catch (error) {
  output = error.stdout; // svelte-check exits 1 when it finds errors; Mistakes.svelte must have some.
}
const problems = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(([, kind, file, line, text]) => ({
  kind,
  file,
  line: Number(line),
  text,
}));
if (!/COMPLETED/.test(output)) throw new Error(`svelte-check did not finish:\n${output}`);

const failures = [];
const wrong = `${dir}/Mistakes.svelte`;
for (const p of problems.filter((p) => p.file !== wrong)) failures.push(`${p.file}:${p.line}: ${p.kind} ${p.text}`);
const lines = readFileSync(wrong, 'utf8').split('\n');
lines.forEach((text, index) => {
  if (!text.startsWith('<cramp-')) return;
  if (!problems.some((p) => p.file === wrong && p.kind === 'ERROR' && p.line === index + 1))
    failures.push(`${wrong}:${index + 1}: no type error for ${text}`);
});
if (failures.length) {
  console.error(`check-svelte-types: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
const refused = lines.filter((text) => text.startsWith('<cramp-')).length;
console.log(`check-svelte-types: the Svelte example passes svelte-check; all ${refused} mistakes are type errors.`);
