// cramp-kit/ssr in a long-running server, against the build (dist/): memory that does not grow with each new
// language or attribute set it renders (issue 26: about 1.4 kB each, kept for good).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const measure = new URL('../helpers/ssr-heap.mjs', import.meta.url).pathname;

test('a server that renders page after page keeps no memory for each new language or attribute set (issue 26)', async () => {
  const { stdout } = await run(process.execPath, ['--expose-gc', measure, '300']);
  const lines = [];
  const middles = Object.entries(JSON.parse(stdout)).map(([name, rounds]) => {
    // Of three rounds, the middle one counts: the garbage collector may free something of earlier work in one round.
    const middle = [...rounds].sort((a, b) => a - b)[1];
    lines.push(`${name}: ${middle.toFixed(0)} bytes a call (rounds: ${rounds.map((b) => b.toFixed(0)).join(', ')})`);
    return [name, middle];
  });
  console.log(lines.join('\n'));
  // Generous: what leaked kept about 1,400 bytes a call.
  for (const [name, middle] of middles) assert.ok(middle < 300, `${name}: the heap grew\n${lines.join('\n')}`);
});
