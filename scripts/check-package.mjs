/**
 * What is ours alone in the built package, as npm would publish it (publint
 * and Are the Types Wrong check the rest: every plain export and field, their
 * types and formats): every element in the registry is served by the export
 * patterns (`./cramp-*.js`, `./cdn/*`), packed, has its folder and entry, and
 * is registered by the root; nothing of ours leaks in (sources, tests); every
 * source map a script names ships with it; every file that defines an element
 * is in `sideEffects`; the CDN bundle imports nothing (lit inside) but its own language files.
 * Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { init, parse } from 'es-module-lexer';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const problems = [];

const packed = new Set(
  JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }))[0].files.map((f) => f.path),
);

// The registry (src/elements/registry.json) names every element; `exports` reaches them through
// patterns (./cramp-*.js, ./cdn/*), so each pattern is checked for every element it must serve.
const registry = JSON.parse(readFileSync(new URL('src/elements/registry.json', root), 'utf8'));
const tags = registry.map(({ tag }) => tag);
// The languages cramp-kit ships (src/languages/shipped.json, the one list): one file each.
const langs = JSON.parse(readFileSync(new URL('src/languages/shipped.json', root), 'utf8')).map(({ tag }) => tag);
const expand = {
  './cramp-*.js': tags.map((tag) => tag.slice('cramp-'.length)),
  './cdn/*': ['cramp-kit.js', 'autoloader.js', 'content.js', ...tags.map((tag) => `${tag}.js`), ...langs.map((lang) => `lang/${lang}.js`)],
  './lang/*.js': langs,
};
const targets = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  if (!entry.includes('*')) continue; // publint checks plain exports
  if (!expand[entry]) problems.push(`${entry}: a pattern this check does not know`);
  for (const name of expand[entry] ?? []) for (const file of files) targets.push([entry.replace('*', name), file.replace('*', name)]);
}
// Each registered element has its folder and its registering entry, and the package root registers it.
const index = readFileSync(new URL('src/index.ts', root), 'utf8');
for (const tag of tags) {
  for (const file of [`src/${tag}.ts`, `src/elements/${tag}/${tag}.ts`]) {
    if (!existsSync(new URL(file, root))) problems.push(`${tag}: ${file} is missing`);
  }
  if (!index.includes(`export * from './${tag}.js';`)) problems.push(`${tag}: src/index.ts does not register it`);
}
// Fields publint does not read: the CDNs' entry, the manifest, the JetBrains data.
for (const field of ['unpkg', 'jsdelivr', 'customElements', 'web-types']) targets.push([field, pkg[field]]);
for (const [entry, file] of targets) {
  const path = file.replace(/^\.\//, '');
  if (!existsSync(new URL(path, root))) problems.push(`${entry}: ${file} does not exist`);
  else if (!packed.has(path)) problems.push(`${entry}: ${file} is not in the packed files`);
}
for (const path of packed) {
  if (/^(src|tests|docs|scripts|coverage)\//.test(path)) problems.push(`${path} should not be packed`);
  // Every published script that names a source map ships it (no 404s in DevTools).
  if (path.endsWith('.js')) {
    const map = /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(new URL(path, root), 'utf8'))?.[1];
    const mapPath = map && path.replace(/[^/]+$/, '') + map;
    if (mapPath && !packed.has(mapPath)) problems.push(`${path} names ${map}, which is not packed`);
  }
}

// Every packed script that defines an element or registers content has side effects, and must be
// listed in `sideEffects`, or a bundler drops it (and the element is never defined).
const glob = (pattern) =>
  new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );
const effects = (pkg.sideEffects || []).map(glob);
for (const path of packed) {
  if (!path.endsWith('.js')) continue;
  const text = readFileSync(new URL(path, root), 'utf8');
  // Minified, define('cramp-x', Class) reads as o("cramp-x",v): a call with a tag and a class.
  if (/customElements\.define|[\w$]\(["']cramp-[a-z-]+["'],\s*[\w$]+\)/.test(text) && !effects.some((re) => re.test(path))) {
    problems.push(`${path} defines an element but is not listed in sideEffects`);
  }
}

const cdn = readFileSync(new URL('dist/cdn/cramp-kit.js', root), 'utf8');
// Nothing but its own language files, from beside it, when a page asks for one (import(new URL("./lang/es.js", import.meta.url))).
// The imports as a module lexer finds them, not as text: a template's `class="btn import"` is not one.
await init;
const imports = parse(cdn)[0]
  .filter((found) => found.d !== -2) // import.meta
  .map((found) => cdn.slice(found.s, found.e))
  .filter((spec) => !/^new URL\("\.\/lang\/[\w-]+\.js",\s*import\.meta\.url\)\.href$/.test(spec));
if (imports.length) problems.push(`the CDN bundle still imports: ${imports.join(', ')}`);
for (const lang of langs) if (!cdn.includes(`"./lang/${lang}.js"`)) problems.push(`the CDN bundle does not load lang/${lang}.js`);

if (problems.length) {
  console.error(`Package problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package: every registered element served by the export patterns, and the CDN and editor fields (${targets.length} files), ${packed.size} files packed, CDN bundle self-contained`,
);
