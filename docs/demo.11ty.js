/** The demo pages (demo/*.html), with their shared parts put in (scripts/demo-pages.mjs). */
import { readFileSync, readdirSync } from 'node:fs';
import { DEMO_PARTS, demoPage } from '../scripts/demo-pages.mjs';

const dir = new URL('../demo/', import.meta.url);

export const data = {
  pagination: { data: 'pages', size: 1, alias: 'file' },
  pages: readdirSync(dir).filter((f) => f.endsWith('.html') && !DEMO_PARTS.includes(f)),
  permalink: (data) => `demo/${data.file}`,
  eleventyExcludeFromCollections: true,
};

export function render({ file }) {
  return demoPage(readFileSync(new URL(file, dir), 'utf8'), `/demo/${file}`);
}
