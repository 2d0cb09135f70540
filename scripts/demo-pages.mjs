import { readFileSync } from 'node:fs';

/**
 * The demo pages share their head, site header (with the demo toolbar),
 * event log and footer: each is written once, in demo/<name>.html, and put
 * in where a page says `<!-- #include <name>.html ... -->`. The header marks
 * the current page in its navigation (aria-current). Used by the site
 * (docs/demo.11ty.js) and the bench's server.
 */
const include = (name) => readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8').trimEnd();

/** The parts a demo page includes, not pages of their own. */
export const DEMO_PARTS = ['head.html', 'header.html', 'events.html', 'footer.html'];

export function demoPage(html, path) {
  const page = path.split('/').pop() || 'index.html';
  return html.replace(/^[ \t]*<!-- #include (\S+\.html)[^>]*-->/gm, (_, name) =>
    name === 'header.html' ? include(name).replace(`<a href="${page}">`, `<a href="${page}" aria-current="page">`) : include(name),
  );
}
