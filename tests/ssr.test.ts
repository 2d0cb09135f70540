import { expect } from '@open-wc/testing';
import { TAGS, settled, until } from './helpers/index.js';

/**
 * Pages prerendered by cramp-kit/ssr (tests/fixtures/ssr-page.html, served
 * by scripts/wtr-ssr-pages.mjs from the build), loaded in an iframe: with
 * scripts off (a sandbox without allow-scripts), then taken over by each
 * build (the CDN bundle, the per-element CDN files, the npm entries).
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type Framed = Window & typeof globalThis & { crampLog?: string[] };
/** What the page logged, but for Lit's note that the test server serves its development build (to the npm entries). */
const logOf = (w: Framed) => (w.crampLog ?? []).filter((line) => !line.startsWith('warn: Lit is in dev mode'));

/** Loads a page in an iframe (sandboxed without scripts when `scripts` is false) and waits for it. */
async function frame(src: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  const loaded = new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
  });
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const shown = (el: Element | null | undefined): boolean => Boolean(el && el.getBoundingClientRect().height > 0);
const shadowOf = (doc: Document, selector: string): ShadowRoot => doc.querySelector(selector)!.shadowRoot!;
/** Every cramp-* element of a page, in shadow trees too. */
function hosts(root: Document | ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) =>
    el.localName.startsWith('cramp-') ? [el, ...(el.shadowRoot ? hosts(el.shadowRoot) : [])] : [],
  );
}

/** The page's words that a reader can see in each element, by id. */
function visibleText(doc: Document, id: string): string {
  const root = shadowOf(doc, `#${id}`);
  return [...root.querySelectorAll<HTMLElement>('p, li, h2, h3, h4, a')]
    .filter((el) => shown(el))
    .map((el) => el.textContent.trim())
    .join(' ');
}

describe('server-rendered pages (cramp-kit/ssr)', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('shows every word a reader needs with scripts off: closed panels, every tab, the checklist, the stretch steps', async () => {
    const doc = (await frame('/__ssr/ssr-page.html', false)).contentDocument!;
    expect((doc.defaultView as Framed).matchMedia('(scripting: none)').matches).to.equal(true);
    expect(doc.defaultView!.customElements.get('cramp-guide')).to.equal(undefined);
    for (const id of ['accordion', 'tabs']) {
      const root = shadowOf(doc, `#${id}`);
      const panels = [...root.querySelectorAll('.panel, .tabpanel')];
      expect(panels, id).to.have.length(6);
      for (const panel of panels) expect(shown(panel) && panel.textContent.trim().length > 40, `${id}: ${panel.id}`).to.equal(true);
      expect(shown(root.querySelector('.tablist')), id).to.equal(false);
    }
    expect(visibleText(doc, 'accordion')).to.contain('Your muscles need the right balance of some minerals');
    const checklist = shadowOf(doc, '#checklist');
    expect(shown(checklist.querySelector('.no-script'))).to.equal(true);
    expect(checklist.querySelector('.no-script')!.textContent).to.contain('JavaScript is off');
    expect([...checklist.querySelectorAll('input[type="checkbox"]')].filter(shown).length).to.be.greaterThan(10);
    expect(shown(checklist.querySelector('.actions'))).to.equal(false);
    const card = shadowOf(doc, '#card');
    expect(shown(card.querySelector('[part~="steps"]'))).to.equal(true);
    expect(card.querySelector('[part~="dose"]')!.textContent).to.match(/5 seconds/);
    expect(shown(card.querySelector('.timer'))).to.equal(false);
    expect(shown(card.querySelector('.controls'))).to.equal(false);
    const routine = shadowOf(doc, '#routine');
    expect(shown(routine.querySelector('.no-script'))).to.equal(true);
    expect(shown(routine.querySelector('.nav'))).to.equal(false);
    const care = shadowOf(doc, '#care');
    expect(shown(care.querySelector('a[href="tel:112"]'))).to.equal(true);
    // The site's contact details, in the slot, inside the care advice and the guide's.
    expect(shown(doc.querySelector('#care > [slot="contact"]'))).to.equal(true);
    expect(shown(doc.querySelector('#guide > [slot="contact"]'))).to.equal(true);
    expect(visibleText(doc, 'care')).to.contain('When to get help');
    expect(visibleText(doc, 'tips')).to.contain('Drink');
    const guide = shadowOf(doc, '#guide');
    expect(shown(guide.querySelector('.contents'))).to.equal(false);
    // The guide's parts are there too, closed panels included, with its sources as plain links.
    expect(
      [...guide.querySelectorAll('cramp-cause-explainer')].every((el) => [...el.shadowRoot!.querySelectorAll('.panel')].every(shown)),
    ).to.equal(true);
    expect([...guide.querySelectorAll('a[href^="https://"]')].filter(shown).length).to.be.greaterThan(3);
    expect(doc.head.querySelectorAll('script[type="application/ld+json"][data-cramp-kit]')).to.have.length(1);
  });

  const BUILDS: Record<string, string[]> = {
    'the CDN bundle': ['/dist/cdn/cramp-kit.js'],
    'the per-element CDN files': TAGS.map((tag) => `/dist/cdn/${tag}.js`),
    'the npm entries': ['/dist/index.js'],
  };
  for (const [build, scripts] of Object.entries(BUILDS)) {
    it(`is taken over by ${build}: nothing rendered twice, no shift, no error, and it all works`, async () => {
      // A checklist with persist has an answer saved from an earlier visit.
      localStorage.setItem('cramp-kit-ssr-test', JSON.stringify({ by: 'cramp-kit', v: 1, checked: ['sleep'] }));
      const iframe = await frame('/__ssr/ssr-page.html', true);
      const doc = iframe.contentDocument!;
      const w = iframe.contentWindow as Framed;
      // Before any of the kit's scripts: note each element's size and one node of each shadow tree.
      const before = hosts(doc).map((el) => ({
        el,
        height: el.getBoundingClientRect().height,
        title: el.shadowRoot!.querySelector('[part~="title"]'),
      }));
      expect(before.length).to.be.greaterThan(TAGS.length);
      for (const { el, title } of before) expect(title, el.localName).to.not.equal(null);
      for (const src of scripts) {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = src;
        doc.body.append(script);
      }
      await settled(doc);
      expect(logOf(w)).to.deep.equal([]);
      for (const { el, height, title } of before) {
        // Hydrated, not rendered again: the same nodes, one title, the same size.
        expect(el.shadowRoot!.querySelector('[part~="title"]'), `${el.localName}#${el.id}`).to.equal(title);
        expect(el.shadowRoot!.querySelectorAll('[part~="title"]'), el.localName).to.have.length(1);
        // The one exception: the checklist with saved answers grows by its summary (the server cannot know them).
        if (el.id !== 'saved')
          expect(Math.abs(el.getBoundingClientRect().height - height), `${el.localName}#${el.id} height`).to.be.below(1);
      }
      expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      for (const line of hosts(doc).flatMap((el) => [...el.shadowRoot!.querySelectorAll('.no-script')]))
        expect(shown(line)).to.equal(false);

      // The accordion opens, the checklist answers, the timer runs.
      const accordion = shadowOf(doc, '#accordion');
      accordion.querySelector<HTMLElement>('#button-strain')!.click();
      await (doc.querySelector('#accordion') as Lit).updateComplete;
      expect(accordion.querySelector('#button-strain')!.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(accordion.querySelector('#panel-strain'))).to.equal(true);
      const checklist = shadowOf(doc, '#checklist');
      checklist.querySelector<HTMLInputElement>('input[value="diet"]')!.click();
      await (doc.querySelector('#checklist') as Lit).updateComplete;
      expect(checklist.querySelector('[part~="summary"]')!.textContent).to.contain('Low minerals (electrolytes)');
      // The contact details stay shown; the saved answer comes back, with a summary that says so.
      expect(shown(doc.querySelector('#care > [slot="contact"]'))).to.equal(true);
      expect(shown(doc.querySelector('#guide > [slot="contact"]'))).to.equal(true);
      const saved = shadowOf(doc, '#saved');
      expect([...saved.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['sleep']);
      expect(saved.querySelector('[part~="summary"]')!.textContent).to.not.contain('Nothing ticked');
      expect(saved.querySelectorAll('[part~="summary-heading"]')).to.have.length(1);
      // The server said nothing is saved; in the browser, it is.
      expect(saved.querySelector('[part~="privacy"]')!.textContent).to.contain('saved on this device');
      localStorage.removeItem('cramp-kit-ssr-test');
      const card = doc.querySelector('#card') as Lit & { state: string };
      card.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
      await card.updateComplete;
      expect(card.state).to.equal('running');
      expect(logOf(w)).to.deep.equal([]);
    });
  }

  it('takes over a card started and a tab shown before the takeover: no mismatch, no error, and both done after it', async () => {
    const iframe = await frame('/__ssr/ssr-page.html', true);
    const doc = iframe.contentDocument!;
    const w = iframe.contentWindow as Framed & { early?: { taken: boolean; shown: Promise<boolean> } };
    // The page's own script, run as soon as the bundle has defined the elements, before any has been taken over.
    const script = doc.createElement('script');
    script.type = 'module';
    script.textContent = `import '/dist/cdn/cramp-kit.js';
      const card = document.querySelector('#card');
      const taken = card.hasUpdated;
      card.start();
      window.early = { taken, shown: document.querySelector('#tabs').show('strain') };`;
    doc.body.append(script);
    await until(() => Boolean(w.early));
    expect(w.early!.taken).to.equal(false);
    expect(await w.early!.shown).to.equal(true);
    await settled(doc);
    expect(logOf(w)).to.deep.equal([]);
    const card = doc.querySelector('#card') as Lit & { state: string };
    expect(card.state).to.equal('running');
    expect(card.shadowRoot!.querySelectorAll('[part~="title"]')).to.have.length(1);
    const tabs = shadowOf(doc, '#tabs');
    expect(tabs.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-strain');
    expect([...tabs.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => shown(p)).map((p) => p.id)).to.deep.equal([
      'tabpanel-strain',
    ]);
  });

  it('renders afresh, with no error, a page that another version of cramp-kit rendered', async () => {
    const iframe = await frame('/__ssr/ssr-page.html?stamp=0.0.1', true);
    const doc = iframe.contentDocument!;
    const before = shadowOf(doc, '#tips').querySelector('[part~="title"]');
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/cramp-kit.js';
    doc.body.append(script);
    await settled(doc);
    expect(logOf(iframe.contentWindow as Framed)).to.deep.equal([]);
    const tips = shadowOf(doc, '#tips');
    expect(tips.querySelector('[part~="title"]')).to.not.equal(before);
    expect(tips.querySelectorAll('[part~="title"]')).to.have.length(1);
    expect(tips.querySelectorAll('style, [part~="base"]').length).to.be.greaterThan(0);
    expect(shown(tips.querySelector('[part~="title"]'))).to.equal(true);
  });

  for (const script of ['/dist/cdn/cramp-kit.js', '/__nolang/dist/cdn/cramp-kit.js']) {
    const works = !script.startsWith('/__nolang');
    it(`${works ? 'takes a page rendered in Spanish over, once its language file has come' : 'renders a Spanish page afresh in English, when its language file cannot be loaded'} (${script})`, async () => {
      const iframe = await frame('/__ssr/ssr-es.html', true);
      const doc = iframe.contentDocument!;
      const title = shadowOf(doc, '#care').querySelector('[part~="title"]');
      // The explainer is the first element the bundle defines: the first to ask for Spanish.
      const first = shadowOf(doc, '#explainer').querySelector('[part~="title"]');
      expect(title!.textContent.trim()).to.equal('Cuándo pedir ayuda');
      const tag = doc.createElement('script');
      tag.type = 'module';
      tag.src = script;
      doc.body.append(tag);
      await settled(doc);
      for (let i = 0; i < 100 && !(doc.querySelector('#care') as Lit & { hasUpdated: boolean }).hasUpdated; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await settled(doc);
      const care = shadowOf(doc, '#care');
      const log = logOf(iframe.contentWindow as Framed);
      if (works) {
        expect(log).to.deep.equal([]);
        // Taken over, not rendered again: the same node, in Spanish.
        expect(care.querySelector('[part~="title"]')).to.equal(title);
        expect(shadowOf(doc, '#explainer').querySelector('[part~="title"]')).to.equal(first);
        const accordion = shadowOf(doc, '#explainer');
        accordion.querySelector<HTMLElement>('#button-strain')!.click();
        await (doc.querySelector('#explainer') as Lit).updateComplete;
        expect(accordion.querySelector('#button-strain')!.getAttribute('aria-expanded')).to.equal('true');
      } else {
        expect(log.filter((line) => line.startsWith('warn: cramp-kit:'))).to.have.length(1);
        expect(care.querySelector('[part~="title"]')?.textContent.trim(), log.join(' | ')).to.equal('When to get help');
        expect(care.querySelectorAll('[part~="title"]')).to.have.length(1);
        expect(shown(care.querySelector('[part~="title"]'))).to.equal(true);
      }
    });
  }

  it('renders afresh in the page’s language when the browser has a pack the server did not', async () => {
    const iframe = await frame('/__ssr/ssr-lang.html', true);
    const doc = iframe.contentDocument!;
    expect(shadowOf(doc, '#explainer').querySelector('[part~="title"]')!.textContent).to.contain('What can cause cramps');
    const pack = doc.createElement('script');
    pack.type = 'module';
    pack.textContent = `import { registerContentPack } from '/dist/cdn/content.js';
      registerContentPack({ lang: 'cy', explainer: { title: 'Beth all achosi crampiau' } });
      await import('/dist/cdn/cramp-kit.js');`;
    doc.body.append(pack);
    await settled(doc);
    expect(logOf(iframe.contentWindow as Framed)).to.deep.equal([]);
    const explainer = shadowOf(doc, '#explainer');
    expect(explainer.querySelector('[part~="title"]')!.textContent.trim()).to.equal('Beth all achosi crampiau');
    expect(explainer.querySelectorAll('[part~="title"]')).to.have.length(1);
  });
});
