import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { litPolicyName } from './scripts/lit-policy-name.mjs';

/** The registry of elements (src/elements/registry.json): every element, in one list. */
const registry = JSON.parse(readFileSync(new URL('./src/elements/registry.json', import.meta.url), 'utf8'));

/** The registering entries: the package root and one per element, then content and languages. */
const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(registry.map(({ tag }) => [tag, `src/${tag}.ts`])),
  content: 'src/content.ts',
  'lang/en-US': 'src/lang/en-US.ts',
};

/** In the browser only the tags of the registry are needed (the autoloader's list): the rest is build data. */
const registryTagsOnly = () => ({
  name: 'registry-tags-only',
  transform(code, id) {
    if (!id.endsWith('/src/elements/registry.json')) return null;
    return { code: JSON.stringify(JSON.parse(code).map(({ tag }) => ({ tag }))), map: { mappings: '' } };
  },
});

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', legalComments: 'none', loaders: { '.json': 'json' } });

/** The CDN builds: templates minified, lit inside (its policy renamed), the registry's tags only. */
const cdnPlugins = () => [
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  litPolicyName(),
  registryTagsOnly(),
  nodeResolve({ exportConditions: ['production'] }),
  ts(),
];

export default [
  // npm: ES modules, one file per source module, lit left to the app's bundler.
  {
    // cramp-kit/ssr (Node) beside them: @lit-labs/ssr and parse5 are its dependencies.
    input: { ...entries, ssr: 'src/ssr.ts' },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/ssr') || id === 'parse5',
    // Templates minified as in the CDN builds: a page that cramp-kit/ssr rendered (with these) is taken over
    // by any build only when their templates are the same, word for word (Lit's hydration compares them).
    plugins: [minifyHTML({ include: ['src/**/*.ts'], exclude: ['src/ssr.ts'], failOnError: true }), ts()],
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
  // core, content) with the others, plus the autoloader that imports them.
  {
    input: {
      ...Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'index')),
      autoloader: 'src/autoloader.ts',
    },
    plugins: cdnPlugins(),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'shared/[name]-[hash].js',
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
      plugins: [terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })],
    },
  },
];
