/**
 * Starts a new element: `npm run new-element -- cramp-foo`.
 *
 * Writes the element's folder (class and styles), its registering entry, a
 * test file and a demo page, and registers it: one entry in
 * src/elements/registry.json, one line in src/index.ts and one in the demo's
 * navigation (docs/_data/demoPages.json). Everything else
 * (rollup entries, the autoloader, package exports, size budgets, the bench,
 * the tests that go through every element) reads the registry.
 *
 * What it writes is a start, not a finished element: its words are in the
 * class until they move to the content (see CONTRIBUTING.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tag = process.argv[2] ?? '';

if (!/^cramp-[a-z]+(-[a-z]+)*$/.test(tag) || tag === 'cramp-kit') {
  console.error(`new-element: give a tag such as cramp-foo (lower case, starting cramp-), not "${tag}".`);
  process.exit(1);
}
const registryPath = join(root, 'src/elements/registry.json');
const registry = JSON.parse(readFileSync(registryPath, 'utf8'));
const paths = [`src/elements/${tag}`, `src/${tag}.ts`, `tests/${tag}.test.ts`, `docs/demo/${tag.replace(/^cramp-/, '')}.html`];
if (registry.some((element) => element.tag === tag) || paths.some((path) => existsSync(join(root, path)))) {
  console.error(`new-element: <${tag}> (or one of ${paths.join(', ')}) already exists; nothing written.`);
  process.exit(1);
}

const words = tag.slice('cramp-'.length).split('-');
const className = `Cramp${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
const title = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}`;

const files = {
  [`src/elements/${tag}/${tag}.ts`]: `import { html, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { heading } from '../../core/heading.js';
import { styles } from './${tag}.styles.js';
import { shared } from '../../content/shared/en.js';

/** Its words, until they move to the content (a folder of its own in src/content/, with their sources). */
const WORDS = { title: '${title}' };

/**
 * ${title}.
 *
 * @summary ${title}.
 * @tagname ${tag}
 *
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart sources - The sources line in the footer.
 * @csspart get-help - The "get help" lines before the footer (when used alone).
 * @csspart number - The emergency number link in the "get help" lines (with \`emergency-number\`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line.
 */
export class ${className} extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared };

  protected override render(): TemplateResult {
    const { pack, level } = this;
    return html\`<div part="base" class="base" lang=\${pack.lang} dir=\${pack.dir}>
      \${heading(level, 'title', WORDS.title)}
      \${this.footer([])}
    </div>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
  [`src/elements/${tag}/${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  .title {
    font-size: 1.5em;
  }
\`;
`,
  [`src/${tag}.ts`]: `import { define } from './define.js';
import { ${className} } from './elements/${tag}/${tag}.js';

export { ${className} };
// Every event's name and detail: importing this entry also types addEventListener for them.
export type { CrampEventDetails } from './events/index.js';

define('${tag}', ${className});
`,
  [`tests/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../src/${tag}.js';
import type { ${className} } from '../src/${tag}.js';
import { $, text } from './helpers/index.js';

describe('<${tag}>', () => {
  it('shows its title at the heading level asked for', async () => {
    const el = await fixture<${className}>(html\`<${tag} heading-level="3"></${tag}>\`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect(text($(el, '[part="title"]'))).to.equal('${title}');
  });

  it('passes axe', async () => {
    const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
    await expect(el).to.be.accessible();
  });
});
`,
};

// Its page on the demo site (docs/demo/), the health blog a clinic sees: a test wants every element on one.
const demoFile = `${tag.replace(/^cramp-/, '')}.html`;
files[`docs/demo/${demoFile}`] = `---
title: "${title}"
---
        <h1>${title}</h1>
        <${tag}></${tag}>
`;

for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

// Registered: the registry, and the package root. Its budget: the throwaway element measures 18.41 kB with the core as
// issue 29 left it (the shared save, copy, print and form modules, and the new sources every element names), + 0.25 kB.
registry.push({ tag, example: '', budget: '18.7 kB' });
writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);
const demoPagesPath = join(root, 'docs/_data/demoPages.json');
const demoPages = JSON.parse(readFileSync(demoPagesPath, 'utf8'));
demoPages.push({ file: demoFile, label: title });
writeFileSync(demoPagesPath, `${JSON.stringify(demoPages, null, 2)}\n`);
const indexPath = join(root, 'src/index.ts');
const index = readFileSync(indexPath, 'utf8');
const lines = index.split('\n');
const last = lines.findLastIndex((line) => /^export \* from '\.\/cramp-[a-z-]+\.js';$/.test(line));
lines.splice(last + 1, 0, `export * from './${tag}.js';`);
writeFileSync(indexPath, lines.join('\n'));

// In the project's own format, so that lint passes at once.
execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', ...Object.keys(files), 'src/index.ts'], { cwd: root, stdio: 'inherit' });

console.log(`new-element: <${tag}> written and registered:
  ${Object.keys(files).join('\n  ')}
  src/elements/registry.json, src/index.ts, docs/_data/demoPages.json (the demo's navigation)
Its page on the site (elements/${tag}/) is made from the registry and its JSDoc: npm run docs.
Next: its words and sources (CONTRIBUTING.md), its size budget in the registry, then npm test.`);
