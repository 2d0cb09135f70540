import { readFile } from 'node:fs/promises';

/**
 * Lets the browser tests import JSON from the sources as a module
 * (`import list from './registry.json'`, as the build does) without changing
 * what a plain fetch of a JSON file gets: imports of `.json` are pointed at
 * `?json-module`, and only that address is served as JavaScript.
 */
export function jsonModulesPlugin() {
  return {
    name: 'cramp-json-modules',
    resolveImport({ source }) {
      return source.endsWith('.json') && source.startsWith('.') ? `${source}?json-module` : undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !('json-module' in context.query)) return undefined;
      const text = await readFile(new URL(`..${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${JSON.stringify(JSON.parse(text))};`, type: 'js' };
    },
  };
}
