// The demo site (demo/): a page for every element in the registry, reached from the navigation that every
// demo page shares (demo/header.html). The site's browser tests crawl these pages (axe, 320 px, dark mode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { DEMO_PARTS, demoPage } from '../../scripts/demo-pages.mjs';

const demo = new URL('../../demo/', import.meta.url);
const registry = JSON.parse(readFileSync(new URL('../../src/elements/registry.json', import.meta.url), 'utf8'));
const header = readFileSync(new URL('header.html', demo), 'utf8');

test('every element is shown on a demo page that the shared navigation links to', () => {
  const linked = [...header.matchAll(/<a href="([\w-]+\.html)">/g)].map((m) => m[1]);
  assert.ok(linked.includes('index.html'), 'the navigation links the whole guide');
  const pages = linked.map((page) => readFileSync(new URL(page, demo), 'utf8'));
  const missing = registry.map(({ tag }) => tag).filter((tag) => !pages.some((html) => new RegExp(`<${tag}[\\s>]`).test(html)));
  assert.deepEqual(missing, []);
});

test('every demo page is linked from the shared navigation', () => {
  const linked = new Set([...header.matchAll(/<a href="([\w-]+\.html)">/g)].map((m) => m[1]));
  const files = readdirSync(demo).filter((f) => f.endsWith('.html') && !DEMO_PARTS.includes(f));
  assert.deepEqual(
    files.filter((f) => !linked.has(f)),
    [],
  );
});

test('every demo page is a whole page once its shared parts are put in: one head, header, event log and footer each', () => {
  for (const file of readdirSync(demo).filter((f) => f.endsWith('.html') && !DEMO_PARTS.includes(f))) {
    const html = demoPage(readFileSync(new URL(file, demo), 'utf8'), `/demo/${file}`);
    assert.doesNotMatch(html, /#include/, file);
    for (const [what, pattern] of [
      ['charset', /<meta charset="utf-8" \/>/g],
      ['title', /<title>[^<]+<\/title>/g],
      ['kit script', /<script type="module" src="\.\.\/dist\/cdn\/cramp-kit\.js"><\/script>/g],
      ['site header', /<header class="site"/g],
      ['event log', /id="event-log"/g],
      ['footer', /<footer class="site">/g],
      ['current page', new RegExp(`<a href="${file}" aria-current="page">`, 'g')],
    ])
      assert.equal(html.match(pattern)?.length, 1, `${file}: ${what}`);
  }
});
