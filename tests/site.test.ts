// The documentation site as a reader meets it (site/, built by `npm run docs` after `npm run build`): every page
// passes axe in light and dark, fits 320 px with no sideways scroll, every HTML sample on it defines its elements
// with no console error or warning, and the snippet builder works by keyboard and announces the copy.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { preferDark } from './helpers/dark.js';
import { contrast, deep, emulateMedia, until } from './helpers/index.js';

type Framed = Window &
  typeof globalThis & { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> }; log: string[] };

/** Every page of the site, found by following its links from the home page. */
async function crawl(): Promise<string[]> {
  const found = new Set(['/site/index.html']);
  const queue = [...found];
  while (queue.length) {
    const url = queue.shift()!;
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const target = new URL(a.getAttribute('href')!, new URL(url, location.href));
      if (target.origin !== location.origin || !target.pathname.startsWith('/site/')) continue;
      const path = target.pathname.endsWith('/') ? `${target.pathname}index.html` : target.pathname;
      if (!found.has(path)) {
        found.add(path);
        queue.push(path);
      }
    }
  }
  return [...found].sort();
}

/** Loads a page in a frame of the given width, with console errors and warnings recorded, its elements rendered. */
async function open(src: string, width: number, html?: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Framed }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${String(width)}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  if (html !== undefined) frame.srcdoc = html;
  else frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Framed;
  const doc = frame.contentDocument!;
  const tags = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('cramp-')))];
  await until(() => tags.every((t) => win.customElements.get(t)), 5000).catch(() => undefined);
  for (const el of doc.querySelectorAll('*'))
    if (el.localName.startsWith('cramp-')) await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return { frame, doc, win };
}

/** The colours of every element of a page, in its shadow roots too: its text, background and border. */
function colours(doc: Document): string[] {
  const view = doc.defaultView!;
  return deep(doc).map((el) => {
    const style = view.getComputedStyle(el);
    return `${el.localName}: ${style.color} on ${style.backgroundColor}, border ${style.borderTopColor}`;
  });
}

async function axe(doc: Document, win: Framed, options: RunOptions): Promise<string[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    doc.head.append(script);
  }
  const results = await win.axe!.run(doc, options);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the documentation site', function () {
  this.timeout(240000);
  let pages: string[] = [];
  before(async () => {
    pages = await crawl();
  });
  afterEach(async () => {
    await emulateMedia([]);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('has every page: the home page, the guides, a page per element, the builder and the demo', () => {
    for (const page of [
      '/site/index.html',
      '/site/guides/index.html',
      '/site/guides/theming/index.html',
      '/site/elements/cramp-guide/index.html',
      '/site/builder/index.html',
      '/site/demo/index.html',
    ])
      expect(pages).to.include(page);
    expect(pages.filter((p) => p.startsWith('/site/elements/'))).to.have.length.greaterThan(7);
  });

  it('passes axe on every page, and fits 320 px with no sideways scroll', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const { frame, doc, win } = await open(page, 320);
      const wide = doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      if (wide > 0) problems.push(`${page}: ${String(wide)} px of sideways scroll at 320 px`);
      for (const v of await axe(doc, win, { resultTypes: ['violations'] })) problems.push(`${page}: ${v}`);
      frame.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  it('is dark, and keeps its contrast, for a reader who prefers dark (prefers-color-scheme: dark), on every page', async () => {
    const problems: string[] = [];
    // In Chromium, which can also emulate the preference, the simulation must paint what the browser paints.
    const compared = ['/site/index.html', '/site/guides/theming/index.html', '/site/elements/cramp-care-advice/index.html'];
    for (const page of pages) {
      const { frame, doc, win } = await open(page, 1000);
      expect(preferDark(doc), page).to.be.greaterThan(0);
      const simulated = compared.includes(page) ? colours(doc) : [];
      const background = win.getComputedStyle(doc.documentElement).backgroundColor;
      // The site's own pages turn dark; the demo is a health blog that declares itself light (color-scheme: light).
      const darkness = contrast(background, 'rgb(0, 0, 0)');
      if (page.includes('/demo/') ? darkness < 10 : darkness > 1.5)
        problems.push(`${page}: background ${background} (${darkness.toFixed(2)}:1 against black)`);
      for (const v of await axe(doc, win, { runOnly: ['color-contrast'], resultTypes: ['violations'] })) problems.push(`${page}: ${v}`);
      if (simulated.length && (await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]))) {
        const real = await open(page, 1000);
        expect(real.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        expect(colours(real.doc), page).to.deep.equal(simulated);
        expect(simulated.length, page).to.be.greaterThan(100);
        real.frame.remove();
        await emulateMedia([]);
      }
      frame.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  it('runs every HTML sample as written: its elements are defined, with no console error or warning', async () => {
    const probe = `<script>window.log = []; for (const kind of ['error', 'warn']) { const was = console[kind];
      console[kind] = (...args) => { window.log.push(kind + ': ' + args.join(' ')); was.apply(console, args); }; }
      addEventListener('error', (e) => window.log.push('error: ' + e.message));</script>`;
    const problems: string[] = [];
    let ran = 0;
    for (const page of pages.filter((p) => !p.includes('/demo/'))) {
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      for (const code of doc.querySelectorAll('pre > code.language-html')) {
        if (!/<cramp-[a-z-]+[\s>]/.test(code.textContent)) continue;
        // The CDN's address as the site serves the same files.
        let html = code.textContent.replace(
          /https:\/\/(cdn\.jsdelivr\.net\/npm|unpkg\.com)\/cramp-kit@[\d.]+\/dist\/cdn\//g,
          '/site/dist/cdn/',
        );
        if (!html.includes('/site/dist/cdn/')) html = `<script type="module" src="/site/dist/cdn/cramp-kit.js"></script>\n${html}`;
        const {
          frame,
          doc: sample,
          win,
        } = await open('', 800, `<!doctype html><html lang="en"><head><title>Sample</title>${probe}</head><body>${html}</body></html>`);
        ran++;
        const tags = new Set([...sample.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('cramp-')));
        for (const tag of tags) if (!win.customElements.get(tag)) problems.push(`${page}: <${tag}> is not defined by\n${html}`);
        for (const line of win.log) problems.push(`${page}: ${line}\n${html}`);
        frame.remove();
      }
    }
    expect(ran).to.be.greaterThan(15);
    expect(problems).to.deep.equal([]);
  });

  it("switches the theming guide's example live, and shows the CSS a site would add", async () => {
    const { doc } = await open('/site/guides/theming/index.html', 900);
    const example = doc.querySelector('#theme-example > *')!;
    const dark = doc.querySelector<HTMLInputElement>('#theme-switcher input[name="theme"][value="dark"]')!;
    dark.click();
    expect(example.getAttribute('theme')).to.equal('dark');
    const accent = doc.querySelector<HTMLInputElement>('[data-token="--cramp-color-accent"]')!;
    accent.value = '#7a1f5c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect(getComputedStyle(example).getPropertyValue('--cramp-color-accent').trim()).to.equal('#7a1f5c');
    expect(doc.getElementById('theme-css')!.textContent).to.include('--cramp-color-accent: #7a1f5c;').and.include('theme="dark"');
  });

  it('lets the snippet builder be used by keyboard, shows the element live, and announces the copy', async () => {
    const { frame, doc, win } = await open('/site/builder/index.html', 900);
    let written = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      value: {
        writeText: (text: string) => {
          written = text;
          return Promise.resolve();
        },
      },
    });
    const select = doc.getElementById('element') as HTMLSelectElement;
    const output = doc.getElementById('output')!;
    const status = doc.getElementById('copy-status')!;
    expect(select.value).to.equal('cramp-guide');
    frame.focus();
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => select.value !== 'cramp-guide');
    const tag = select.value;
    expect(output.textContent).to.include(`<${tag}`);
    expect(doc.querySelector(`#preview > ${tag}`)).to.not.equal(null);

    // Its emergency number, typed; then Tab on to the copy button, and Enter.
    const number = doc.getElementById(`${tag}--emergency-number`) as HTMLInputElement;
    number.focus();
    await sendKeys({ type: '999' });
    await until(() => output.textContent.includes('emergency-number="999"'));
    expect(doc.querySelector(`#preview > ${tag}`)!.getAttribute('emergency-number')).to.equal('999');
    for (let i = 0; i < 80 && doc.activeElement?.id !== 'copy'; i++) await sendKeys({ press: 'Tab' });
    expect(doc.activeElement?.id).to.equal('copy');
    await sendKeys({ press: 'Enter' });
    await until(() => status.textContent !== '');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.match(/^Copied/);
    expect(written).to.equal(output.textContent);
    expect(written).to.match(
      new RegExp(
        `^<script type="module" src="https://cdn\\.jsdelivr\\.net/npm/cramp-kit@[\\d.]+/dist/cdn/cramp-kit\\.js"></script>\\n\\n<${tag} emergency-number="999"></${tag}>\\n$`,
      ),
    );
  });
});
