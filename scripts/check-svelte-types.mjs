/**
 * Runs svelte-check against the built dist/svelte.d.ts on two apps:
 * tests/types/svelte (a block of its own, as the frameworks guide once showed)
 * and tests/types/one-import/svelte (`import type {} from 'cramp-kit/svelte'`
 * alone). In each, the example must have no error and no warning, and every
 * element line of Mistakes.svelte must have an error (a misspelled id or
 * attribute, a wrong heading level, an event detail that does not exist).
 * Run by `npm run typecheck:integrations`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const failures = [];
let refused = 0;
for (const dir of ['tests/types/svelte', 'tests/types/one-import/svelte']) {
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

  const wrong = `${dir}/Mistakes.svelte`;
  for (const p of problems.filter((p) => p.file !== wrong)) failures.push(`${p.file}:${p.line}: ${p.kind} ${p.text}`);
  const lines = readFileSync(wrong, 'utf8').split('\n');
  lines.forEach((text, index) => {
    if (!text.startsWith('<cramp-')) return;
    refused += 1;
    if (!problems.some((p) => p.file === wrong && p.kind === 'ERROR' && p.line === index + 1))
      failures.push(`${wrong}:${index + 1}: no type error for ${text}`);
  });
}
if (failures.length) {
  console.error(`check-svelte-types: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-svelte-types: both Svelte apps pass svelte-check; all ${refused} mistakes are type errors.`);
