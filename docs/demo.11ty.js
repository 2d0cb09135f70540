/** The demo pages (demo/*.html), with their shared header put in, as `npm start` served them before the site. */
import { readFileSync, readdirSync } from 'node:fs';
import { withHeader } from '../scripts/demo-pages.mjs';

const dir = new URL('../demo/', import.meta.url);

export const data = {
  pagination: { data: 'pages', size: 1, alias: 'file' },
  pages: readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'header.html'),
  permalink: (data) => `demo/${data.file}`,
  eleventyExcludeFromCollections: true,
};

export function render({ file }) {
  return withHeader(readFileSync(new URL(file, dir), 'utf8'), `/demo/${file}`);
}
