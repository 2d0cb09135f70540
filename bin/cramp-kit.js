#!/usr/bin/env node
/**
 * npx cramp-kit prerender page.html > out.html
 * npx cramp-kit prerender page.html -o out.html [--nonce N]
 * npx cramp-kit prerender - < page.html          (reads standard input)
 *
 * Renders the cramp-* elements of an HTML file to declarative shadow DOM
 * (cramp-kit/ssr), so the page's words are there before any script.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const USAGE = `Usage: cramp-kit prerender <page.html | -> [-o out.html] [--nonce value]

Renders every cramp-* element in the page to HTML (declarative shadow DOM),
leaving the rest of the page as it is. Writes to standard output unless -o
names a file. "-" reads the page from standard input.`;

async function readInput(file) {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, nonce: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (command !== 'prerender' || !file || rest.length) {
    console.error(
      `cramp-kit: ${command && command !== 'prerender' ? `unknown command "${command}"` : 'name one HTML file (or -)'}.\n\n${USAGE}`,
    );
    return 2;
  }
  let html;
  try {
    html = await readInput(file);
  } catch (error) {
    console.error(`cramp-kit: cannot read ${file}: ${error.message}`);
    return 1;
  }
  const { prerender } = await import('../dist/ssr.js');
  const out = await prerender(html, { nonce: values.nonce });
  if (values.output) await writeFile(values.output, out);
  else process.stdout.write(out);
  return 0;
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
