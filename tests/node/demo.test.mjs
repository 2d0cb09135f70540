// The demo site as built (`npm run docs`: docs/demo/<name>.html in the layout docs/_includes/demo.njk, written to
// site/demo/<name>.html): a page for every element in the registry, reached from the navigation that every demo
// page shares. The site's browser tests crawl these pages (axe, 320 px, dark mode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attr, pages, walk } from '../helpers/site.mjs';

const registry = JSON.parse(readFileSync(new URL('../../src/elements/registry.json', import.meta.url), 'utf8'));
const demo = pages
  .filter(({ file }) => /^demo\/[\w-]+\.html$/.test(file))
  .map(({ file, tree }) => ({ file: file.slice('demo/'.length), nodes: [...walk(tree)] }));
/** The links of a page's "Demo pages" navigation. */
const navLinks = (nodes) =>
  nodes.filter((n) => n.tagName === 'a' && [...ancestors(n)].some((a) => a.tagName === 'nav' && attr(a, 'aria-label') === 'Demo pages'));
function* ancestors(node) {
  for (let n = node.parentNode; n; n = n.parentNode) yield n;
}
const index = demo.find(({ file }) => file === 'index.html');
const linked = navLinks(index?.nodes ?? []).map((a) => attr(a, 'href'));

test('the demo has its pages, the whole guide first in the navigation', () => {
  assert.ok(demo.length >= 8, `demo pages: ${demo.map(({ file }) => file).join(', ')}`);
  assert.equal(linked[0], 'index.html');
});

test('every element is shown on a demo page that the shared navigation links to', () => {
  const shown = new Set(demo.filter(({ file }) => linked.includes(file)).flatMap(({ nodes }) => nodes.map((n) => n.tagName)));
  assert.deepEqual(
    registry.map(({ tag }) => tag).filter((tag) => !shown.has(tag)),
    [],
  );
});

test('every demo page is linked from the shared navigation', () => {
  assert.deepEqual(
    demo.map(({ file }) => file).filter((file) => !linked.includes(file)),
    [],
  );
});

test('every demo page is whole: one head, header, event log and footer each, and its own link marked current', () => {
  for (const { file, nodes } of demo) {
    const count = (test) => nodes.filter(test).length;
    for (const [what, found] of [
      ['charset', count((n) => n.tagName === 'meta' && attr(n, 'charset') === 'utf-8')],
      ['title', count((n) => n.tagName === 'title' && n.parentNode.tagName === 'head')],
      ['kit script', count((n) => n.tagName === 'script' && attr(n, 'src') === '../dist/cdn/cramp-kit.js')],
      ['demo script', count((n) => n.tagName === 'script' && attr(n, 'src') === 'demo.js')],
      ['demo styles', count((n) => n.tagName === 'link' && attr(n, 'href') === 'demo.css')],
      ['skip link', count((n) => n.tagName === 'a' && attr(n, 'href') === '#main')],
      ['site header', count((n) => n.tagName === 'header' && attr(n, 'class') === 'site')],
      ['main', count((n) => n.tagName === 'main' && attr(n, 'id') === 'main')],
      ['article', count((n) => n.tagName === 'article')],
      ['event log', count((n) => attr(n, 'id') === 'event-log')],
      ['footer', count((n) => n.tagName === 'footer' && attr(n, 'class') === 'site')],
    ])
      assert.equal(found, 1, `${file}: ${what}`);
    const current = navLinks(nodes).filter((a) => attr(a, 'aria-current') === 'page');
    assert.deepEqual(
      current.map((a) => attr(a, 'href')),
      [file],
      `${file}: the current page`,
    );
    assert.deepEqual(
      navLinks(nodes).map((a) => attr(a, 'href')),
      linked,
      `${file}: the same navigation as the others`,
    );
  }
});
