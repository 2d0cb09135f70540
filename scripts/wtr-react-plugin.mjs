import { build } from 'esbuild';

/**
 * Serves React 19 (CommonJS on npm) to the browser tests as one ES module,
 * bundled on request by esbuild: `import { createElement, createRoot,
 * flushSync } from '/__react.js'`.
 */
export function reactPlugin() {
  let bundle;
  return {
    name: 'cramp-react-esm',
    async serve(context) {
      if (context.path !== '/__react.js') return undefined;
      bundle ??= build({
        stdin: {
          contents:
            "export { createElement } from 'react'; export { flushSync } from 'react-dom'; export { createRoot } from 'react-dom/client';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
