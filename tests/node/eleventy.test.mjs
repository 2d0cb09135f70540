// The two Eleventy recipes of the server-rendering guide (which shows these very files) build a small site (tests/fixtures/eleventy) whose HTML has the
// elements rendered: Lit's Eleventy plugin, and a transform with cramp-kit/ssr. `npm run test:ssr`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
// Inside the project, so the site finds Eleventy and the Lit plugin in its node_modules; cramp-kit is this project.
await mkdir(join(root, 'scratch'), { recursive: true });
const site = await mkdtemp(join(root, 'scratch', 'eleventy-'));
await cp(join(root, 'tests/fixtures/eleventy'), site, { recursive: true });
await mkdir(join(site, 'node_modules'));
await symlink(root, join(site, 'node_modules', 'cramp-kit'), 'dir');
after(() => rm(site, { recursive: true, force: true }));

async function build(config) {
  const out = join(site, `_site-${config}`);
  await run(
    'node',
    [join(root, 'node_modules/@11ty/eleventy/cmd.cjs'), '--input=src', `--output=${out}`, `--config=${config}`, '--quiet'],
    { cwd: site },
  );
  return readFile(join(out, 'index.html'), 'utf8');
}

function expectRendered(html) {
  for (const tag of ['cramp-cause-explainer', 'cramp-care-advice', 'cramp-guide']) {
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
  }
  assert.match(html, /<p>Some words from the clinic\.<\/p>/);
  assert.match(html, /What can cause cramps behind the knee/);
  assert.match(html, /<\/template><span slot="contact">Call us<\/span><\/cramp-care-advice>/);
}

test('Eleventy with Lit’s plugin renders the elements into the built pages', async () => {
  const html = await build('eleventy.config.mjs');
  expectRendered(html);
});

test('Eleventy with a cramp-kit/ssr transform renders the elements, and the guide’s JSON-LD once', async () => {
  const html = await build('eleventy.prerender.config.mjs');
  expectRendered(html);
  assert.equal((html.match(/<script type="application\/ld\+json" data-cramp-kit>/g) ?? []).length, 1);
  assert.ok(html.indexOf('application/ld+json') < html.indexOf('</head>'));
});
