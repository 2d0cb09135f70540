// Size budgets, checked by CI (`npx size-limit`, brotli). Each CDN element entry
// is measured with every chunk it imports, as a page that loads only it would.
import { readFileSync } from 'node:fs';
import { withImports } from './scripts/with-imports.mjs';

const registry = JSON.parse(readFileSync(new URL('./src/elements/registry.json', import.meta.url), 'utf8'));
const langs = JSON.parse(readFileSync(new URL('./src/languages/shipped.json', import.meta.url), 'utf8'));

const element = (tag, limit) => ({
  name: `CDN <${tag}> with lit, core and its content (dist/cdn/${tag}.js and its chunks)`,
  path: [...withImports(`dist/cdn/${tag}.js`)],
  limit,
  brotli: true,
});

export default [
  // The loader of language files (issue 16) added 0.59 kB to the bundle and 0.3 to 0.45 kB to each element; methods that
  // answer before the first render (hasCause, show, start, summaryText) 0.25 kB more. CI's throwaway element adds about 0.16 kB.
  // Content review 3 (issue 25: 11 more sources, 4 more signs, the "get help" lines) added 1.8 kB; each element carries
  // only its sources' names (the citations come with the guide), so each element grew by 0.2 to 0.5 kB. Taking a server
  // tree over only when it is exactly its own (issue 26), in place of Lit's hydrate support: 0.22 kB more. Facts and
  // packs made of objects with no prototype, so a page that changed Object.prototype cannot change them (issue 26): 0.17 kB.
  // The timer's changing words as new text (lit's keyed), so they stay live on a translated page: 0.27 kB. The NHS
  // checkbox pattern, vertical tabs and heading room (issue 26): 0.43 kB. A takeover that checks properties and keeps
  // ticks and focus (issue 26's review): 0.23 kB. Measured 37.88 kB.
  // Issue 27 (render when asked, ServerTree and FirstRender as modules, readers that take what a framework passes, a
  // class kept in Firefox, static dependencies, one pack walker, the checklist and three elements split into modules):
  // 0.65 kB more, 38.53 kB measured. The issue expected it smaller: left for the next step, with bytes-by-part.
  // Issue 29's <cramp-anatomy> (the picture, its words in English, seven sources, the guide's section): 2.8 kB more,
  // 41.33 kB measured; each element carries the seven new sources' names and addresses (0.12 to 0.27 kB more each).
  // Issue 29's <cramp-diary> (its form, summary and chart, files, the safety net, and its words): 7.75 kB more. Both
  // merged, with the guide no longer carrying the diary's words: 49.2 kB measured. The diary's summary printed on one
  // page, with the checklist's answers, its emergency line and the tables' headings (issue 29): 49.455 kB measured.
  { name: 'CDN bundle: every element, lit and English content', path: 'dist/cdn/cramp-kit.js', limit: '49.7 kB', brotli: true },
  { name: 'CDN autoloader', path: 'dist/cdn/autoloader.js', limit: '1.5 kB', brotli: true },
  // Each language file alone: its words and the registry it adds them to (one request a language). One budget per
  // language, from the list of shipped languages (src/languages/shipped.json).
  ...langs.map(({ tag, name, budget }) => ({
    name: `CDN language file: ${name} (dist/cdn/lang/${tag}.js)`,
    path: `dist/cdn/lang/${tag}.js`,
    limit: budget,
    brotli: true,
  })),
  // One budget per element, from the registry (src/elements/registry.json).
  ...registry.map(({ tag, budget }) => element(tag, budget)),
];
