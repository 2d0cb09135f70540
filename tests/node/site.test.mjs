// The documentation site, built (`npm run docs`): no internal link is broken, and every code sample on it and
// in the README compiles or runs as written. `npm run test:ssr`, after the build and the site.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import { compile } from 'svelte/compiler';
import { parse as parseVue, compileScript, compileTemplate } from 'vue/compiler-sfc';
import cssService from 'vscode-css-languageservice';
import { attr, pages, root, samples, siteDir, walk } from '../helpers/site.mjs';

const run = promisify(execFile);

// The JavaScript and TypeScript samples, each a file of a throwaway project that has cramp-kit (this project, built)
// in its node_modules: tsc checks them all (an undefined name, a wrong import or a misspelt attribute fails), and
// node runs the ones that name a .mjs file in their first line.
const code = samples.filter((s) => ['js', 'ts', 'tsx', 'jsx'].includes(s.lang));
await mkdir(join(root, 'scratch'), { recursive: true });
const project = await mkdtemp(join(root, 'scratch', 'samples-'));
after(() => rm(project, { recursive: true, force: true }));

// The throwaway app: cramp-kit and the frameworks in its node_modules, as symbolic links. Made before any test
// starts: the tests run while this module is still being read, and the root's `after` would remove it once they end.
await mkdir(join(project, 'node_modules'));
await symlink(root, join(project, 'node_modules', 'cramp-kit'), 'dir');
for (const name of [
  'react',
  'react-dom',
  '@types',
  '@angular',
  'svelte',
  'solid-js',
  'vue',
  'tslib',
  'rxjs',
  'lit',
  '@lit',
  '@lit-labs',
  'csstype',
  'undici-types',
])
  if (existsSync(join(root, 'node_modules', name)))
    await symlink(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');

test('every internal link, script, stylesheet and image of the site leads to a file, and every #fragment to an id there', () => {
  const ids = new Map(pages.map(({ file, tree }) => [file, new Set([...walk(tree)].map((n) => attr(n, 'id')).filter(Boolean))]));
  const broken = [];
  let checked = 0;
  for (const { file, tree } of pages) {
    for (const node of walk(tree)) {
      const target = attr(node, 'href') ?? attr(node, 'src');
      if (!target || /^(https?:|mailto:|tel:|data:)/.test(target)) continue;
      checked++;
      const [path, fragment] = target.split('#');
      let resolved = path ? posix.normalize(posix.join(posix.dirname(file), path)) : file;
      if (resolved.startsWith('..')) {
        broken.push(`${file}: ${target} leaves the site`);
        continue;
      }
      if (path.endsWith('/') || path === '.' || path === '') resolved = path ? posix.join(resolved, 'index.html') : file;
      if (!existsSync(join(siteDir, resolved))) broken.push(`${file}: ${target} (no ${resolved})`);
      else if (fragment && !ids.get(resolved)?.has(fragment)) broken.push(`${file}: ${target} (no id "${fragment}" in ${resolved})`);
    }
  }
  assert.ok(checked > 500, `${checked} links checked`);
  assert.deepEqual(broken, []);
});

test('the site has a page for every registered element and every guide the README links to', () => {
  const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
  for (const { tag } of registry) assert.ok(existsSync(join(siteDir, `elements/${tag}/index.html`)), tag);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\((https:\/\/cramp-kit\.github\.io\/cramp-kit\/([^)#]*))/g)];
  assert.ok(links.length >= 10);
  for (const [, url, path] of links) assert.ok(existsSync(join(siteDir, path, 'index.html')), url);
  // On the npm package page, a relative link leads nowhere: every link in the README is absolute.
  for (const [, href] of readme.matchAll(/\]\(([^)]+)\)/g)) assert.match(href, /^https:\/\//, href);
});

test('the site lists every entry point of the package, every name its content API exports, and every type file', async () => {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const page = (file) => {
    const found = pages.find((p) => p.file === file);
    assert.ok(found, file);
    return new Set([...walk(found.tree)].filter((n) => n.tagName === 'code').map((n) => n.childNodes.map((c) => c.value ?? '').join('')));
  };
  const started = page('guides/getting-started/index.html');
  const frameworks = page('guides/frameworks/index.html');
  const name = (path) => (path === '.' ? 'cramp-kit' : `cramp-kit/${path.slice(2)}`);
  for (const [path, value] of Object.entries(exports)) {
    assert.ok(started.has(name(path)), `getting started lacks ${name(path)}`);
    if (typeof value === 'object' && Object.keys(value).join() === 'types')
      assert.ok(frameworks.has(name(path)), `frameworks lacks ${name(path)}`);
  }
  // What the side-effect-free entry gives at run time, each named on the page.
  const api = Object.keys(await import(join(root, 'dist/content.js')));
  assert.ok(api.length >= 10);
  for (const key of api)
    assert.ok(
      [...started].some((c) => c === key || c.startsWith(`${key}(`)),
      `getting started lacks ${key}`,
    );
});

test('every JavaScript and TypeScript sample compiles with tsc, as a file of an app that installed cramp-kit', async () => {
  assert.ok(code.length >= 20, `${code.length} samples`);
  await writeFile(join(project, 'package.json'), '{ "type": "module" }');
  // The languages guide registers a pack made by `npx cramp-kit lang-template fr > fr.mjs`: made so here.
  const { stdout: template } = await run('node', [join(root, 'bin/cramp-kit.js'), 'lang-template', 'fr']);
  await writeFile(join(project, 'fr.mjs'), template);
  // tsc widens the template's `dir: 'ltr'` to a string: a pack's own type says what it is.
  await writeFile(
    join(project, 'fr.d.mts'),
    "declare const pack: import('cramp-kit').PartialPack & { lang: string };\nexport default pack;\n",
  );
  const files = [];
  for (const [index, sample] of code.entries()) {
    // A sample whose first line names its file (`// app/leg-cramps/page.jsx`) is written there, so its imports resolve.
    const named = /^\/\/ ([\w./-]+\.(?:m?js|tsx?|jsx|d\.ts))[\s:(]/.exec(sample.code)?.[1];
    const file = named && !files.includes(named) ? named : `sample-${String(index)}.${sample.lang}`;
    files.push(file);
    await mkdir(join(project, dirname(file)), { recursive: true });
    await writeFile(join(project, file), sample.code);
  }
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        allowJs: true,
        checkJs: true,
        strict: true,
        noImplicitAny: false,
        noImplicitThis: false,
        experimentalDecorators: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.jsx'],
      exclude: ['node_modules', 'vue'],
    }),
  );
  const where = new Map(files.map((file, i) => [file, code[i].where]));
  try {
    await run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project });
  } catch (error) {
    const lines = String(error.stdout).replace(/^(\S+?)\(/gm, (m, file) => `${where.get(file) ?? file} (${file})(`);
    assert.fail(`tsc refused samples:\n${lines}`);
  }
});

test('the Node samples that name a .mjs file run with node and do what they say', async () => {
  const runnable = code.filter(
    (s) => /^\/\/ [\w.-]+\.mjs\b/.test(s.code) && /cramp-kit\/ssr/.test(s.code) && !/eleventyConfig|astro/.test(s.code),
  );
  assert.ok(runnable.length >= 1);
  await writeFile(
    join(project, 'page.html'),
    '<!doctype html><html lang="en"><head><title>A</title></head><body><cramp-care-advice emergency-number="999"></cramp-care-advice></body></html>',
  );
  for (const sample of runnable) {
    const file = join(project, `run-${/^\/\/ ([\w.-]+\.mjs)/.exec(sample.code)[1]}`);
    await writeFile(file, sample.code);
    await run('node', [file], { cwd: project });
  }
  const rendered = readFileSync(join(project, 'page.rendered.html'), 'utf8');
  assert.match(rendered, /<cramp-care-advice emergency-number="999"><template shadowroot(mode)?="open"/);
});

test('every Svelte sample compiles with no error or warning, and every Vue sample compiles', () => {
  const svelte = samples.filter((s) => s.lang === 'svelte');
  const vue = samples.filter((s) => s.lang === 'vue');
  assert.ok(svelte.length >= 5 && vue.length >= 5, `${svelte.length} Svelte, ${vue.length} Vue`);
  for (const sample of svelte) {
    const { warnings } = compile(sample.code, { filename: 'Sample.svelte', customElement: false });
    assert.deepEqual(
      warnings.map((w) => w.message),
      [],
      sample.where,
    );
  }
  for (const sample of vue) {
    const { descriptor, errors } = parseVue(sample.code, { filename: 'Sample.vue' });
    assert.deepEqual(errors, [], sample.where);
    const script = compileScript(descriptor, { id: 'sample' });
    const template = compileTemplate({
      source: descriptor.template.content,
      filename: 'Sample.vue',
      id: 'sample',
      compilerOptions: { isCustomElement: (tag) => tag.startsWith('cramp-'), isTS: true, bindingMetadata: script.bindings },
    });
    assert.deepEqual(template.errors, [], sample.where);
    assert.match(template.code, /cramp-/, sample.where);
  }
});

test('every Vue sample type-checks with vue-tsc and strict templates, in an app with the one type import', async () => {
  const vue = samples.filter((s) => s.lang === 'vue');
  const dir = join(project, 'vue');
  await mkdir(dir);
  // As the frameworks guide says: once, anywhere in the app.
  await writeFile(join(dir, 'cramp-kit.ts'), "import type {} from 'cramp-kit/vue';\n");
  const files = new Map();
  for (const [index, sample] of vue.entries()) {
    files.set(`Sample${String(index)}.vue`, sample.where);
    await writeFile(join(dir, `Sample${String(index)}.vue`), sample.code);
  }
  // The one-import app's settings (tests/types/one-import/vue/tsconfig.json), but for the packages' own types.
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'preserve',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['*.vue', '*.ts'],
      vueCompilerOptions: { strictTemplates: true },
    }),
  );
  try {
    await run('node', [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', dir], { cwd: dir });
  } catch (error) {
    const lines = String(error.stdout).replace(/^(Sample\d+\.vue)/gm, (file) => `${files.get(file)} (${file})`);
    assert.fail(`vue-tsc refused samples:\n${lines}`);
  }
  assert.ok(files.size >= 5, `${files.size} Vue samples`);
});

test('every CSS sample parses with no error or warning, and sets only the tokens the elements have', () => {
  const { getCSSLanguageService, TextDocument } = cssService;
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tokens = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  const css = samples.filter((s) => s.lang === 'css');
  assert.ok(css.length >= 3, `${css.length} CSS samples`);
  const service = getCSSLanguageService();
  const problems = [];
  const set = [];
  for (const sample of css) {
    const document = TextDocument.create('sample.css', 'css', 1, sample.code);
    const sheet = service.parseStylesheet(document);
    for (const d of service.doValidation(document, sheet)) problems.push(`${sample.where}, line ${d.range.start.line + 1}: ${d.message}`);
    sheet.accept((node) => {
      const name = node.getFullPropertyName?.();
      if (name?.startsWith('--cramp-')) {
        set.push(name);
        if (!tokens.has(name)) problems.push(`${sample.where}: ${name} is no element's token (custom-elements.json)`);
      }
      return true;
    });
  }
  assert.deepEqual(problems, []);
  assert.ok(set.length >= 3, `${set.length} tokens set`);
});

test('every shell sample runs only npm scripts that package.json has, and cramp-kit commands with options they take', async () => {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { stdout: usage } = await run('node', [join(root, 'bin/cramp-kit.js'), '--help']);
  const shell = samples.filter((s) => ['sh', 'bash', 'shell', 'console'].includes(s.lang));
  assert.ok(shell.length >= 5, `${shell.length} shell samples`);
  const problems = [];
  let npm = 0;
  let commands = 0;
  for (const sample of shell)
    for (const line of sample.code.split('\n').map((l) => l.replace(/(^|\s)#.*$/, ''))) {
      for (const match of line.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(?=start\b|test\b|stop\b|restart\b)(\w+))/g)) {
        const script = match[1] ?? match[2];
        npm++;
        if (!(script in scripts)) problems.push(`${sample.where}: npm ${script}: no such script in package.json`);
      }
      const cli = /\bnpx cramp-kit ([\w-]+)(.*)/.exec(line);
      if (cli) {
        commands++;
        const [, command, rest] = cli;
        const said = usage.split('\n').find((l) => l.trim().startsWith(`cramp-kit ${command} `));
        if (!said) problems.push(`${sample.where}: cramp-kit has no command ${command}`);
        for (const [option] of rest.matchAll(/(?<=\s)--?[a-z][\w-]*/g))
          if (said && !said.includes(`${option} `)) problems.push(`${sample.where}: cramp-kit ${command} takes no ${option}`);
      }
    }
  assert.deepEqual(problems, []);
  assert.ok(npm >= 4 && commands >= 4, `${npm} npm scripts, ${commands} cramp-kit commands checked`);
});

test('every link in the editor data leads to a page of the site and an id on it', () => {
  const { homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(root, 'dist/web-types.json'), 'utf8'));
  const html = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const links = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'doc-url' || key === 'url') && typeof v === 'string' && v.startsWith(homepage)) links.add(v);
        else collect(v);
      }
  };
  collect(webTypes);
  collect(html);
  assert.ok(links.size > 50, `only ${links.size} links to the site found in the editor data`);
  const ids = new Map();
  for (const link of links) {
    const [path, fragment] = link.slice(homepage.length).split('#');
    const file = join(path, 'index.html');
    if (!ids.has(file)) {
      const page = pages.find((p) => p.file === file);
      assert.ok(page, `${link}: no page site/${file}`);
      ids.set(file, new Set([...walk(page.tree)].map((n) => attr(n, 'id')).filter(Boolean)));
    }
    if (fragment) assert.ok(ids.get(file).has(fragment), `${link}: no id "${fragment}" on site/${file}`);
  }
});
