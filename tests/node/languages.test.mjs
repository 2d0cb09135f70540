// The one choice of a node's language and of the shipped file that serves it (src/languages/tags.ts), which the
// elements, the server and the autoloader all make with the same two functions. Against the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SHIPPED_LANGS, elementLang, langOf, shippedFor } from '../../dist/languages/tags.js';
import { prerender } from 'cramp-kit/ssr';

const shippedJson = JSON.parse(await readFile(new URL('../../src/languages/shipped.json', import.meta.url), 'utf8'));

/** A tree of plain objects: each node's own `lang` (absent when it has none) and its parent. */
const tree = (...langs) => {
  let node = null;
  for (const lang of langs) node = { lang, parent: node };
  return node;
};
const plain = (node) =>
  langOf(
    node,
    (n) => n.lang,
    (n) => n.parent,
  );

test('langOf: the node’s own lang, else the nearest ancestor’s, as written', () => {
  assert.equal(plain(tree('es', undefined, undefined)), 'es');
  assert.equal(plain(tree('es', 'fr', undefined)), 'fr');
  assert.equal(plain(tree('es', 'fr', 'en-US')), 'en-US');
  assert.equal(plain(tree('ES-mx')), 'ES-mx');
  assert.equal(plain(tree(undefined, undefined)), '');
  assert.equal(plain(null), '');
  // A null from the reader is "no lang here" too, as getAttribute answers.
  assert.equal(
    langOf(
      tree('es', undefined),
      (n) => n.lang ?? null,
      (n) => n.parent,
    ),
    'es',
  );
});

test('langOf: lang="" is a choice ("unknown") that stops the search, not a missing lang', () => {
  assert.equal(plain(tree('es', '', undefined)), '');
  assert.equal(plain(tree('es', '')), '');
  assert.equal(plain(tree('', 'es')), 'es');
});

/** Nodes as the page has them: elements (1), shadow roots (11, with a host), a document (9). */
const doc = { nodeType: 9, parentNode: null };
const el = (parentNode, lang, extra = {}) => ({
  nodeType: 1,
  parentNode,
  getAttribute: (name) => (name === 'lang' && lang !== undefined ? lang : null),
  ...extra,
});
const shadowOf = (host) => ({ nodeType: 11, parentNode: null, host });

test('elementLang: up the page’s tree, through shadow roots to their hosts', () => {
  const html = el(doc, 'es-MX');
  const guide = el(el(html, undefined), undefined);
  const part = el(el(shadowOf(guide), undefined), undefined);
  assert.equal(elementLang(part), 'es-MX');
  // The host's own lang beats the page's; a lang inside the shadow tree beats the host's.
  const host = el(html, 'en-US');
  assert.equal(elementLang(el(shadowOf(host), undefined)), 'en-US');
  assert.equal(elementLang(el(shadowOf(host), 'fr')), 'fr');
  // lang="" on the host: unknown, though the page says Spanish.
  assert.equal(elementLang(el(shadowOf(el(html, '')), undefined)), '');
  // Nothing anywhere, or a tree not in a page: unknown.
  assert.equal(elementLang(el(el(doc, undefined), undefined)), '');
  assert.equal(elementLang(el(null, undefined)), '');
});

test('elementLang: a fragment with no host, or a link’s `host` (text), is no way up', () => {
  const fragment = { nodeType: 11, parentNode: null };
  assert.equal(elementLang(el(fragment, undefined)), '');
  // <a href> has a host (its address's), which is not a node: its parent is the way up.
  const link = el(el(doc, 'es'), undefined, { host: 'example.org' });
  assert.equal(elementLang(el(link, undefined)), 'es');
});

test('shippedFor: the exact tag in any case, else its primary language, else none', () => {
  assert.deepEqual(
    SHIPPED_LANGS,
    shippedJson.map(({ tag }) => tag),
  );
  const cases = {
    es: 'es',
    ES: 'es',
    ' es ': 'es',
    'es-MX': 'es',
    'es-419': 'es',
    'ES-mx': 'es',
    'en-US': 'en-US',
    'EN-us': 'en-US',
    ' en-us ': 'en-US',
    en: undefined,
    'en-GB': undefined,
    'en-US-x-test': undefined,
    fr: undefined,
    'fr-ES': undefined,
    es_MX: undefined,
    spanish: undefined,
    e: undefined,
    '': undefined,
  };
  for (const [tag, file] of Object.entries(cases)) assert.equal(shippedFor(tag), file, JSON.stringify(tag));
  // Every shipped tag serves itself.
  for (const tag of SHIPPED_LANGS) assert.equal(shippedFor(tag), tag);
});

test('the server renders each element in the language langOf gives it, with the same rules as the page', async () => {
  const mark = (html) => [...html.matchAll(/<!--cramp-kit \S+ (\S+) /g)].map((m) => m[1]);
  const html = await prerender(
    [
      '<div lang="ES-mx"><p><cramp-prevention-tips></cramp-prevention-tips></p></div>',
      '<div lang="es"><p lang=""><cramp-prevention-tips></cramp-prevention-tips></p></div>',
      '<div lang="es"><cramp-prevention-tips lang="en-US"></cramp-prevention-tips></div>',
      '<section lang="en-us"><cramp-prevention-tips></cramp-prevention-tips></section>',
      '<cramp-prevention-tips></cramp-prevention-tips>',
    ].join(''),
  );
  assert.deepEqual(mark(html), ['es', 'en', 'en-US', 'en-US', 'en']);
});
