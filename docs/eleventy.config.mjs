/**
 * The documentation site: `npm run docs` builds docs/ into site/ (a static
 * folder any host serves; GitHub Pages publishes it at
 * https://cramp-kit.github.io/cramp-kit/). Every link the site writes is
 * relative, so the same folder works at a host's root, under /cramp-kit/ or
 * from `npm start`. The element pages and every API table are generated from
 * custom-elements.json and src/elements/registry.json (run `npm run build`
 * first); the demo pages (docs/demo/) share one layout, docs/_includes/demo.njk;
 * the CDN build is copied in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import markdownIt from 'markdown-it';
import { snippetsFor } from './_lib/snippets.js';
import { anchor } from '../scripts/doc-urls.mjs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const minor = version.split('.').slice(0, 2).join('.');
const md = markdownIt({ html: true, linkify: false });
/** Headings get ids from their words ("Other languages, or your own words": other-languages-or-your-own-words). */
export const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/ +/g, '-');
// A code sample or a table wider than the screen scrolls sideways, in a box a keyboard can reach (tabindex).
const fence = md.renderer.rules.fence;
md.renderer.rules.fence = (...args) => fence(...args).replace(/^<pre>/, '<pre tabindex="0">');
md.renderer.rules.table_open = () => '<div class="table" tabindex="0"><table>\n';
md.renderer.rules.table_close = () => '</table></div>\n';
md.core.ruler.push('heading-ids', (state) => {
  state.tokens.forEach((token, i) => {
    if (token.type === 'heading_open' && !token.attrGet('id')) token.attrSet('id', slug(state.tokens[i + 1].content.replace(/`/g, '')));
  });
});

/** A root-relative address (`/guides/theming/`) as seen from the page at `from`. */
export function relative(target, from) {
  const [path, rest = ''] = target.split(/(?=[?#])/);
  const base = from.endsWith('/') ? from : `${posix.dirname(from)}/`;
  let rel = posix.relative(base, path) || '.';
  if (path.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return rel + rest;
}

export default function (eleventyConfig) {
  eleventyConfig.setLibrary('md', md);
  eleventyConfig.addPassthroughCopy({ 'docs/assets': 'assets' });
  eleventyConfig.addPassthroughCopy({ 'dist/cdn': 'dist/cdn' });
  eleventyConfig.addPassthroughCopy('docs/demo/demo.{css,js}');
  eleventyConfig.addWatchTarget('custom-elements.json');
  eleventyConfig.ignores.add('docs/_notes/**');
  eleventyConfig.ignores.add('docs/_lib/**');

  eleventyConfig.addFilter('snippets', (el) => snippetsFor(el, `https://cdn.jsdelivr.net/npm/cramp-kit@${minor}/dist/cdn/cramp-kit.js`));
  /** An element's own notes (docs/_notes/<tag>.md: behaviour, keys, ids), if it has any: an element without notes still gets its page. */
  eleventyConfig.addFilter('notes', (tag) => {
    const file = `${root}docs/_notes/${tag}.md`;
    return existsSync(file) ? md.render(readFileSync(file, 'utf8')) : '';
  });

  /** Markdown text (the manifest's descriptions) as HTML: inline for a table cell, blocks otherwise. */
  // The ids the editor data links to (scripts/doc-urls.mjs).
  eleventyConfig.addFilter('attrAnchor', anchor.attribute);
  eleventyConfig.addFilter('eventAnchor', anchor.event);
  eleventyConfig.addFilter('md', (text) => md.render(String(text ?? '')));
  eleventyConfig.addFilter('mdInline', (text) => md.renderInline(String(text ?? '')));
  /** A file of this project as it is (the tested examples, shown word for word). */
  eleventyConfig.addShortcode('file', (path, lang) => {
    const text = readFileSync(root + path, 'utf8').trimEnd();
    return `\n\n\`\`\`${lang}\n${text}\n\`\`\`\n\n`;
  });
  eleventyConfig.addShortcode(
    'code',
    (text, lang) => `<pre tabindex="0"><code class="language-${lang}">${md.utils.escapeHtml(text)}</code></pre>`,
  );

  // Every root-relative address in an attribute becomes relative to the page (code in <pre> is escaped, so untouched).
  eleventyConfig.addTransform('relative-links', function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    const from = this.page.url;
    return content.replace(/(\s(?:href|src|action)=")\/(?!\/)([^"]*)"/g, (_, start, target) => `${start}${relative(`/${target}`, from)}"`);
  });

  return {
    dir: { input: 'docs', output: 'site', includes: '_includes', data: '_data' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
  };
}
