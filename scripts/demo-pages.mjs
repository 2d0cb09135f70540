import { readFileSync } from 'node:fs';

/**
 * The demo pages share one site header and settings toolbar, demo/header.html,
 * put in where a page says `<!-- #include header.html ... -->`, with the
 * current page marked in its navigation (aria-current). Used by `npm start`
 * (scripts/serve.mjs), the site (docs/demo.11ty.js) and the bench's server,
 * so the header is written once for every page.
 */
const header = readFileSync(new URL('../demo/header.html', import.meta.url), 'utf8').trimEnd();

export function withHeader(html, path) {
  const page = path.split('/').pop() || 'index.html';
  const marked = header.replace(`<a href="${page}">`, `<a href="${page}" aria-current="page">`);
  return html.replace(/^[ \t]*<!-- #include header\.html[^>]*-->/m, marked);
}
