/**
 * The peers' pages are bundled the way cramp-kit's CDN bundle is: one
 * minified ES module made by rollup 4 with @rollup/plugin-node-resolve
 * (the `production` export condition) and @rollup/plugin-terser with the
 * bundle's terser settings, from an entry that imports only the components
 * the page uses. Built into the run's temporary folder, never into dist/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { BUNDLE_TERSER } from '../../rollup.config.mjs';

/** The terser options of the kit's one-file bundle (rollup.config.mjs), and how BENCHMARKS.md names them. */
export const KIT_TERSER = {
  options: BUNDLE_TERSER,
  note: `ecma ${String(BUNDLE_TERSER.ecma)}, module, ${String(BUNDLE_TERSER.compress.passes)} compress passes, no comments`,
};

/**
 * Bundles `entry` (the text of an ES module, resolved from `root`) into
 * `outFile`. Returns the file's size in bytes.
 */
export async function bundle({ root, entry, outFile, terserOptions }) {
  const id = join(root, '__bench_entry__.js');
  const bundled = await rollup({
    input: id,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (source) => (source === id ? id : null),
        load: (source) => (source === id ? entry : null),
      },
      nodeResolve({ exportConditions: ['production'], rootDir: root }),
    ],
    onwarn(warning, warn) {
      // Some peers' published code keeps `this` at module level (TypeScript helpers); rollup rewrites it harmlessly.
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  const { output } = await bundled.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser(terserOptions)] });
  await bundled.close();
  const code = output[0].code;
  writeFileSync(outFile, code);
  return code.length;
}
