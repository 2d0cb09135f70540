import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { litPolicyName } from './scripts/lit-policy-name.mjs';

/** The registry of elements (src/elements/registry.json): every element, in one list. */
const registry = JSON.parse(readFileSync(new URL('./src/elements/registry.json', import.meta.url), 'utf8'));

/** The languages cramp-kit ships beside English (src/languages/shipped.json, the one list): one file each in src/lang/. */
const langs = JSON.parse(readFileSync(new URL('./src/languages/shipped.json', import.meta.url), 'utf8')).map(({ tag }) => tag);
const langFiles = readdirSync('src/lang')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));
const unlisted = langFiles.filter((lang) => !langs.includes(lang));
const missing = langs.filter((lang) => !langFiles.includes(lang));
if (unlisted.length || missing.length) {
  throw new Error(
    `src/languages/shipped.json and src/lang/ differ: ${[...unlisted.map((l) => `src/lang/${l}.ts is not listed`), ...missing.map((l) => `${l} has no src/lang/${l}.ts`)].join('; ')}`,
  );
}

/** The terser options of the one-file bundle and the language files (npm run bench bundles the peers with them too). */
export const BUNDLE_TERSER = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };

/** The registering entries: the package root and one per element, then content. */
const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(registry.map(({ tag }) => [tag, `src/${tag}.ts`])),
  content: 'src/content-api.ts',
};

/**
 * The loader's one import of a language file, `import(`../lang/${file}.js`)`
 * (src/languages/load.ts), written out in the builds as one import per tag
 * of src/languages/shipped.json: a bundler (ours, or an app's bundling the
 * npm package) needs each import written out to find the file and split it
 * into a chunk of its own. In the CDN builds (`beside`), each import is of
 * cramp-kit's own file beside its script (dist/cdn/lang/es.js), not of a
 * chunk, made from the address of the file the code ends up in (./lang/es.js
 * from the bundle, ../lang/es.js from a shared chunk), so it works from any
 * CDN path or the site's own server. Generated from the list, so the list is
 * never written twice.
 */
const LANG_IMPORT = /import\(`\.\.\/lang\/\$\{(\w+)\}\.js`\)/g;
const langImports = ({ beside = false } = {}) => ({
  name: 'lang-imports',
  transform(code, id) {
    if (!id.endsWith('/src/languages/load.ts')) return null;
    const found = [...code.matchAll(LANG_IMPORT)];
    if (found.length !== 1)
      this.error(
        `lang-imports: src/languages/load.ts should import language files in one place, import(\`../lang/\${file}.js\`); found ${String(found.length)}`,
      );
    const out = code.replace(LANG_IMPORT, (_, file) => {
      const each = langs.map(
        (lang) =>
          `${file} === ${JSON.stringify(lang)} ? import(${beside ? `import.meta.CRAMP_LANG_${lang.replace(/-/g, '_')}` : JSON.stringify(`../lang/${lang}.js`)}) : `,
      );
      return `(${each.join('')}undefined)`;
    });
    return { code: out, map: null };
  },
  resolveImportMeta(property, { chunkId }) {
    if (!beside || !property?.startsWith('CRAMP_LANG_')) return null;
    const lang = langs.find((l) => l.replace(/-/g, '_') === property.slice('CRAMP_LANG_'.length));
    if (!lang) this.error(`lang-imports: no src/lang file for import.meta.${property}`);
    const up = posix.relative(posix.dirname(chunkId), '.') || '.';
    return `new URL(${JSON.stringify(`${up}/lang/${lang}.js`)}, import.meta.url).href`;
  },
});

/**
 * In the browser only the tags of the element registry and of the shipped
 * languages are needed (the autoloader's lists, and which files to load): the
 * rest (budgets, examples) is build data.
 */
const tagsOnly = () => ({
  name: 'tags-only',
  transform(code, id) {
    if (!id.endsWith('/src/elements/registry.json') && !id.endsWith('/src/languages/shipped.json')) return null;
    return { code: JSON.stringify(JSON.parse(code).map(({ tag }) => ({ tag }))), map: { mappings: '' } };
  },
});

/**
 * The package's `./content.js` keeps its name, though its source is
 * src/content-api.ts (so that it is not mistaken for the src/content/ folder):
 * tsc names each declaration file after its source, so this adds the
 * `content.d.ts` that package.json's `exports` points at, beside `content.js`.
 */
const contentTypes = () => ({
  name: 'content-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'content.d.ts', source: "export * from './content-api.js';\n" });
  },
});

/**
 * Templates minified with their whitespace collapsed to one space, never
 * removed: a template (or a part of one) that starts or ends with a space
 * keeps it, so words and addresses on either side of an expression stay
 * apart ("Leg cramps". https://...). Removing it is what the minifier does
 * by default.
 */
const minifyTemplates = (extra = {}) =>
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } }, ...extra });

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', legalComments: 'none', loaders: { '.json': 'json' } });

/** The CDN builds: templates minified, lit inside (its policy renamed), the registries' tags only. */
const cdnPlugins = () => [
  langImports({ beside: true }),
  minifyTemplates(),
  litPolicyName(),
  tagsOnly(),
  nodeResolve({ exportConditions: ['production'] }),
  ts(),
];

export default [
  // npm: ES modules, one file per source module, lit left to the app's bundler.
  {
    // cramp-kit/ssr (Node) beside them: @lit-labs/ssr and parse5 are its dependencies.
    // cramp-kit/ssr (Node) and the translators' check (npx cramp-kit lang-check) beside them.
    input: {
      ...entries,
      ...Object.fromEntries(langs.map((lang) => [`lang/${lang}`, `src/lang/${lang}.ts`])),
      ssr: 'src/ssr.ts',
      'content/check': 'src/content/check.ts',
      // Read by the manifest's config (the lists the attribute types are made of), the command (the English words,
      // the shipped languages) and the Node tests (the Spanish words): each kept whole, with every export, though
      // the modules that use them import the topics' files (content/causes/types.ts...) directly.
      'content/types': 'src/content/types.ts',
      'content/en': 'src/content/en.ts',
      'content/es': 'src/content/es.ts',
      'languages/tags': 'src/languages/tags.ts',
    },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/ssr') || id === 'parse5',
    // Templates minified as in the CDN builds: a page that cramp-kit/ssr rendered (with these) is taken over
    // by any build only when their templates are the same, word for word (Lit's hydration compares them).
    plugins: [langImports(), minifyTemplates({ exclude: ['src/ssr.ts'] }), ts(), contentTypes()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // The CDN builds carry lit: its Trusted Types policy is named cramp-kit-lit (scripts/lit-policy-name.mjs).
  // CDN, one file an element: each registering entry, sharing chunks (lit,
  // core, content) with the others.
  {
    input: Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'index')),
    plugins: cdnPlugins(),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'shared/[name]-[hash].js',
      plugins: [terser({ ecma: 2021, module: true, format: { comments: false } })],
    },
  },
  // CDN: the autoloader, one file that imports nothing before it starts (the element and language files it loads
  // by their address, beside its own), built alone so that nothing it uses goes into a chunk it would have to fetch.
  {
    input: 'src/autoloader.ts',
    plugins: [tagsOnly(), nodeResolve(), ts()],
    output: {
      file: 'dist/cdn/autoloader.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2021, module: true, format: { comments: false } })],
    },
  },
  // CDN: one minified ES module with lit inlined, loadable from any origin.
  // Only here are lit's templates squeezed too (npm users' bundlers minify).
  {
    input: 'src/index.ts',
    plugins: cdnPlugins(),
    output: {
      file: 'dist/cdn/cramp-kit.js',
      format: 'es',
      sourcemap: true,
      plugins: [terser(BUNDLE_TERSER)],
    },
  },
  // CDN: each language in one file of its own, with only the registry it adds its words to (one request a language).
  ...langs.map((lang) => ({
    input: `src/lang/${lang}.ts`,
    plugins: [nodeResolve(), ts()],
    output: {
      file: `dist/cdn/lang/${lang}.js`,
      format: 'es',
      sourcemap: true,
      plugins: [terser(BUNDLE_TERSER)],
    },
  })),
];
