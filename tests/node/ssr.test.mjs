// cramp-kit/ssr and its CLI, in Node, against the build (dist/): `npm run test:ssr`.
import { test } from 'node:test';
import { performance } from 'node:perf_hooks';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { prerender } from 'cramp-kit/ssr';
import { registerContentPack, VERSION } from 'cramp-kit';

const run = promisify(execFile);
const registry = JSON.parse(await readFile(new URL('../../src/elements/registry.json', import.meta.url), 'utf8'));
const cli = new URL('../../bin/cramp-kit.js', import.meta.url).pathname;

/** What the console said while `work` ran: nothing browser-only may run on the server, so it must say nothing. */
async function quietly(work) {
  const said = [];
  const saved = { warn: console.warn, error: console.error };
  console.warn = (...args) => said.push(args.join(' '));
  console.error = (...args) => said.push(args.join(' '));
  try {
    return { result: await work(), said };
  } finally {
    Object.assign(console, saved);
  }
}

/** The HTML with each declarative shadow root taken out: what the site wrote. */
function withoutShadows(html) {
  let out = html;
  for (let start = out.indexOf('<template shadowroot'); start >= 0; start = out.indexOf('<template shadowroot')) {
    const tags = /<template[\s>]|<\/template>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[0] === '</template>' ? -1 : 1;
      if (depth === 0) {
        out = out.slice(0, start) + out.slice(tags.lastIndex);
        break;
      }
    }
    if (depth !== 0) throw new Error('an unclosed shadow root template');
  }
  return out;
}
/** The words a reader sees, roughly: tags, styles and comments out. */
const words = (html) =>
  html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

for (const { tag, example } of registry) {
  test(`prerenders <${tag}> to declarative shadow DOM, with no warning`, async () => {
    const input = `<${tag} ${example} heading-level="3"></${tag}>`;
    const { result, said } = await quietly(() => prerender(input));
    assert.deepEqual(said, []);
    assert.match(
      result,
      new RegExp(`^<${tag} ${example.replace(/"/g, '"')} heading-level="3"><template shadowroot="open" shadowrootmode="open">`),
    );
    assert.ok(result.endsWith(`</template></${tag}>`), result.slice(-80));
    assert.match(result, /<h3 part="title"/);
    assert.ok(words(result).trim().length > 40, `${tag} has words: ${words(result).slice(0, 80)}`);
    assert.equal(withoutShadows(result), input);
  });
}

test('prerenders a page with several elements and leaves everything else exactly as written', async () => {
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Leg cramps</title></head>
<body>
  <h1>Cramps</h1>
  <cramp-cause-explainer layout="tabs" open="strain"></cramp-cause-explainer>
  <p class="note">Our clinic: <a href="tel:+441234567890">01234 567890</a></p>
  <cramp-stretch-card stretch="hamstring" hold="20"></cramp-stretch-card>
  <template><cramp-guide></cramp-guide></template>
  <script>/* <cramp-care-advice></cramp-care-advice> */</script>
  <cramp-care-advice emergency-number="112"><span slot="contact">Call us</span></cramp-care-advice>
</body></html>`;
  const { result, said } = await quietly(() => prerender(page));
  assert.deepEqual(said, []);
  assert.equal((result.match(/shadowrootmode="open"/g) ?? []).length, 3);
  assert.equal(withoutShadows(result), page);
  assert.match(words(result), /What can cause cramps behind the knee/);
  assert.match(words(result), /20 seconds/);
  assert.match(words(result), /112/);
  // The slotted contact stays the element's own child, after its shadow root.
  assert.match(result, /<\/template><span slot="contact">Call us<\/span><\/cramp-care-advice>/);
});

test('writes a guide’s JSON-LD once, in the head, with < escaped', async () => {
  const page = `<!doctype html><html><head><title>t</title></head><body>
<cramp-guide structured-data reviewed-by="Dr A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" reviewed-on="2026-11-01"></cramp-guide>
<cramp-guide structured-data sections="care"></cramp-guide></body></html>`;
  const { result } = await quietly(() => prerender(page));
  const scripts = [...result.matchAll(/<script type="application\/ld\+json" data-cramp-kit>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.ok(result.indexOf(scripts[0][0]) < result.indexOf('</head>'));
  assert.ok(!scripts[0][1].includes('<'), 'no raw < inside the script');
  const data = JSON.parse(scripts[0][1]);
  assert.equal(data['@type'], 'MedicalWebPage');
  assert.match(JSON.stringify(data), /Dr A <\/script><script>alert\(1\)<\/script>/);
  // A fragment has no head: the script goes just before the guide.
  const fragment = await prerender('<p>x</p><cramp-guide structured-data></cramp-guide>');
  assert.match(fragment, /^<p>x<\/p><script type="application\/ld\+json" data-cramp-kit>\{/);
});

test('puts a CSP nonce on every style and script it adds, and refuses a nonce that could break out', async () => {
  const result = await prerender('<cramp-guide structured-data></cramp-guide>', { nonce: 'r4nd0m+/=' });
  assert.equal((result.match(/<style>/g) ?? []).length, 0);
  assert.ok((result.match(/<style nonce="r4nd0m\+\/=">/g) ?? []).length > 0);
  assert.match(result, /<script type="application\/ld\+json" data-cramp-kit nonce="r4nd0m\+\/=">/);
  await assert.rejects(prerender('<cramp-guide></cramp-guide>', { nonce: '"><script>' }), /options\.nonce/);
});

test('leaves an already rendered page as it is, and refuses what is not HTML text', async () => {
  const once = await prerender('<cramp-prevention-tips></cramp-prevention-tips>');
  assert.equal(await prerender(once), once);
  await assert.rejects(prerender(null), /html must be a string of HTML, not null/);
  assert.equal(await prerender('<p>No elements here.</p>'), '<p>No elements here.</p>');
});

test('the CLI prerenders a file to standard output or to -o, reads standard input, and explains a wrong call', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cramp-kit-'));
  const page = join(dir, 'page.html');
  await writeFile(page, '<main><cramp-prevention-tips></cramp-prevention-tips></main>');
  const { stdout } = await run('node', [cli, 'prerender', page]);
  assert.match(stdout, /^<main><cramp-prevention-tips><template shadowroot="open" shadowrootmode="open">/);
  await run('node', [cli, 'prerender', page, '-o', join(dir, 'out.html'), '--nonce', 'abc']);
  assert.match(await readFile(join(dir, 'out.html'), 'utf8'), /<style nonce="abc">/);
  const child = execFile('node', [cli, 'prerender', '-']);
  child.stdin.end('<cramp-care-advice></cramp-care-advice>');
  const piped = await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(out));
  });
  assert.match(piped, /When to get help/);
  await assert.rejects(run('node', [cli, 'render', page]), (error) => error.code === 2 && /unknown command "render"/.test(error.stderr));
  await assert.rejects(
    run('node', [cli, 'prerender', join(dir, 'missing.html')]),
    (error) => error.code === 1 && /cannot read/.test(error.stderr),
  );
});

test('marks each rendered tree with the version and language it was rendered in', async () => {
  const result = await prerender('<cramp-prevention-tips></cramp-prevention-tips>');
  assert.match(
    result,
    new RegExp(`<template shadowroot="open" shadowrootmode="open"><!--cramp-kit ${VERSION.replace(/\./g, '\\.')} en [0-9a-z]+--><style>`),
  );
});

test('renders in the language of the element or its nearest ancestor, with a pack registered in Node', async () => {
  registerContentPack({ lang: 'cy', explainer: { title: 'Beth all achosi crampiau' } });
  const { result, said } = await quietly(() =>
    prerender(
      '<div lang="cy"><cramp-cause-explainer></cramp-cause-explainer></div><cramp-cause-explainer lang="cy"></cramp-cause-explainer>',
    ),
  );
  assert.deepEqual(said, []);
  assert.equal((result.match(/Beth all achosi crampiau/g) ?? []).length, 2);
  assert.equal((result.match(/<!--cramp-kit \S+ cy [0-9a-z]+-->/g) ?? []).length, 2);
  // The page's own start tags stay as written: no lang is added to the first.
  assert.match(result, /^<div lang="cy"><cramp-cause-explainer><template/);
  // Inside the guide, every part speaks the guide's language.
  const guide = await prerender('<cramp-guide lang="cy" sections="causes"></cramp-guide>');
  assert.match(guide, /Beth all achosi crampiau/);
});

test('prerenders a checklist with persist without touching storage (nothing browser-only runs on the server)', async () => {
  const { result, said } = await quietly(() => prerender('<cramp-risk-checklist persist></cramp-risk-checklist>'));
  assert.deepEqual(said, []);
  assert.match(result, /Your answers stay on this page/);
});

test('walks a deep page, many elements quickly, and leaves elements inside SVG alone', async () => {
  const depth = 500;
  const deep = `${'<div>'.repeat(depth)}<cramp-prevention-tips></cramp-prevention-tips>${'</div>'.repeat(depth)}`;
  assert.match(await prerender(deep), /shadowrootmode="open"/);
  const many = '<cramp-prevention-tips></cramp-prevention-tips>'.repeat(100);
  const started = performance.now();
  const out = await prerender(many);
  const took = performance.now() - started;
  assert.equal((out.match(/shadowrootmode="open"/g) ?? []).length, 100);
  assert.ok(took < 3000, `100 elements took ${String(Math.round(took))} ms`);
  const svg = '<svg><cramp-prevention-tips></cramp-prevention-tips></svg>';
  assert.equal(await prerender(svg), svg);
});

test('keeps the space between a source and its address in server-rendered HTML (the minifier once dropped it)', async () => {
  const html = await prerender('<cramp-guide sections="sources"></cramp-guide>');
  // Comments and tags out, but nothing else: a lost space shows as a title glued to its address.
  const text = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/(li|p|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"');
  assert.match(text, /"Leg cramps"\. https:\/\/www\.nhs\.uk\/conditions\/leg-cramps\//);
  assert.doesNotMatch(text, /[^\s(]https:\/\//);
});

test('renders anew a shadow tree that cramp-kit did not write, or another version wrote (issue 26)', async () => {
  const foreign =
    '<cramp-care-advice emergency-number="999"><template shadowrootmode="open"><p>Call 000 for cramps.</p></template><span slot="contact">Clinic</span></cramp-care-advice>';
  const result = await prerender(foreign);
  assert.doesNotMatch(result, /Call 000 for cramps/);
  assert.match(result, /<!--cramp-kit \S+ en [0-9a-z]+-->/);
  assert.match(result, /<span slot="contact">Clinic<\/span><\/cramp-care-advice>$/);
  assert.equal((result.match(/<template shadowroot/g) ?? []).length, 1);
  const old = (await prerender('<cramp-prevention-tips></cramp-prevention-tips>')).replace(/<!--cramp-kit \S+ /, '<!--cramp-kit 0.0.1 ');
  assert.doesNotMatch(await prerender(old), /cramp-kit 0\.0\.1/);
});

test('writes nothing a pack says into its mark but a plain language tag (issue 26: a lang with markup ran in browsers)', async () => {
  const lang = 'zz"--><img src=x onerror=alert(1)>';
  registerContentPack({ lang, explainer: { title: 'Zz title' } });
  const { result } = await quietly(() =>
    prerender(`<cramp-cause-explainer lang="${lang.replace(/"/g, '&quot;')}"></cramp-cause-explainer>`),
  );
  // What the site wrote stays as written (its attribute, quoted); what prerender writes has no markup of the pack's.
  assert.doesNotMatch(result.slice(result.indexOf('<template')), /<img/);
  assert.match(result, /<!--cramp-kit \S+ zz_22--_3e_3cimg[A-Za-z0-9_-]* [0-9a-z]+-->/);
});

test('renders, and settles, in a process whose Object.prototype a script changed (issue 26: own properties only)', async () => {
  const proto = Object.prototype;
  Object.defineProperty(proto, 'then', { value: (resolve) => resolve('polluted'), configurable: true, writable: true });
  Object.defineProperty(proto, 'nonce', { value: '"><script>alert(1)</script>', configurable: true, writable: true });
  try {
    const result = await Promise.race([prerender('<cramp-prevention-tips></cramp-prevention-tips>'), sleep(5000, 'timed out')]);
    assert.equal(typeof result, 'string');
    assert.match(result, /<template shadowroot/);
    assert.doesNotMatch(result, /nonce=|<script>alert/);
  } finally {
    delete proto.then;
    delete proto.nonce;
  }
});
