/**
 * Checks the built package as npm would publish it: every `exports` target
 * and type file exists and is in the packed file list; nothing else leaks in
 * (sources, tests); every source map a script names ships with it; the CDN
 * bundle imports nothing (lit inside).
 * Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const problems = [];

const packed = new Set(
  JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }))[0].files.map(
    (f) => f.path,
  ),
);

const targets = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) targets.push([entry, file]);
}
for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements']) {
  targets.push([field, pkg[field]]);
}
for (const [entry, file] of targets) {
  const path = file.replace(/^\.\//, '');
  if (!existsSync(new URL(path, root))) problems.push(`${entry}: ${file} does not exist`);
  else if (!packed.has(path)) problems.push(`${entry}: ${file} is not in the packed files`);
}
for (const path of packed) {
  if (/^(src|tests|demo|scripts|coverage)\//.test(path)) problems.push(`${path} should not be packed`);
  // Every published script that names a source map ships it (no 404s in DevTools).
  if (path.endsWith('.js')) {
    const map = /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(new URL(path, root), 'utf8'))?.[1];
    const mapPath = map && path.replace(/[^/]+$/, '') + map;
    if (mapPath && !packed.has(mapPath)) problems.push(`${path} names ${map}, which is not packed`);
  }
}

const cdn = readFileSync(new URL('dist/cdn/cramp-kit.js', root), 'utf8');
const imports = cdn.match(/\bimport\s*(?:[\w{}*\s,]+from\s*)?["'][^"']+["']|\bimport\(/g);
if (imports) problems.push(`the CDN bundle still imports: ${imports.join(', ')}`);

if (problems.length) {
  console.error(`Package problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package: ${targets.length} entry points present, ${packed.size} files packed, CDN bundle self-contained`);
