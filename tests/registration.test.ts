import { GUIDE_SECTIONS } from '../src/content/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import { define } from '../src/define.js';
import { VERSION } from '../src/version.js';
import { allRendered, captureWarnings, containedIn, frame, until } from './helpers/index.js';
import { ELEMENTS } from '../src/elements/registry.js';

interface Frame {
  window: Window & { warnings: string[]; errors: string[] };
  document: Document;
}

/**
 * A fresh page (an iframe) that loads the built CDN bundle from the given
 * URLs, as a site would with <script type="module">, and records console
 * warnings and uncaught errors.
 */
async function page(scripts: string[], body = '<cramp-cause-explainer></cramp-cause-explainer>'): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <script>
      window.warnings = []; window.errors = [];
      console.warn = (...a) => warnings.push(a.join(' '));
      addEventListener('error', (e) => errors.push(String(e.message)));
    </script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
  });
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['window'];
  // Wait for the first element the page uses.
  await win.customElements.whenDefined(/<(cramp-[a-z-]+)/.exec(body)?.[1] ?? 'cramp-cause-explainer');
  await allRendered(win.document);
  return { window: win, document: win.document };
}

const bundle = new URL('/dist/cdn/cramp-kit.js', location.href).href;
/** The same bundle from another origin (127.0.0.1 instead of localhost, or back). */
const otherOrigin = bundle.includes('//localhost')
  ? bundle.replace('//localhost', '//127.0.0.1')
  : bundle.replace('//127.0.0.1', '//localhost');

async function explainerWorks(frame: Frame): Promise<void> {
  const el = frame.document.querySelector('cramp-cause-explainer')!;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  expect(button.getAttribute('aria-expanded')).to.equal('false');
  button.click();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  expect(el.shadowRoot!.querySelector('[role="region"]:not([hidden])')).to.not.equal(null);
}

describe('registration', () => {
  afterEach(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
  });

  it('defines <cramp-cause-explainer> with the version on the class', () => {
    expect(customElements.get('cramp-cause-explainer')).to.equal(CrampCauseExplainer);
    expect(CrampCauseExplainer.crampVersion).to.equal(VERSION);
  });

  it('keeps the first definition, silently for the same version, with one warning for another', async () => {
    const w = captureWarnings();
    try {
      expect(() => {
        define('cramp-cause-explainer', CrampCauseExplainer);
      }).to.not.throw();
      class SameVersion extends CrampCauseExplainer {}
      define('cramp-cause-explainer', SameVersion);
      expect(w.messages).to.deep.equal([]);

      class OtherVersion extends CrampCauseExplainer {
        static override crampVersion = '0.0.1-other';
      }
      define('cramp-cause-explainer', OtherVersion);
      define('cramp-cause-explainer', OtherVersion);
      expect(customElements.get('cramp-cause-explainer')).to.equal(CrampCauseExplainer);
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('0.0.1-other').and.contain(VERSION);
      const el = await fixture(html`<cramp-cause-explainer></cramp-cause-explainer>`);
      expect(el).to.be.instanceOf(CrampCauseExplainer);
    } finally {
      w.restore();
    }
  });

  it('never throws, even when the platform refuses a definition', () => {
    const w = captureWarnings();
    try {
      class Bad extends HTMLElement {}
      expect(() => {
        define('nohyphen', Bad);
      }).to.not.throw();
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('nohyphen');
    } finally {
      w.restore();
    }
  });

  describe('the CDN bundle (dist/cdn/cramp-kit.js)', () => {
    it('works from one script tag', async () => {
      const frame = await page([bundle]);
      await explainerWorks(frame);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.deep.equal([]);
    });

    it('includes a working <cramp-risk-checklist>', async () => {
      const frame = await page([bundle], '<cramp-risk-checklist></cramp-risk-checklist>');
      await frame.window.customElements.whenDefined('cramp-risk-checklist');
      const el = frame.document.querySelector('cramp-risk-checklist')!;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="frequent"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);
      expect(frame.window.errors).to.deep.equal([]);
    });

    it('includes a working stretch routine and card', async () => {
      const frame = await page([bundle], '<cramp-stretch-routine stretches="toe-pull"></cramp-stretch-routine>');
      await frame.window.customElements.whenDefined('cramp-stretch-routine');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const routine = frame.document.querySelector('cramp-stretch-routine')!;
      const card = routine.shadowRoot!.querySelector('cramp-stretch-card')!;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('toes');
      expect(card.shadowRoot!.querySelector('svg[role="img"]')).to.not.equal(null);
      routine.shadowRoot!.querySelector<HTMLButtonElement>('.start')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(card.shadowRoot!.querySelector('.primary')!.textContent.trim()).to.equal('Pause');
      expect(frame.window.errors).to.deep.equal([]);
    });

    it('includes a working guide with every element inside', async () => {
      const frame = await page([bundle], '<cramp-guide structured-data emergency-number="999"></cramp-guide>');
      await frame.window.customElements.whenDefined('cramp-guide');
      await allRendered(frame.document);
      const guide = frame.document.querySelector('cramp-guide')!;
      const tags = [...guide.shadowRoot!.querySelectorAll('.section')].map((s) => s.localName);
      expect(tags).to.deep.equal([
        'section',
        'section',
        'cramp-care-advice',
        'cramp-anatomy',
        'cramp-cause-explainer',
        'cramp-risk-checklist',
        'cramp-prevention-tips',
        'cramp-stretch-routine',
        'section',
      ]);
      for (const el of guide.shadowRoot!.querySelectorAll('.section')) {
        if (el.localName.startsWith('cramp-')) expect(el.shadowRoot!.querySelector('[part="title"]'), el.localName).to.not.equal(null);
      }
      expect(frame.document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.deep.equal([]);
    });

    it('with the autoloader, imports only the elements on the page, and those added later', async () => {
      const loader = `${otherOrigin.replace('cramp-kit.js', 'autoloader.js')}?v=1`;
      const frame = await page([loader], '<cramp-care-advice></cramp-care-advice>');
      await frame.window.customElements.whenDefined('cramp-care-advice');
      const loaded = () =>
        frame.window.performance
          .getEntriesByType('resource')
          .filter((r) => !r.name.includes('/shared/'))
          .map((r) => r.name.split('/').pop()!.split('?')[0]!)
          .filter((n) => n.startsWith('cramp-'));
      expect(loaded()).to.deep.equal(['cramp-care-advice.js']);
      expect(frame.window.customElements.get('cramp-guide')).to.equal(undefined);
      frame.document.body.insertAdjacentHTML('beforeend', '<div><cramp-prevention-tips></cramp-prevention-tips></div>');
      await frame.window.customElements.whenDefined('cramp-prevention-tips');
      await allRendered(frame.document);
      expect(loaded().sort()).to.deep.equal(['cramp-care-advice.js', 'cramp-prevention-tips.js']);
      expect(frame.document.querySelector('cramp-prevention-tips')!.shadowRoot!.querySelector('[part="title"]')).to.not.equal(null);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.deep.equal([]);
    });

    it('with the autoloader, a guide alone brings every element inside it', async () => {
      const loader = new URL('/dist/cdn/autoloader.js', location.href).href;
      const frame = await page([loader], '<cramp-guide></cramp-guide>');
      await frame.window.customElements.whenDefined('cramp-guide');
      for (const tag of containedIn('cramp-guide')) {
        await frame.window.customElements.whenDefined(tag);
      }
      await allRendered(frame.document);
      const guide = frame.document.querySelector('cramp-guide')!;
      for (const el of guide.shadowRoot!.querySelectorAll('.section')) {
        if (el.localName.startsWith('cramp-')) expect(el.shadowRoot, el.localName).to.not.equal(null);
      }
      expect(frame.window.errors).to.deep.equal([]);
    });

    // Every element but the guide (tested whole above), with the attributes the registry gives it.
    for (const { tag, example: attrs } of ELEMENTS.filter((element) => element.tag !== 'cramp-guide')) {
      it(`<${tag}> alone, from its own CDN file, shows all its words (nothing missing from its content)`, async () => {
        const loader = new URL('/dist/cdn/autoloader.js', location.href).href;
        const frame = await page([loader], `<${tag} ${attrs}></${tag}>`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const el = frame.document.querySelector(tag)!;
        const shown =
          el.shadowRoot!.textContent + [...el.shadowRoot!.querySelectorAll('*')].map((e) => e.shadowRoot?.textContent ?? '').join(' ');
        expect(shown, tag).to.not.match(/undefined|\[object Object\]/);
        expect(el.shadowRoot!.querySelector('[part="title"]')?.textContent.trim(), tag).to.not.equal('');
        // Use it, so that words only shown later are drawn too. No dialog and no download in a test: a print dialog, a
        // file picker (the diary's Open) or a download takes the browser window's focus in Firefox, and every focus test
        // after this one fails.
        frame.window.print = () => undefined;
        frame.document.addEventListener(
          'click',
          (event) => {
            if ((event.target as Element).matches('a[download]')) event.preventDefault();
          },
          true,
        );
        for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('button, input:not([type="file"])')) b.click();
        await new Promise((resolve) => setTimeout(resolve, 700));
        const after = el.shadowRoot!.textContent;
        expect(after, tag).to.not.match(/undefined|\[object Object\]/);
        expect(frame.window.errors).to.deep.equal([]);
        expect(frame.window.warnings).to.deep.equal([]);
      });
    }

    it('gives the ids and registerContentPack from dist/cdn/content.js with no element and no English words', async () => {
      const iframe = await frame({
        srcdoc: `<!doctype html><html lang="en"><head><script type="module">
          import * as content from '${location.origin}/dist/cdn/content.js';
          window.exported = Object.keys(content).sort();
        </script></head><body></body></html>`,
      });
      const win = iframe.contentWindow as Window & { exported?: string[] };
      for (let i = 0; i < 50 && !win.exported; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(win.exported).to.include.members(['CAUSE_IDS', 'STRETCH_IDS', 'THEMES', 'LAYOUTS', 'registerContentPack']);
      for (const tag of ELEMENTS.map((element) => element.tag)) expect(win.customElements.get(tag), tag).to.equal(undefined);
      // Only its own file and the shared content chunk: no element, no lit, no English text.
      const loaded = win.performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!.split('?')[0]!);
      expect(loaded.filter((name) => !name.startsWith('content.js'))).to.have.length.at.most(2);
      const texts = await Promise.all(win.performance.getEntriesByType('resource').map(async (r) => (await fetch(r.name)).text()));
      expect(texts.join('\n')).to.not.contain('Leg cramps');
      iframe.remove();
    });

    it('takes another language from dist/cdn/content.js, with the autoloader, in any order', async () => {
      const iframe = await frame({
        srcdoc: `<!doctype html><html lang="cy"><head>
        <script type="module" src="${location.origin}/dist/cdn/autoloader.js"></script>
        <script type="module">
          import { registerContentPack } from '${location.origin}/dist/cdn/content.js';
          setTimeout(() => registerContentPack({ lang: 'cy', explainer: { title: 'Beth all achosi crampiau?' } }), 100);
        </script></head><body><cramp-cause-explainer></cramp-cause-explainer></body></html>`,
      });
      const win = iframe.contentWindow!;
      await win.customElements.whenDefined('cramp-cause-explainer');
      // The pack comes 100 ms after the elements: polled for, as a slow machine may take longer than any fixed wait.
      const title = () =>
        win.document.querySelector('cramp-cause-explainer')!.shadowRoot?.querySelector('[part="title"]')?.textContent.trim();
      await until(() => title() === 'Beth all achosi crampiau?').catch(() => undefined);
      expect(title()).to.equal('Beth all achosi crampiau?');
    });

    it('shares one content registry between copies: a pack given to either reaches elements the other defined', async () => {
      // The first copy defines the elements; the second (another release, as a CDN would serve it) only
      // registers packs, before and after the elements are on the page.
      const iframe = await frame({
        srcdoc: `<!doctype html><html lang="en"><head>
        <script type="module" src="${location.origin}/dist/cdn/cramp-kit.js"></script>
        <script type="module">
          import { registerContentPack } from '${location.origin}/dist/cdn/cramp-kit.js?as-version=9.9.9';
          registerContentPack({ lang: 'cy', explainer: { title: 'Beth all achosi crampiau?' } });
          setTimeout(() => registerContentPack({ lang: 'ga', explainer: { title: 'Cad is cúis le crampaí?' } }), 100);
        </script></head><body>
        <cramp-cause-explainer lang="cy"></cramp-cause-explainer><cramp-cause-explainer lang="ga"></cramp-cause-explainer></body></html>`,
      });
      const win = iframe.contentWindow!;
      await win.customElements.whenDefined('cramp-cause-explainer');
      await allRendered(win.document);
      const titles = () =>
        [...win.document.querySelectorAll('cramp-cause-explainer')].map((el) =>
          el.shadowRoot!.querySelector('[part="title"]')!.textContent.trim(),
        );
      const expected = ['Beth all achosi crampiau?', 'Cad is cúis le crampaí?'];
      await until(() => titles().join() === expected.join()).catch(() => undefined);
      expect(titles()).to.deep.equal(expected);
      // The element was defined by the first copy, the packs came through the second.
      expect((win.customElements.get('cramp-cause-explainer') as unknown as { crampVersion: string }).crampVersion).to.equal(VERSION);
      iframe.remove();
    });

    it('the autoloader beside the full bundle: no error, no warning, every element works', async () => {
      const loader = new URL('/dist/cdn/autoloader.js', location.href).href;
      const frame = await page([bundle, loader], '<cramp-guide></cramp-guide>');
      await frame.window.customElements.whenDefined('cramp-guide');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frame.document.querySelector('cramp-guide')!.shadowRoot!.querySelectorAll('.section')).to.have.length(GUIDE_SECTIONS.length);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.deep.equal([]);
    });

    it('works when loaded from another origin', async () => {
      const frame = await page([otherOrigin]);
      expect(frame.window.customElements.get('cramp-cause-explainer')).to.not.equal(undefined);
      await explainerWorks(frame);
      expect(frame.window.errors).to.deep.equal([]);
    });

    it('loaded twice at the same version: no error and no warning', async () => {
      const frame = await page([bundle, `${bundle}?copy=2`]);
      await explainerWorks(frame);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.deep.equal([]);
    });

    it('loaded beside another version: no error and one warning naming both', async () => {
      const frame = await page([bundle, `${bundle}?as-version=9.9.9`]);
      await explainerWorks(frame);
      expect(frame.window.errors).to.deep.equal([]);
      expect(frame.window.warnings).to.have.length(1);
      expect(frame.window.warnings[0]).to.contain('9.9.9').and.contain(VERSION);
    });
  });
});
