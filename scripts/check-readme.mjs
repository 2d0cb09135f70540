/**
 * Fails (exit 1) when the README's section for an element does not name
 * (in backticks) every attribute, part and event the element documents in
 * its JSDoc (custom-elements.json, made by `npm run analyze`), or does not
 * show a tested framework example word for word. Run by
 * `npm test` after the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const problems = [];
let named = 0;
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const start = readme.indexOf(`\n## \`<${d.tagName}>\``);
    if (start < 0) {
      problems.push(`no README section "## \`<${d.tagName}>\`"`);
      continue;
    }
    const end = readme.indexOf('\n## ', start + 5);
    const section = readme.slice(start, end < 0 ? undefined : end);
    // A part lifted out of an element inside ("Lifted out of …: its part `title`.") is named by its prefix (`card-`).
    const lifted = (p) => /^Lifted out of .*`([\w-]+)`\.$/.exec(p.description ?? '')?.[1];
    const wanted = [
      ...(d.attributes ?? []).map((a) => ['attribute', a.name]),
      ...(d.cssParts ?? []).filter((p) => !lifted(p)).map((p) => ['part', p.name]),
      ...[...new Set((d.cssParts ?? []).filter(lifted).map((p) => p.name.slice(0, -lifted(p).length)))].map((prefix) => [
        'lifted part prefix',
        prefix,
      ]),
      ...(d.events ?? []).map((e) => ['event', e.name]),
    ];
    for (const [kind, name] of wanted) {
      named++;
      const found = kind === 'lifted part prefix' ? section.includes(name) : section.includes(`\`${name}\``);
      if (!found) problems.push(`<${d.tagName}>: the README does not name its ${kind} \`${name}\``);
    }
  }
}
// The framework examples in the README are the files the tests compile and run (tests/types/…), word for word.
const EXAMPLES = [
  'tests/types/svelte/Checklist.svelte',
  'tests/types/angular/risks.component.ts',
  'tests/types/cramp-kit.d.ts',
  'tests/types/svelte/cramp-kit.d.ts',
  'tests/types/solid/cramp-kit.d.ts',
  'tests/fixtures/eleventy/eleventy.config.mjs',
  'tests/fixtures/eleventy/eleventy.prerender.config.mjs',
];
for (const file of EXAMPLES) {
  if (!readme.includes(readFileSync(join(root, file), 'utf8').trimEnd()))
    problems.push(`the README does not show ${file} as the tests run it`);
}
if (problems.length) {
  console.error(`check-readme: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-readme: the README names all ${named} attributes, parts and events of the elements, and shows the ${EXAMPLES.length} tested framework examples as they are.`,
);
