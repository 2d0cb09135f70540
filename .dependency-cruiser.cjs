/**
 * The layers of src/, from the bottom up, and the rule that imports only
 * point down (or stay within a layer). `npm run lint` runs this; a new import
 * that runs back up, or closes a circle, fails it.
 *
 *   1. leaves:   version.ts, warn.ts, events/, server/, content/,
 *                lang/ (each language's file: it registers its words, and
 *                imports only content/), and languages/ (which language a
 *                node speaks and which file serves it)
 *      then languages/load.ts, loading those files (it registers into content/,
 *                so no leaf imports it)
 *   2. core/     what every element shares (may use the leaves)
 *   3. elements/ one folder per element (may use core and the leaves, and the
 *                class files of the elements it renders)
 *   4. entries:  define.ts, cramp-*.ts, index.ts, content-api.ts,
 *                autoloader.ts, ssr.ts (may use anything below)
 */
const LEAVES = '^src/(version\\.ts|warn\\.ts|events/|server/|content/|lang/|languages/)';
const CORE = '^src/core/';
const ELEMENTS = '^src/elements/';
const ENTRIES = '^src/(define|cramp-[a-z-]+|index|content-api|autoloader|ssr)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Files that import each other in a loop.', from: {}, to: { circular: true } },
    {
      name: 'leaves-import-only-leaves',
      severity: 'error',
      comment: 'version, warn, events, server, content, lang and languages sit at the bottom: they import nothing of the layers above.',
      from: { path: LEAVES },
      to: { path: `${CORE}|${ELEMENTS}|${ENTRIES}` },
    },
    {
      name: 'leaves-load-nothing',
      severity: 'error',
      comment: 'content/ holds words and facts, and lang/ registers them: loading language files is languages/load.ts, above every leaf.',
      from: { path: LEAVES, pathNot: '^src/languages/load\\.ts$' },
      to: { path: '^src/languages/load\\.ts$' },
    },
    {
      name: 'core-imports-no-element-or-entry',
      severity: 'error',
      comment: 'core/ is below the elements and the entry files.',
      from: { path: CORE },
      to: { path: `${ELEMENTS}|${ENTRIES}` },
    },
    {
      name: 'elements-import-no-entry',
      severity: 'error',
      comment: 'An element imports the classes of the elements it renders (static dependencies), never an entry file.',
      from: { path: ELEMENTS },
      to: { path: ENTRIES },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
