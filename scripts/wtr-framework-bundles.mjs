import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * Serves frameworks to the browser tests as ES modules, each bundled once, on
 * request, by esbuild:
 * - `/__react.js`: React 19 (CommonJS on npm): createElement, createRoot, flushSync;
 * - `/__svelte.js`: the frameworks guide's Svelte 5 example (tests/types/svelte/Checklist.svelte),
 *   compiled by Svelte's own compiler, with Svelte's mount, unmount and flushSync;
 * - `/__angular.js`: the frameworks guide's Angular 21 example (tests/types/angular/risks.component.ts),
 *   with Angular's compiler (JIT) and bootstrapApplication.
 * In the examples, `cramp-kit/…` stays outside the bundle, as the sources the
 * tests load (/src/…), so the page defines each element once.
 */
const cwd = process.cwd();

/** `cramp-kit/cramp-risk-checklist.js` → `/src/cramp-risk-checklist.ts`, left for the test server. */
const crampKitFromSources = {
  name: 'cramp-kit-from-sources',
  setup(b) {
    b.onResolve({ filter: /^cramp-kit\// }, ({ path }) => ({
      path: `/src/${path.slice('cramp-kit/'.length).replace(/\.js$/, '.ts')}`,
      external: true,
    }));
  },
};

/** `.svelte` files, compiled for the browser by Svelte. */
const svelteFiles = {
  name: 'svelte-files',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: false });
      return { contents: js.code, loader: 'js' };
    });
  },
};

const BUNDLES = {
  '/__react.js': {
    contents:
      "export { createElement } from 'react'; export { flushSync } from 'react-dom'; export { createRoot } from 'react-dom/client';",
  },
  '/__svelte.js': {
    contents:
      "export { default as Checklist } from './tests/types/svelte/Checklist.svelte'; export { mount, unmount, flushSync } from 'svelte';",
  },
  '/__angular.js': {
    contents:
      "import '@angular/compiler'; export { RisksComponent } from './tests/types/angular/risks.component.ts'; export { provideZonelessChangeDetection } from '@angular/core'; export { bootstrapApplication } from '@angular/platform-browser';",
  },
};

export function frameworkBundlesPlugin() {
  const bundles = new Map();
  return {
    name: 'cramp-framework-bundles',
    async serve(context) {
      const bundle = BUNDLES[context.path];
      if (!bundle) return undefined;
      if (!bundles.has(context.path)) {
        bundles.set(
          context.path,
          build({
            stdin: { contents: bundle.contents, resolveDir: cwd, loader: 'ts' },
            bundle: true,
            format: 'esm',
            write: false,
            minify: true,
            target: 'es2022',
            conditions: ['browser'],
            plugins: [crampKitFromSources, svelteFiles],
            tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
            define: { 'process.env.NODE_ENV': '"production"', ngDevMode: 'false', ngJitMode: 'true' },
            logLevel: 'silent',
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await bundles.get(context.path), type: 'js' };
    },
  };
}
