/**
 * An HTML page as bytes, for `cramp-kit prerender`: read in the character
 * encoding it declares, written back in the same one, never corrupted.
 *
 * The encoding is the one a browser would find first: a byte order mark,
 * else `<meta charset>` or `<meta http-equiv="Content-Type" content="…;
 * charset=…">` in the first 1024 bytes (the HTML standard's prescan), else
 * UTF-8. A page that is not valid in its encoding, or one in an encoding
 * that cannot be written back here (the multi-byte ones: Shift_JIS, GBK,
 * Big5, EUC-KR…), is refused with a message that says what to do.
 *
 * What cramp-kit adds may hold characters a single-byte encoding lacks
 * ("á" in a windows-1251 page): in text and attributes they are written as
 * character references (`&#xE1;`), in JSON-LD as `\u00e1`; anywhere else (a
 * style, a script, a comment) the page is refused.
 *
 * A file is written whole or not at all (`writeWhole`): a full disk leaves
 * the page as it was, even when -o names the page being read.
 */

import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TextDecoder } from 'node:util';

export class PageError extends Error {}

/** The single-byte encodings of the Encoding Standard that Node decodes (by name, as TextDecoder spells it). */
const SINGLE_BYTE = new Set([
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-8-i',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
]);

/**
 * windows-1252's bytes 0x80 to 0x9F (the Encoding Standard's index). Node
 * 20.18.3 and later decode them as Latin-1 (U+0080 to U+009F: nodejs/node
 * issue 60888), so they are mapped here.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** A single-byte encoding's 256 characters, by byte ("\ufffd" where a byte is none). */
function table(encoding) {
  const decoder = new TextDecoder(encoding);
  return Array.from({ length: 256 }, (_, byte) =>
    encoding === 'windows-1252' && byte >= 0x80 && byte <= 0x9f
      ? String.fromCodePoint(WINDOWS_1252_C1[byte - 0x80])
      : byte < 0x80
        ? String.fromCharCode(byte)
        : decoder.decode(Uint8Array.of(byte)),
  );
}

/** The encoding a label names (Encoding Standard labels: "latin1" is windows-1252), or null. */
function named(label) {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

const SPACE = /[\t\n\f\r ]/;

/** The HTML standard's "get an attribute" at `at` in `text` (bytes as Latin-1): [name, value, next] or null. */
function attributeAt(text, at) {
  let i = at;
  while (i < text.length && (SPACE.test(text[i]) || text[i] === '/')) i++;
  if (i >= text.length || text[i] === '>') return null;
  let name = '';
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '=' && name) break;
    if (SPACE.test(c)) {
      while (i < text.length && SPACE.test(text[i])) i++;
      if (text[i] !== '=') return [name, '', i];
      break;
    }
    if (c === '/' || c === '>') return [name, '', i];
    name += c.toLowerCase();
  }
  i++; // the "="
  while (i < text.length && SPACE.test(text[i])) i++;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, i + 1);
    if (end < 0) return null;
    return [name, text.slice(i + 1, end).toLowerCase(), end + 1];
  }
  if (quote === '>') return [name, '', i];
  let value = '';
  for (; i < text.length && !SPACE.test(text[i]) && text[i] !== '>'; i++) value += text[i].toLowerCase();
  return [name, value, i];
}

/** The charset in a `content` attribute ("text/html; charset=windows-1252"), or null. */
function charsetInContent(content) {
  const found = /charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r ;"']+))/.exec(content);
  return found ? (found[1] ?? found[2] ?? found[3]) : null;
}

/** The encoding the first 1024 bytes declare in a `<meta>` (the HTML standard's prescan), or null. */
export function declared(bytes) {
  const text = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 2);
      if (end < 0) return null;
      i = end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(text.slice(i, i + 6))) {
      i += 5;
      const seen = new Set();
      let pragma = false;
      let needPragma = null;
      let charset = null;
      for (let attribute = attributeAt(text, i); attribute; attribute = attributeAt(text, i)) {
        const [name, value, next] = attribute;
        i = next;
        if (seen.has(name)) continue;
        seen.add(name);
        if (name === 'http-equiv' && value === 'content-type') pragma = true;
        else if (name === 'content' && charset === null) {
          const label = charsetInContent(value);
          if (label !== null) {
            charset = named(label);
            needPragma = true;
          }
        } else if (name === 'charset') {
          charset = named(value);
          needPragma = false;
        }
      }
      if (needPragma === null || (needPragma && !pragma) || charset === null) continue;
      if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
      return charset;
    } else if (/^<\/?[a-z]/i.test(text.slice(i, i + 3))) {
      while (i < text.length && !SPACE.test(text[i]) && text[i] !== '>') i++;
      for (let attribute = attributeAt(text, i); attribute; attribute = attributeAt(text, i)) i = attribute[2];
      i++;
    } else if (/^<[!/?]/.test(text.slice(i, i + 2))) {
      const end = text.indexOf('>', i);
      if (end < 0) return null;
      i = end + 1;
    } else i++;
  }
  return null;
}

const BOMS = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
];

/**
 * The text of a page's bytes, and how to write text back the same way:
 * `{ text, encoding, encode(html) }`. `name` names the page in messages.
 */
export function readPage(bytes, name) {
  const [bomEncoding, bom] = BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte)) ?? [null, []];
  const encoding = bomEncoding ?? declared(bytes) ?? 'utf-8';
  const body = bytes.subarray(bom.length);
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    let text;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw new PageError(
        bomEncoding || declared(bytes)
          ? `${name} says it is ${encoding}, but it is not valid ${encoding}: nothing was written. Save it in the encoding it declares.`
          : `${name} declares no character encoding and is not UTF-8: nothing was written. Add <meta charset="…"> with its encoding (windows-1252, say) as the first thing in <head>, or save it as UTF-8.`,
      );
    }
    return { text, encoding, encode: (html) => unicodeBytes(html, encoding, Buffer.from(bom)) };
  }
  if (!SINGLE_BYTE.has(encoding)) {
    throw new PageError(
      `${name} is in ${encoding}, which cramp-kit cannot write back (it writes UTF-8, UTF-16 and single-byte encodings such as windows-1252): nothing was written. Save it as UTF-8.`,
    );
  }
  const chars = table(encoding);
  const bad = body.findIndex((byte) => chars[byte] === '\ufffd');
  if (bad >= 0) {
    throw new PageError(
      `${name} says it is ${encoding}, but byte 0x${body[bad].toString(16).toUpperCase()} (at ${String(bad)}) is not a character in ${encoding}: nothing was written.`,
    );
  }
  // Each byte to its character (all of them in the Basic Multilingual Plane), then read as UTF-16.
  const units = new Uint16Array(body.length);
  const unitOf = Uint16Array.from(chars, (char) => char.charCodeAt(0));
  for (let i = 0; i < body.length; i++) units[i] = unitOf[body[i]];
  const text = new TextDecoder('utf-16le').decode(units);
  const byteOf = new Int16Array(0x10000).fill(-1);
  chars.forEach((char, byte) => (byteOf[char.charCodeAt(0)] = byte));
  return { text, encoding, encode: (html) => singleBytes(html, encoding, byteOf, name) };
}

function unicodeBytes(html, encoding, bom) {
  if (!html.isWellFormed()) throw new PageError('the rendered page has a lone surrogate, which no Unicode encoding can hold.');
  if (encoding === 'utf-8') return Buffer.concat([bom, Buffer.from(html, 'utf8')]);
  const out = Buffer.from(html, 'utf16le');
  if (encoding === 'utf-16be') out.swap16();
  return Buffer.concat([bom, out]);
}

/** Raw text elements, whose content takes no character references, and comments: where the scan below is. */
const RAW = /<(script|style|xmp|iframe|noembed|noframes|noscript|plaintext)(?=[\t\n\f\r />])[^>]*>|<!--/gi;

function singleBytes(html, encoding, byteOf, name) {
  let out = Buffer.alloc(html.length + 1024);
  let length = 0;
  // Where the raw text or comment that a character may be in ends; and whether it is JSON (a JSON-LD script).
  let rawEnd = -1;
  let json = false;
  RAW.lastIndex = 0;
  let next = RAW.exec(html);
  for (let at = 0; at < html.length; at++) {
    const byte = byteOf[html.charCodeAt(at)];
    if (byte >= 0) {
      out[length++] = byte;
      continue;
    }
    // A character the encoding lacks: what cramp-kit added. Where is it?
    while (next && next.index <= at) {
      const tag = next[1]?.toLowerCase();
      const close = tag ? new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'gi') : /-->/g;
      close.lastIndex = next.index + next[0].length;
      const closed = close.exec(html);
      rawEnd = closed ? closed.index : html.length;
      json = tag === 'script' && /\btype\s*=\s*["']?application\/ld\+json/i.test(next[0]);
      RAW.lastIndex = closed ? closed.index + closed[0].length : html.length;
      next = RAW.exec(html);
    }
    const code = html.codePointAt(at);
    const char = String.fromCodePoint(code);
    if (at < rawEnd && !json) {
      throw new PageError(
        `${name} is ${encoding}, which has no "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')}), and cramp-kit wrote it where a character reference does not work (inside a <style>, <script> or comment): nothing was written. Save the page as UTF-8.`,
      );
    }
    // In JSON, \u escapes (a pair for a character past U+FFFF); in text and attributes, a character reference.
    const escaped =
      at < rawEnd
        ? Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`).join('')
        : `&#x${code.toString(16).toUpperCase()};`;
    if (length + escaped.length + (html.length - at) > out.length) {
      const bigger = Buffer.alloc(2 * out.length + escaped.length);
      out.copy(bigger, 0, 0, length);
      out = bigger;
    }
    length += out.write(escaped, length, 'latin1');
    at += char.length - 1;
  }
  return out.subarray(0, length);
}

/**
 * Writes `bytes` to `target` whole or not at all: into a new file beside it
 * (on the same disk), flushed, then renamed over it. A full disk, a crash or
 * an interrupted write leaves the target as it was, even when it is the page
 * being read (`-o page.html` on page.html); a new file takes the old one's
 * permissions, and a link keeps pointing at the file it names.
 */
export async function writeWhole(target, bytes) {
  const real = await realpath(target).catch(() => target);
  const mode = await stat(real).then(
    (found) => found.mode & 0o7777,
    () => undefined,
  );
  const temp = join(dirname(real), `.${basename(real)}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`);
  let file;
  try {
    file = await open(temp, 'wx');
    await file.writeFile(bytes);
    await file.sync();
    await file.close();
    file = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, real);
  } catch (error) {
    await file?.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
}
