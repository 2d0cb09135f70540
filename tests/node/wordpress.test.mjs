// The README's HTML snippets, through WordPress's auto-paragraph filter (wpautop, as the classic
// editor and the_content apply it, from @wordpress/autop), then through an HTML parser (parse5, as
// a browser parses): every element keeps its attributes and its slotted content. `npm run test:ssr`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { autop } from '@wordpress/autop';
import { parseFragment } from 'parse5';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const snippets = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).filter((html) => /<cramp-[a-z-]+[\s>]/.test(html));

/** Every cramp-* element of a parsed tree, with its attributes and its slotted children's text. */
function elements(node, found = []) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName?.startsWith('cramp-')) {
      const slotted = child.childNodes
        .filter((c) => c.attrs?.some((a) => a.name === 'slot'))
        .map((c) => `${c.attrs.find((a) => a.name === 'slot').value}: ${text(c).replace(/\s+/g, ' ').trim()}`);
      found.push({ tag: child.tagName, attrs: child.attrs.map((a) => `${a.name}=${a.value}`).sort(), slotted });
    }
    elements(child.tagName === 'template' ? child.content : child, found);
  }
  return found;
}
const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));

test('the README has HTML snippets with elements to check', () => {
  assert.ok(snippets.length >= 8, `${snippets.length} snippets`);
});

for (const [index, html] of snippets.entries()) {
  const first = /<cramp-[a-z-]+[^>]*>/.exec(html)[0];
  test(`README snippet ${index + 1} (${first}) survives WordPress's auto-paragraphs`, () => {
    const before = elements(parseFragment(html));
    const after = elements(parseFragment(autop(html)));
    assert.deepEqual(after, before);
  });
}
