// The HTML a site pastes, through WordPress's auto-paragraph filter (wpautop, as the classic editor and
// the_content apply it, from @wordpress/autop), then through an HTML parser (parse5, as a browser parses):
// every element keeps its attributes and its slotted content, and the script tag its address. The HTML is
// every sample on the site and in the README (site/, `npm run docs`), and every block the snippet builder
// makes: each element with every option its manifest entry lists. `npm run test:ssr`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { autop } from '@wordpress/autop';
import { parseFragment } from 'parse5';
import { root, samples } from '../helpers/site.mjs';
import { snippet } from '../../docs/assets/snippet.js';

/** Every cramp-* element and script of a parsed tree, with its attributes and its slotted children's text. */
function elements(node, found = []) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName?.startsWith('cramp-') || child.tagName === 'script') {
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
const survives = (html) => assert.deepEqual(elements(parseFragment(autop(html))), elements(parseFragment(html)));

const pasted = samples.filter((s) => s.lang === 'html' && /<cramp-[a-z-]+[\s>]/.test(s.code));

test('the site and the README have HTML samples with elements to check', () => {
  assert.ok(pasted.length >= 20, `${pasted.length} samples`);
});

for (const sample of pasted) {
  test(`${sample.where} (${/<cramp-[a-z-]+/.exec(sample.code)[0]}>) survives WordPress's auto-paragraphs`, () => survives(sample.code));
}

// The builder's blocks: each element with every option set (lists in full, the first value of each choice, text
// with the characters that need escaping), a colour, and contact details in its slots.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
for (const { tag } of registry) {
  test(`the snippet builder's block for <${tag}>, every option set, survives WordPress's auto-paragraphs`, () => {
    const d = declarations.find((x) => x.tagName === tag);
    const attributes = d.attributes.map((a) => {
      const type = a.type?.text ?? '';
      const values = [...type.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      if (type === 'boolean') return [a.name, true];
      if (type.startsWith('IdList<')) return [a.name, values.join(' ')];
      if (values.length) return [a.name, values[0]];
      return [a.name, a.name === 'reviewed-on' ? '2026-12-01' : 'Dr Ana Ruiz & "Riverside" <Clinic>, GP'];
    });
    const slots = (d.slots ?? [])
      .filter((s) => s.name)
      .map((s) => [s.name, 'Riverside Clinic: call 01234 567890,\n8am to 6pm & <weekends>.']);
    const block = snippet({
      cdn: 'https://cdn.jsdelivr.net/npm/cramp-kit@0.1/dist/cdn/cramp-kit.js',
      tag,
      attributes,
      tokens: [['--cramp-color-accent', '#7a1f5c']],
      slots,
    });
    const [script, element] = elements(parseFragment(block));
    assert.equal(script.tag, 'script');
    assert.equal(element.tag, tag);
    assert.equal(element.attrs.length, attributes.length + 1, element.attrs.join(' '));
    assert.ok(element.attrs.includes('style=--cramp-color-accent: #7a1f5c'));
    survives(block);
  });
}
