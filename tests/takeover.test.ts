import { aTimeout, expect } from '@open-wc/testing';
import { settled, until } from './helpers/index.js';

/**
 * A server-rendered widget never goes dead (issue 26): an element takes its
 * server tree over only when the tree is exactly what it renders now, and
 * renders afresh over it in every other case, with no error. Pages
 * prerendered by cramp-kit/ssr (tests/fixtures/ssr-page.html, served by
 * scripts/wtr-ssr-pages.mjs), changed as careless pipelines and page scripts
 * change them, then taken over by the CDN bundle and by the npm build.
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Framed = Window & typeof globalThis & { crampLog?: string[] };

const BUILDS = { 'the CDN bundle': '/dist/cdn/cramp-kit.js', 'the npm build': '/dist/index.js' };
/** What the page logged: errors, rejections, warnings (Lit's development note aside: the npm build is served with it). */
const logOf = (w: Window) => ((w as Framed).crampLog ?? []).filter((line) => !line.startsWith('warn: Lit is in dev mode'));
const shown = (el: Element | null | undefined): boolean => Boolean(el && el.getBoundingClientRect().height > 0);
const text = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The prerendered page, as HTML, changed by `edit` (a minifier, a cache), in an iframe, before any script. */
async function page(edit: (html: string) => string = (html) => html, from = '/__ssr/ssr-page.html'): Promise<HTMLIFrameElement> {
  const fetched = await (await fetch(from)).text();
  const html = edit(fetched) || fetched;
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const loaded = new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
  });
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Runs a build's script in the page (a module, as a site adds it), and waits for every element. */
async function takeOver(iframe: HTMLIFrameElement, src: string): Promise<Document> {
  const doc = iframe.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.body.append(script);
  await iframe.contentWindow!.customElements.whenDefined('cramp-guide');
  await settled(doc);
  return doc;
}

const root = (doc: Document, id: string): ShadowRoot => doc.getElementById(id)!.shadowRoot!;

/** Ticks a box in a checklist and waits for its summary. */
async function tick(doc: Document, id: string, value: string): Promise<void> {
  root(doc, id).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await (doc.getElementById(id) as Lit).updateComplete;
}

describe('taking over a server-rendered page (issue 26)', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  for (const [build, src] of Object.entries(BUILDS)) {
    it(`works after a minifier stripped every comment, with no error (${build})`, async () => {
      const iframe = await page((html) => html.replace(/<!--[\s\S]*?-->/g, ''));
      const doc = iframe.contentDocument!;
      // Still looks complete before the script: the words are there.
      expect(text(root(doc, 'checklist').querySelector('[part~="title"]'))).to.not.equal('');
      await takeOver(iframe, src);
      expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
      // Ticking an urgent sign shows the notice.
      await tick(doc, 'checklist', 'other-symptoms');
      expect(text(root(doc, 'checklist').querySelector('[part~="notice"]'))).to.contain('today');
      // The accordion opens; the timer runs; every element has one title.
      root(doc, 'accordion').querySelector<HTMLElement>('#button-strain')!.click();
      await (doc.getElementById('accordion') as Lit).updateComplete;
      expect(root(doc, 'accordion').querySelector('#button-strain')!.getAttribute('aria-expanded')).to.equal('true');
      const card = doc.getElementById('card') as Lit & { state: string };
      root(doc, 'card').querySelector<HTMLElement>('[part~="button"]')!.click();
      await card.updateComplete;
      expect(card.state).to.equal('running');
      for (const el of doc.querySelectorAll('[id]')) {
        if (el.localName.startsWith('cramp-')) expect(el.shadowRoot!.querySelectorAll('[part~="title"]'), el.id).to.have.length(1);
      }
      expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
    });

    it(`shows what a page script changed before the script ran: attributes and properties, with no error (${build})`, async () => {
      const iframe = await page();
      const doc = iframe.contentDocument!;
      // A page's own script, before cramp-kit's.
      doc.getElementById('care')!.setAttribute('emergency-number', '999');
      doc.getElementById('card')!.setAttribute('stretch', 'wall-calf');
      doc.getElementById('guide')!.setAttribute('sections', 'intro care');
      doc.getElementById('guide')!.setAttribute('heading-level', '3');
      doc.getElementById('tabs')!.setAttribute('layout', 'cards');
      doc.getElementById('tips')!.setAttribute('reviewed-by', 'Dr Ana Ruiz, GP');
      (doc.getElementById('checklist') as HTMLElement & { value?: string[] }).value = ['diet'];
      await takeOver(iframe, src);
      expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
      const care = root(doc, 'care');
      expect(care.querySelector('a[href="tel:999"]')).to.not.equal(null);
      expect(care.querySelector('a[href="tel:112"]')).to.equal(null);
      expect(text(care.querySelector('[part~="emergency"]'))).to.contain('999');
      expect(text(root(doc, 'card').querySelector('[part~="title"]'))).to.match(/calf/i);
      const guide = root(doc, 'guide');
      expect([...guide.querySelectorAll('.section')].map((s) => s.id)).to.deep.equal(['intro', 'care']);
      expect(guide.querySelector('[part~="title"]')!.localName).to.equal('h3');
      expect(root(doc, 'tabs').querySelectorAll('[part~="card"]').length).to.equal(6);
      expect(text(root(doc, 'tips').querySelector('[part~="footer"]'))).to.contain('Dr Ana Ruiz, GP');
      const checklist = root(doc, 'checklist');
      expect([...checklist.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['diet']);
      expect(checklist.querySelectorAll('[part~="title"]')).to.have.length(1);
      expect(text(checklist.querySelector('[part~="summary"]'))).to.contain('Low minerals');
      // Still working: the checklist answers.
      await tick(doc, 'checklist', 'other-symptoms');
      expect(text(checklist.querySelector('[part~="notice"]'))).to.contain('today');
    });

    it(`replaces a shadow tree that cramp-kit did not write, or an old copy of, with its own (${build})`, async () => {
      const iframe = await page((html) =>
        html
          // An old cached copy: another version's mark.
          .replace(/<!--cramp-kit \S+ /, '<!--cramp-kit 0.0.1 ')
          // Another tool's tree in place of the care advice's.
          .replace(
            /(<cramp-care-advice[^>]*>)<template shadowroot[^>]*>[\s\S]*?<\/template>(<span slot="contact">)/,
            '$1<template shadowrootmode="open"><p id="stale">Call 000 for cramps.</p></template>$2',
          ),
      );
      const doc = iframe.contentDocument!;
      expect(text(root(doc, 'care'))).to.contain('Call 000 for cramps.');
      await takeOver(iframe, src);
      expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
      expect(root(doc, 'care').querySelector('#stale')).to.equal(null);
      expect(shown(root(doc, 'care').querySelector('[part~="title"]'))).to.equal(true);
      expect(root(doc, 'accordion').querySelectorAll('[part~="title"]')).to.have.length(1);
    });
  }

  it('keeps boxes a reader ticked and the focus they had before the script came, and takes over a tree whose element only got a class (review of issue 26)', async () => {
    const iframe = await page((html) => html.replace(/<!--cramp-kit[^>]*-->/, ''));
    const doc = iframe.contentDocument!;
    // Scripts off so far: the boxes tick as plain HTML does, and a reader has tabbed to an accordion button.
    root(doc, 'checklist').querySelector<HTMLInputElement>('input[value="other-symptoms"]')!.click();
    root(doc, 'checklist').querySelector<HTMLInputElement>('input[value="diet"]')!.click();
    root(doc, 'accordion').querySelector<HTMLElement>('#button-genetics')!.focus();
    // A page's own script gives an element a class and a data attribute: nothing it renders from.
    doc.getElementById('tips')!.classList.add('wide');
    doc.getElementById('tips')!.dataset.track = 'tips';
    const tipsTitle = root(doc, 'tips').querySelector('[part~="title"]');
    await takeOver(iframe, BUILDS['the CDN bundle']);
    expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
    const checklist = doc.getElementById('checklist') as Lit & { value: string[] };
    expect(checklist.value).to.deep.equal(['other-symptoms', 'diet']);
    expect(text(root(doc, 'checklist').querySelector('[part~="notice"]'))).to.contain('today');
    // The accordion's mark was stripped: rendered afresh, the focus on the same button.
    expect(root(doc, 'accordion').activeElement?.id).to.equal('button-genetics');
    expect(root(doc, 'tips').querySelector('[part~="title"]')).to.equal(tipsTitle);
  });

  it('shows a property a script set after cramp-kit was defined but before the first render (review of issue 26)', async () => {
    const iframe = await page();
    const doc = iframe.contentDocument!;
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = `import '/dist/cdn/cramp-kit.js';
      document.querySelector('#care').emergencyNumber = '999';
      window.set = true;`;
    doc.body.append(script);
    await iframe.contentWindow!.customElements.whenDefined('cramp-guide');
    await settled(doc);
    expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
    expect(root(doc, 'care').querySelector('a[href="tel:999"]')).to.not.equal(null);
    expect(root(doc, 'care').querySelector('a[href="tel:112"]')).to.equal(null);
  });

  it('starts an element that carries defer-hydration on the page itself, with no parent to let it start (review of issue 26)', async () => {
    const iframe = await page((html) =>
      html.replace('<cramp-prevention-tips id="tips"', '<cramp-prevention-tips id="tips" defer-hydration'),
    );
    const doc = await takeOver(iframe, BUILDS['the CDN bundle']);
    expect((doc.getElementById('tips') as HTMLElement & { hasUpdated: boolean }).hasUpdated).to.equal(true);
    expect(logOf(iframe.contentWindow!)).to.deep.equal([]);
  });

  it('brings a Spanish server-rendered page to life in English, with one warning, when its language file never answers (review of issue 26: it waited for good)', async function () {
    this.timeout(15000);
    const iframe = await page(() => '', '/__ssr/ssr-es.html');
    const doc = iframe.contentDocument!;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/__hang/dist/cdn/cramp-kit.js';
    doc.body.append(script);
    await iframe.contentWindow!.customElements.whenDefined('cramp-risk-checklist');
    await until(() => (doc.getElementById('checklist') as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true, 8000);
    await tick(doc, 'checklist', 'other-symptoms');
    expect(text(root(doc, 'checklist').querySelector('[part~="notice"]'))).to.contain('today');
    const warnings = logOf(iframe.contentWindow!).filter((line) => line.startsWith('warn:'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang/es.js');
  });

  it('takes a tree that is exactly its own over: the same nodes, nothing rendered twice', async () => {
    const iframe = await page();
    const doc = iframe.contentDocument!;
    const title = root(doc, 'tips').querySelector('[part~="title"]');
    await takeOver(iframe, BUILDS['the CDN bundle']);
    expect(root(doc, 'tips').querySelector('[part~="title"]')).to.equal(title);
    // And a changed one is not: the same page with one attribute changed renders that element afresh, only that one.
    const second = await page();
    const other = second.contentDocument!;
    const before = ['tips', 'care'].map((id) => root(other, id).querySelector('[part~="title"]'));
    other.getElementById('care')!.setAttribute('heading-level', '4');
    await takeOver(second, BUILDS['the CDN bundle']);
    expect(root(other, 'tips').querySelector('[part~="title"]')).to.equal(before[0]);
    expect(root(other, 'care').querySelector('[part~="title"]')).to.not.equal(before[1]);
    expect(root(other, 'care').querySelector('[part~="title"]')!.localName).to.equal('h4');
    await aTimeout(0);
  });

  it('passes axe as the server wrote it, before any script, and once taken over', async () => {
    const iframe = await page();
    const doc = iframe.contentDocument!;
    const w = iframe.contentWindow! as Framed & {
      axe?: { run: (context: Node) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => {
      axe.addEventListener('load', resolve, { once: true });
    });
    doc.head.append(axe);
    await ready;
    const violations = async () => (await w.axe!.run(doc)).violations.map((v) => `${v.id} (${String(v.nodes.length)})`);
    expect(await violations(), 'as the server wrote it').to.deep.equal([]);
    await takeOver(iframe, BUILDS['the CDN bundle']);
    expect(await violations(), 'taken over').to.deep.equal([]);
    expect(logOf(w)).to.deep.equal([]);
  });

  it("lays out none of a server-rendered guide's parts off the screen while it loads or as it is taken over, and draws each as the reader nears it", async () => {
    const iframe = await page();
    const doc = iframe.contentDocument!;
    const w = iframe.contentWindow!;
    const part = root(doc, 'guide').querySelector<HTMLElement>('cramp-stretch-routine')!;
    /** Whether the part's words are drawn (laid out and painted), not left for later by the browser. */
    const drawn = () => part.shadowRoot!.querySelector(':not(style)')!.checkVisibility({ contentVisibilityAuto: true });
    const frames = () => new Promise((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(resolve)));
    // Where a browser could not keep focus rings whole at a part's edge (no overflow-clip-margin), every part is drawn, as before.
    const later = CSS.supports('overflow-clip-margin', '1px') && CSS.supports('content-visibility', 'auto');
    await frames();
    expect(part.getBoundingClientRect().top, 'the part is below the screen').to.be.above(iframe.clientHeight);
    expect(drawn(), 'while loading').to.equal(!later);
    const height = part.getBoundingClientRect().height;
    await takeOver(iframe, BUILDS['the CDN bundle']);
    await frames();
    expect(drawn(), 'taken over').to.equal(!later);
    expect(part.getBoundingClientRect().height, 'the same room as it loaded').to.equal(height);
    part.scrollIntoView();
    await until(() => drawn());
    expect(text(part.shadowRoot!.querySelector('[part~="title"]'))).to.not.equal('');
    expect(logOf(w)).to.deep.equal([]);
  });
});
