/**
 * The peers' pages are bundled the way cramp-kit's CDN bundle is: one
 * minified ES module made by rollup 4 with @rollup/plugin-node-resolve
 * (the `production` export condition) and @rollup/plugin-terser with the
 * bundle's terser settings, from an entry that imports only the components
 * the page uses. Built into the run's temporary folder, never into dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The terser options of the kit's one-file bundle, read from rollup.config.mjs
 * (the `ecma` it targets and the compress passes), so that a change there is
 * mirrored here. Falls back to today's settings, with a note, if the file
 * reads differently.
 */
export function kitTerserOptions(root) {
  const fallback = { ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } };
  let text;
  try {
    text = readFileSync(join(root, 'rollup.config.mjs'), 'utf8');
  } catch {
    return { options: fallback, note: 'rollup.config.mjs not read; used ecma 2021, 2 compress passes' };
  }
  // The output block of dist/cdn/cramp-kit.js, up to its terser(...) call.
  const block = /file:\s*'dist\/cdn\/cramp-kit\.js'[\s\S]*?terser\(\{([\s\S]*?)\}\)\s*\]/.exec(text)?.[1];
  const ecma = Number(/ecma:\s*(\d{4})/.exec(block ?? '')?.[1]);
  const passes = Number(/passes:\s*(\d+)/.exec(block ?? '')?.[1]);
  if (!block || !ecma) return { options: fallback, note: 'terser options of the bundle not found in rollup.config.mjs; used ecma 2021' };
  return {
    options: { ...fallback, ecma, compress: passes ? { passes } : {} },
    note: `ecma ${String(ecma)}, module, ${passes ? `${String(passes)} compress passes` : 'default compress'}, no comments`,
  };
}

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
