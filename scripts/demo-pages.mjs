import { readFileSync } from 'node:fs';

/**
 * The demo pages share one site header and settings toolbar, demo/header.html,
 * put in where a page says `<!-- #include header.html ... -->`, with the
 * current page marked in its navigation (aria-current). Used by `npm start`
 * (scripts/serve.mjs) and the bench's server, so a page's header is written
 * once for all six.
 */
const header = readFileSync(new URL('../demo/header.html', import.meta.url), 'utf8').trimEnd();

export function withHeader(html, path) {
  const page = path.split('/').pop() || 'index.html';
  const marked = header.replace(`<a href="${page}">`, `<a href="${page}" aria-current="page">`);
  return html.replace(/^[ \t]*<!-- #include header\.html[^>]*-->/m, marked);
}
