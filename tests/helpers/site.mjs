// The built site (site/, made by `npm run docs` after `npm run build`) as the Node tests read it: its pages,
// and every code sample on them and in the README, with its language.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

export const root = new URL('../..', import.meta.url).pathname;
export const siteDir = join(root, 'site');

if (!existsSync(join(siteDir, 'index.html'))) throw new Error('No site/: run `npm run build && npm run docs` first.');

/** Every page of the site: its path under site/ and its parsed tree. */
export const pages = readdirSync(siteDir, { recursive: true })
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, tree: parse(readFileSync(join(siteDir, file), 'utf8')) }));

/** Every element of a tree, depth first. */
export function* walk(node) {
  for (const child of node.childNodes ?? []) {
    yield child;
    yield* walk(child.tagName === 'template' ? child.content : child);
  }
}
export const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));

/** The code samples: `<pre><code class="language-x">` on every page, and the README's fenced blocks. */
export const samples = [
  ...pages.flatMap(({ file, tree }) =>
    [...walk(tree)]
      .filter((n) => n.tagName === 'code' && n.parentNode?.tagName === 'pre' && /language-/.test(attr(n, 'class') ?? ''))
      .map((n, index) => ({ where: `site/${file} #${index + 1}`, lang: /language-(\S+)/.exec(attr(n, 'class'))[1], code: text(n) }))
      .filter((s) => s.code.trim()),
  ),
  ...[...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m, index) => ({
    where: `README.md #${index + 1}`,
    lang: m[1],
    code: m[2],
  })),
];
