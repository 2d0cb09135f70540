// `npx cramp-kit prerender` on pages that are not UTF-8, against the build (dist/): read and written in the
// encoding they declare, never corrupted (issue 26: every non-ASCII byte of a windows-1252 page became U+FFFD).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder, promisify } from 'node:util';

const run = promisify(execFile);
const cli = new URL('../../bin/cramp-kit.js', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'cramp-kit-encoding-'));

/** Bytes from text (ASCII) and byte values, in order. */
const bytes = (...parts) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

/** The CLI on `page` (bytes), to standard output and to -o: both outputs as bytes (the same, it is checked). */
async function prerendered(page, name = 'page.html') {
  const file = join(dir, name);
  await writeFile(file, page);
  const { stdout } = await run('node', [cli, 'prerender', file], { encoding: 'buffer', maxBuffer: 1 << 26 });
  await run('node', [cli, 'prerender', file, '-o', join(dir, `out-${name}`)]);
  const written = await readFile(join(dir, `out-${name}`));
  assert.ok(written.equals(stdout), 'standard output and -o write the same bytes');
  return written;
}

/** The bytes 0xE9 (é), 0xF1 (ñ) and 0x96 (–) of windows-1252, in a paragraph. */
const PARAGRAPH = bytes('<p>Jos', [0xe9], ' Mu', [0xf1], 'oz ', [0x96], ' fisioterapeuta</p>');

test('a windows-1252 page (meta charset) keeps its bytes, and cramp-kit’s words are written in windows-1252', async () => {
  const page = bytes(
    '<!doctype html><html lang="es"><head><meta charset="windows-1252"><title>Calambres</title></head><body>',
    PARAGRAPH,
    '<cramp-prevention-tips reviewed-by="Jos',
    [0xe9],
    ' Mu',
    [0xf1],
    'oz"></cramp-prevention-tips><cramp-guide lang="es" structured-data sections="care"></cramp-guide></body></html>',
  );
  const out = await prerendered(page);
  assert.ok(out.includes(PARAGRAPH), 'the page’s own bytes are as they were');
  assert.ok(!out.includes(Buffer.from('\ufffd', 'utf8')) && !out.includes(Buffer.from([0x3f, 0x3f])), 'no replacement characters');
  // cramp-kit's own words, each character one windows-1252 byte: á (0xE1) in Spanish, ’ (0x92, one of the bytes
  // Node's own windows-1252 decoder gets wrong) in a source's title.
  assert.ok(out.includes(bytes('Calambres detr', [0xe1], 's de la rodilla')), 'Spanish as windows-1252 bytes');
  assert.ok(out.includes(bytes('Baker', [0x92], 's cyst')), '’ as the byte 0x92');
  assert.ok(!out.includes(Buffer.from('á', 'utf8')) && !out.includes(Buffer.from('’', 'utf8')), 'no UTF-8 in a windows-1252 page');
  // The reviewer's name reaches the element's tree as the same windows-1252 bytes.
  const name = bytes('Jos', [0xe9], ' Mu', [0xf1], 'oz');
  assert.ok(out.indexOf(name, out.indexOf('<template') + 1) > 0, 'the reviewer’s name in the element’s tree');
});

test('reads the charset of a meta http-equiv, and writes what the encoding lacks as character references', async () => {
  // windows-1251 (Cyrillic) has no á: in text it becomes &#xE1;, in JSON-LD \u00e1.
  const page = bytes(
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>',
    [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2],
    '</p><cramp-guide lang="es" structured-data sections="care"></cramp-guide></body></html>',
  );
  const out = await prerendered(page);
  assert.ok(out.includes(bytes('<p>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '</p>')), 'Привет stays as its windows-1251 bytes');
  const text = new TextDecoder('windows-1251').decode(out);
  assert.match(text, /Calambres detr&#xE1;s de la rodilla/);
  assert.doesNotMatch(text, /[á\ufffd]/);
  const json = /<script type="application\/ld\+json" data-cramp-kit>([\s\S]*?)<\/script>/.exec(text);
  assert.ok(json, 'the JSON-LD script');
  assert.doesNotMatch(json[1], /&#x/);
  assert.match(JSON.stringify(JSON.parse(json[1])), /á/);
});

test('refuses, with a clear message and writing nothing, a page it cannot read or write back faithfully', async () => {
  const refused = async (page, message) => {
    const file = join(dir, 'refused.html');
    const target = join(dir, 'refused-out.html');
    await writeFile(file, page);
    await assert.rejects(run('node', [cli, 'prerender', file, '-o', target]), (error) => error.code === 1 && message.test(error.stderr));
    await assert.rejects(readFile(target), { code: 'ENOENT' });
  };
  // No charset declared and not UTF-8: it cannot know what the bytes mean.
  await refused(
    bytes('<p>', PARAGRAPH, '<cramp-prevention-tips></cramp-prevention-tips>'),
    /declares no character encoding and is not UTF-8/,
  );
  // Declared UTF-8 but is not.
  await refused(bytes('<meta charset="utf-8">', PARAGRAPH), /says it is utf-8, but it is not valid utf-8/);
  // An encoding it can read but not write.
  await refused(
    bytes('<meta charset="shift_jis"><cramp-prevention-tips></cramp-prevention-tips>'),
    /is in shift_jis, which cramp-kit cannot write back/,
  );
});

test('keeps a byte order mark, and reads UTF-16', async () => {
  const utf8 = await prerendered(Buffer.from('\ufeff<p>é</p><cramp-prevention-tips></cramp-prevention-tips>', 'utf8'), 'bom.html');
  assert.deepEqual([...utf8.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const utf16 = await prerendered(
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ñ</p><cramp-prevention-tips></cramp-prevention-tips>', 'utf16le')]),
    'utf16.html',
  );
  assert.deepEqual([...utf16.subarray(0, 2)], [0xff, 0xfe]);
  assert.match(new TextDecoder('utf-16le').decode(utf16.subarray(2)), /^<p>ñ<\/p><cramp-prevention-tips><template/);
});

test('finds the encoding a page declares as a browser does (the HTML standard’s prescan of the first 1024 bytes)', async () => {
  const { declared } = await import('../../bin/page-file.js');
  const cases = [
    ['<meta charset=windows-1252>', 'windows-1252'],
    ['<META CHARSET="ISO-8859-1">', 'windows-1252'], // the Encoding Standard's name for that label
    ['<!-- <meta charset="koi8-r"> --><meta charset="latin2">', 'iso-8859-2'],
    ['<meta content="text/html; charset=koi8-r">', null], // no http-equiv="Content-Type"
    [`<meta http-equiv=Content-Type content="text/html;charset='windows-1251'">`, 'windows-1251'],
    ['<meta charset="utf-16">', 'utf-8'], // as browsers read a meta that says UTF-16
    ['<meta charset="bogus"><meta charset="windows-1250">', 'windows-1250'],
    ['<p title="<meta charset=koi8-r>">', null],
    [`${' '.repeat(1020)}<meta charset="koi8-r">`, null],
  ];
  for (const [html, encoding] of cases) assert.equal(declared(Buffer.from(html, 'latin1')), encoding, html);
});
