// `npx cramp-kit prerender -o`, against the build (dist/): the file is written whole or not at all (issue 26: -o
// naming its own input on a full disk truncated the input, and the page was lost).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = new URL('../../bin/cramp-kit.js', import.meta.url).pathname;
const PAGE = '<main><h1>Leg cramps</h1><cramp-prevention-tips></cramp-prevention-tips></main>\n';

test('-o naming the page it reads renders it in place, and leaves no other file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cramp-kit-write-'));
  const page = join(dir, 'page.html');
  await writeFile(page, PAGE, { mode: 0o640 });
  await run('node', [cli, 'prerender', page, '-o', page]);
  assert.match(await readFile(page, 'utf8'), /^<main><h1>Leg cramps<\/h1><cramp-prevention-tips><template shadowroot="open"/);
  assert.equal((await stat(page)).mode & 0o777, 0o640, 'the page keeps its permissions');
  assert.deepEqual(await readdir(dir), ['page.html']);
});

test(
  'a write that fails part way (a full disk) leaves the page, and any file -o names, as they were',
  { skip: process.platform === 'win32' && 'needs ulimit' },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cramp-kit-write-'));
    const page = join(dir, 'page.html');
    const other = join(dir, 'other.html');
    await writeFile(page, PAGE);
    await writeFile(other, 'the previous output\n');
    // Files may grow to 4 kB at most (ulimit -f): the rendered page (18 kB) cannot be written, as on a full disk.
    for (const target of [page, other]) {
      const failed = await run('bash', [
        '-c',
        'ulimit -f 4 && exec "$0" "$@"',
        process.execPath,
        cli,
        'prerender',
        page,
        '-o',
        target,
      ]).then(
        () => null,
        (error) => error,
      );
      assert.equal(await readFile(page, 'utf8'), PAGE, `-o ${target}: the page is as it was`);
      assert.equal(await readFile(other, 'utf8'), 'the previous output\n');
      assert.ok(failed?.code === 1 && /cannot write .*; it is as it was/.test(failed.stderr), failed?.stderr);
    }
    assert.deepEqual((await readdir(dir)).sort(), ['other.html', 'page.html'], 'no half-written file is left');
  },
);
