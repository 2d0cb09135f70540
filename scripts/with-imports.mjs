/**
 * A built file and every chunk it imports, transitively: what a page that
 * loads only that file downloads. Used by the size budgets (.size-limit.js)
 * and BENCHMARKS.md (scripts/bench/report.mjs). Paths as given (absolute, or
 * from the working folder); a file that is not there is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) {
    withImports(normalize(join(dirname(file), m[1])), seen);
  }
  return seen;
}
