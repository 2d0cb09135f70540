#!/usr/bin/env node
/**
 * npx cramp-kit prerender page.html > out.html
 * npx cramp-kit prerender page.html -o out.html [--nonce N]
 * npx cramp-kit prerender - < page.html          (reads standard input)
 *   Renders the cramp-* elements of an HTML file to declarative shadow DOM
 *   (cramp-kit/ssr), so the page's words are there before any script. Reads
 *   and writes the page in the encoding it declares, and -o whole or not at
 *   all (page-file.js).
 *
 * npx cramp-kit lang-template fr > fr.mjs [--from es]
 *   Writes a content pack of every key, in English (or a language cramp-kit
 *   ships), to translate.
 *
 * npx cramp-kit lang-check fr.mjs
 *   Lists what a pack lacks or gets wrong; exits 1 if anything.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PageError, readPage, writeWhole } from './page-file.js';

const USAGE = `Usage:
  cramp-kit prerender <page.html | -> [-o out.html] [--nonce value]
      Renders every cramp-* element in the page to HTML (declarative shadow
      DOM), leaving the rest of the page as it is. Writes to standard output
      unless -o names a file. "-" reads the page from standard input. Reads
      and writes the page in the encoding it declares (<meta charset>, or a
      byte order mark; UTF-8 if none).

  cramp-kit lang-template <lang> [--from es] [-o pack.js]
      Writes a content pack for <lang> (a language tag such as fr or pt-BR)
      with every key cramp-kit's words have, in English, or in a language it
      ships (--from es, --from en-US), for you to translate.

  cramp-kit lang-check <pack.js>
      Checks a pack (its default export) against every English key: what it
      lacks, keys cramp-kit does not know, clinical facts (packs hold words
      only), empty text, and functions that lose their numbers.`;

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const KEY = /^[A-Za-z_$][\w$]*$/;

/** A value of the words as JavaScript source: text as JSON strings, functions as written. */
function source(value, indent) {
  const inner = `${indent}  `;
  if (typeof value === 'function') return value.toString().replace(/\n/g, `\n${indent}`);
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${inner}${source(v, inner)},`).join('\n')}\n${indent}]` : '[]';
  if (value && typeof value === 'object') {
    const lines = Object.entries(value).map(([k, v]) => `${inner}${KEY.test(k) ? k : JSON.stringify(k)}: ${source(v, inner)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

async function langTemplate(lang, from) {
  if (!TAG.test(lang)) throw new UsageError(`"${lang}" is not a language tag (such as fr, pt-BR)`);
  const { enWords } = await import('../dist/content/en.js');
  let words = enWords;
  if (from) {
    const { SHIPPED_LANGS } = await import('../dist/languages/tags.js');
    if (!SHIPPED_LANGS.includes(from)) throw new UsageError(`--from takes ${SHIPPED_LANGS.join(' or ')}`);
    const { default: pack } = await import(`../dist/lang/${from}.js`);
    // Laid over English at every depth: a partial pack (US English) keeps every other key.
    const over = (base, top) =>
      base && top && typeof base === 'object' && typeof top === 'object' && !Array.isArray(base)
        ? Object.fromEntries(Object.keys({ ...base, ...top }).map((k) => [k, over(base[k], top[k])]))
        : (top ?? base);
    words = over(enWords, pack);
  }
  // Dates: left out, the browser writes them in the pack's language.
  const rest = { ...words, lang, dir: words.dir };
  delete rest.date;
  return `/**
 * A cramp-kit content pack for "${lang}", started from ${from ? `cramp-kit's "${from}" pack` : 'every English word'}.
 * - Translate every text; keep the meaning, every number, and {number} (the emergency number).
 * - Words only: sources, doses and warning signs are facts cramp-kit keeps; a pack cannot change them.
 *   Keep source names and titles as published.
 * - Functions get numbers (and names) and return text; keep each number in what they return.
 * - Dates are written by the browser in your language ("date" is left out).
 * Check it:  npx cramp-kit lang-check ${lang}.mjs
 * Use it:    import pack from './${lang}.mjs';
 *            import { registerContentPack } from 'cramp-kit/content.js';   // CDN: '.../dist/cdn/content.js'
 *            registerContentPack(pack);
 */
export default ${source(rest, '')};
`;
}

async function langCheck(file) {
  const module = await import(pathToFileURL(resolve(file)).href);
  const pack = module.default;
  if (!pack || typeof pack !== 'object') throw new Error(`${file} has no default export: write "export default { lang: ..., ... }"`);
  const { enWords } = await import('../dist/content/en.js');
  const { checkContentPack } = await import('../dist/content/check.js');
  return checkContentPack(pack, enWords);
}

class UsageError extends Error {}

/** The page's bytes: a file, or standard input for "-". */
async function readInput(file) {
  if (file !== '-') return readFile(file);
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        nonce: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`cramp-kit: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command === 'lang-template' || command === 'lang-check') {
    if (!file || rest.length) {
      console.error(`cramp-kit: ${command} takes one ${command === 'lang-check' ? 'file' : 'language tag'}.\n\n${USAGE}`);
      return 2;
    }
    try {
      if (command === 'lang-template') {
        const text = await langTemplate(file, values.from);
        if (values.output) await writeWhole(values.output, text);
        else process.stdout.write(text);
        return 0;
      }
      const problems = await langCheck(file);
      for (const problem of problems) console.log(`${file}: ${problem}`);
      console.log(
        problems.length ? `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}` : `${file}: every key, no problems`,
      );
      return problems.length ? 1 : 0;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`cramp-kit: ${error.message}.\n\n${USAGE}`);
      return 2;
    }
  }
  if (command !== 'prerender' || !file || rest.length) {
    console.error(
      `cramp-kit: ${command && command !== 'prerender' ? `unknown command "${command}"` : 'name one HTML file (or -)'}.\n\n${USAGE}`,
    );
    return 2;
  }
  let bytes;
  try {
    bytes = await readInput(file);
  } catch (error) {
    console.error(`cramp-kit: cannot read ${file}: ${error.message}`);
    return 1;
  }
  const name = file === '-' ? 'the page' : file;
  try {
    // In the page's own encoding, both ways (page-file.js): a windows-1252 page stays windows-1252.
    const page = readPage(bytes, name);
    const { prerender } = await import('../dist/ssr.js');
    const out = page.encode(await prerender(page.text, { nonce: values.nonce }));
    if (!values.output) {
      process.stdout.write(out);
      return 0;
    }
    try {
      await writeWhole(values.output, out);
    } catch (error) {
      console.error(`cramp-kit: cannot write ${values.output} (${error.message}); it is as it was.`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof PageError)) throw error;
    console.error(`cramp-kit: ${error.message}`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`cramp-kit: ${error.message}`);
    process.exitCode = 1;
  },
);
