/**
 * What the package exports, for the pages that list it, so no page keeps a copy that can drift:
 *
 * - `paths`: every path of package.json's `exports`, in its order, with what it is for. The words
 *   are written once, below, keyed by the path; a path without words, or words for a path that is
 *   no longer exported, stops the build. `types` is true for a path that holds types only (the
 *   framework type files), `json` for the data files (manifest, editor data).
 * - `names`: for each JavaScript entry point, the names it exports, read with TypeScript's checker
 *   from the types it ships (its `types` condition, `dist/*.d.ts`, made by `npm run build`), by
 *   kind (classes, functions, constants, types; `groups`: those it has), each with the first sentence
 *   of its doc comment.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const WORDS = {
  '.': 'Registers every element, and exports their classes, the content API and the types (listed below).',
  './content.js':
    'The ids, `registerContentPack`, `contentPackFor`, and the content and event types, with no side effects: no element and no English text (listed below). Import from it when a bundle needs an id or a type but not the elements.',
  './content/en.js': 'The English content pack (`en`), as data.',
  './ssr':
    '`prerender(html, options)`: renders the elements of a page to HTML, in Node (see [server rendering](/guides/server-rendering/)).',
  './cramp-*.js':
    "One element's entry, such as `cramp-kit/cramp-guide.js`: registers it (and the elements it holds) and exports its class and its event `detail` types.",
  './lang/*.js': "A shipped language's words, such as `cramp-kit/lang/es.js`: registers them (see [languages](/guides/languages/)).",
  './cdn/*':
    "The files of `dist/cdn/`, to serve yourself: `cramp-kit/cdn/cramp-kit.js` (the self-contained bundle, lit inside), `cramp-kit/cdn/autoloader.js` and each element's file, such as `cramp-kit/cdn/cramp-guide.js`.",
  './custom-elements.json':
    'The full [custom elements manifest](https://github.com/webcomponents/custom-elements-manifest), for Storybook and other tools.',
  './react': "Every tag in React 19's JSX: `import type {} from 'cramp-kit/react';`",
  './preact': "Every tag in Preact's JSX: `import type {} from 'cramp-kit/preact';`",
  './jsx': '`CustomElements`: props for every tag, for other JSX.',
  './vue': "Vue `GlobalComponents` for every tag: `import type {} from 'cramp-kit/vue';`",
  './svelte': "Every tag in Svelte: `import type {} from 'cramp-kit/svelte';` (and `CustomElements`).",
  './solid': "Every tag in Solid's JSX: `import type {} from 'cramp-kit/solid';` (and `CustomElements`).",
  './vscode.html-custom-data.json':
    'VS Code HTML hints, with each attribute\'s values: add `"html.customData": ["./node_modules/cramp-kit/dist/vscode.html-custom-data.json"]` to your settings.',
  './vscode.css-custom-data.json':
    'VS Code CSS hints for the custom properties (tokens): `"css.customData": ["./node_modules/cramp-kit/dist/vscode.css-custom-data.json"]`.',
  './web-types.json':
    "JetBrains IDEs (WebStorm): tags, attributes with their values, events (found by the IDE through the package's `web-types` field).",
  './package.json': "The package's own `package.json`, for tools that read its version.",
};

const missing = Object.keys(exports).filter((path) => !(path in WORDS));
const gone = Object.keys(WORDS).filter((path) => !(path in exports));
if (missing.length || gone.length)
  throw new Error(
    `docs/_data/packageExports.js: ${missing.length ? `say what ${missing.join(', ')} is for` : ''}${missing.length && gone.length ? '; ' : ''}${gone.length ? `${gone.join(', ')} is no longer exported` : ''}`,
  );

const typesOf = (value) => (typeof value === 'object' ? value.types : undefined);
const paths = Object.entries(exports).map(([path, value]) => ({
  path,
  name: path === '.' ? 'cramp-kit' : `cramp-kit/${path.slice(2)}`,
  words: WORDS[path],
  types: typeof value === 'object' && Object.keys(value).join() === 'types',
  json: path.endsWith('.json') && path !== './package.json',
}));

// The JavaScript entries with types of their own (not a pattern such as ./cramp-*.js, nor a types-only file).
const entries = paths.filter((p) => !p.types && !p.path.includes('*') && typesOf(exports[p.path])?.endsWith('.d.ts'));
const files = entries.map((p) => new URL(typesOf(exports[p.path]), root).pathname);
const program = ts.createProgram(files, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
  types: [],
});
const checker = program.getTypeChecker();
const KINDS = [
  ['classes', ts.SymbolFlags.Class],
  ['functions', ts.SymbolFlags.Function],
  ['constants', ts.SymbolFlags.Variable],
  ['types', ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface],
];

const names = Object.fromEntries(
  entries.map((entry, i) => {
    const file = program.getSourceFile(files[i]);
    if (!file) throw new Error(`docs/_data/packageExports.js: no ${files[i]}: run npm run build`);
    const byKind = Object.fromEntries(KINDS.map(([kind]) => [kind, []]));
    for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
      const real = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const kind = KINDS.find(([, flag]) => real.flags & flag)?.[0];
      if (!kind) throw new Error(`docs/_data/packageExports.js: ${entry.name} exports ${symbol.name}, of a kind no page lists`);
      const doc = ts.displayPartsToString(real.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
      const signature =
        kind === 'functions' ? checker.getSignaturesOfType(checker.getTypeOfSymbol(real), ts.SignatureKind.Call)[0] : undefined;
      byKind[kind].push({
        name: symbol.name,
        // A function with its parameters' names: `define(tag, ctor)`.
        code: signature ? `${symbol.name}(${signature.parameters.map((p) => p.name).join(', ')})` : symbol.name,
        summary: /^.*?\.(?=\s|$)/.exec(doc)?.[0] ?? doc,
      });
    }
    for (const list of Object.values(byKind)) list.sort((a, b) => a.name.localeCompare(b.name));
    // The kinds it has, in order, for a sentence.
    const groups = KINDS.map(([kind]) => ({ kind, list: byKind[kind] })).filter((g) => g.list.length);
    return [entry.name, { ...byKind, groups }];
  }),
);

export default { paths, names };
