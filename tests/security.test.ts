import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { DEFAULT_STORAGE_KEY } from '../src/cramp-risk-checklist.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import { DIARY_STORAGE_KEY, type CrampDiary } from '../src/cramp-diary.js';
import { TAGS, allRendered, attributesOf, captureWarnings, deep, frame } from './helpers/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** 56 ways a careless site or a malicious reader might try to run script or inject markup. */
const PAYLOADS = [
  '<script>window.__xss()</script>',
  '<img src=x onerror=window.__xss()>',
  '<svg onload=window.__xss()>',
  '<svg><script>window.__xss()</script></svg>',
  '<math><mtext><img src=x onerror=window.__xss()></mtext></math>',
  'javascript:window.__xss()',
  'JaVaScRiPt:window.__xss()',
  ' javascript:window.__xss()',
  'java\tscript:window.__xss()',
  'data:text/html,<script>window.__xss()</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '"><img src=x onerror=window.__xss()>',
  "'><img src=x onerror=window.__xss()>",
  '`><img src=x onerror=window.__xss()>',
  '${window.__xss()}',
  '{{constructor.constructor("window.__xss()")()}}',
  '<iframe src="javascript:window.__xss()"></iframe>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<object data="javascript:window.__xss()"></object>',
  '<embed src="javascript:window.__xss()">',
  '<a href="javascript:window.__xss()">x</a>',
  '<form action="javascript:window.__xss()"><button>x</button></form>',
  '<input autofocus onfocus=window.__xss()>',
  '<details open ontoggle=window.__xss()>',
  '<body onload=window.__xss()>',
  '<style>@import "javascript:window.__xss()"</style>',
  '<link rel=stylesheet href="javascript:window.__xss()">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss()">',
  '<base href="javascript:window.__xss()//">',
  '<video><source onerror=window.__xss()></video>',
  '<audio src=x onerror=window.__xss()>',
  '<marquee onstart=window.__xss()>',
  '<div style="background:url(javascript:window.__xss())">',
  '<template><img src=x onerror=window.__xss()></template>',
  '<!--<img src=x onerror=window.__xss()>-->',
  '<![CDATA[<img src=x onerror=window.__xss()>]]>',
  '\u202e<img src=x onerror=window.__xss()>',
  '\u0000<script>window.__xss()</script>',
  '&lt;img src=x onerror=window.__xss()&gt;',
  '&#x3C;img src=x onerror=window.__xss()&#x3E;',
  '%3Cscript%3Ewindow.__xss()%3C/script%3E',
  '<scr<script>ipt>window.__xss()</scr</script>ipt>',
  '<img src="x" onerror="window.__xss()"',
  '<svg><a xlink:href="javascript:window.__xss()"><text>x</text></a></svg>',
  '<svg><animate onbegin=window.__xss() attributeName=x dur=1s>',
  '<math href="javascript:window.__xss()">x</math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss()>">',
  '<select><style></select><img src=x onerror=window.__xss()>',
  'tel:999"><img src=x onerror=window.__xss()>',
  '+44 999" onmouseover="window.__xss()',
  '\u{1D4B3}<img src=x onerror=window.__xss()>',
  '\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:window.__xss()',
  '\u2028<script>window.__xss()</script>',
  `${' '.repeat(5000)}<script>window.__xss()</script>`,
  'constructor',
];

const RISKY = ['script', 'iframe', 'object', 'embed', 'img', 'base', 'meta', 'form', 'input', 'details', 'marquee'];

/** How many of each risky element a shadow root holds (inputs by type): an element's own form, as it renders it with nothing odd set. */
function riskyCounts(host: Element): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of deep(host.shadowRoot!)) {
    if (!RISKY.includes(el.localName)) continue;
    const key = el.localName === 'input' ? `input[type=${el.getAttribute('type') ?? ''}]` : el.localName;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * Nothing dangerous may be in any shadow root: no script-bearing elements, no on* attributes, no unsafe URLs. An
 * element's own form (the checklist's checkboxes, the diary's form) is `own`: what it renders with nothing odd set.
 */
function assertClean(host: Element, label: string, own: Record<string, number> = {}): void {
  expect(riskyCounts(host), label).to.deep.equal(own);
  for (const el of deep(host.shadowRoot!)) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${label}: ${attr} on <${el.localName}>`).to.equal(false);
      if (['href', 'src', 'action', 'xlink:href', 'formaction', 'data'].includes(attr)) {
        const url = el.getAttribute(attr)!;
        expect(/^(https:\/\/|tel:\+?\d+$|#[\w-]+$)/.test(url), `${label}: ${attr}="${url}"`).to.equal(true);
      }
    }
  }
}

describe('links out', () => {
  it('gives every link to another site, in every element and the guide, rel="noopener noreferrer" and referrerpolicy="no-referrer"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${TAGS.map((tag) => document.createElement(tag))}</div>`);
    for (const el of wrapper.children) await (el as Lit).updateComplete;
    for (const el of deep(wrapper)) if ('updateComplete' in el) await (el as Lit).updateComplete;
    const links = deep(wrapper).filter((el) => el.localName === 'a' && /^https?:/.test(el.getAttribute('href') ?? ''));
    expect(links.length).to.be.greaterThan(40);
    for (const a of links) {
      expect(a.getAttribute('rel'), a.getAttribute('href')!).to.equal('noopener noreferrer');
      expect(a.getAttribute('referrerpolicy'), a.getAttribute('href')!).to.equal('no-referrer');
    }
  });
});

describe('hardening', () => {
  let fired = 0;
  let realAlert: typeof window.alert;
  before(() => {
    (window as { __xss?: () => void }).__xss = () => {
      fired += 1;
    };
    realAlert = window.alert;
    window.alert = () => {
      fired += 1;
    };
  });
  after(() => {
    delete (window as { __xss?: () => void }).__xss;
    window.alert = realAlert;
  });

  describe(`a corpus of ${String(PAYLOADS.length)} XSS payloads`, () => {
    it('has at least 50 payloads', () => {
      expect(PAYLOADS.length).to.be.at.least(50);
    });

    for (const tag of TAGS) {
      // One test per attribute (56 payloads as the attribute, then as its property), on one element: the guide, with
      // eight sections, takes 20 to 35 s for all of them in Chromium with coverage beside Firefox on two cores.
      describe(`<${tag}>: nothing runs and nothing is injected`, () => {
        const attributes = attributesOf(tag);
        let host: Lit;
        let w: ReturnType<typeof captureWarnings>;
        /** What the element's own clean render has of what is counted as risky (the diary's form). */
        let own: Record<string, number>;
        before(async () => {
          w = captureWarnings();
          const el = await fixture<Lit>(html`<div></div>`);
          host = document.createElement(tag);
          el.append(host);
          await host.updateComplete;
          own = riskyCounts(host);
        });
        after(() => {
          w.restore();
        });

        it('has the attributes every element has', () => {
          for (const known of ['heading-level', 'theme', 'lang', 'reviewed-by', 'reviewed-on']) expect(attributes).to.include(known);
        });

        for (const attribute of attributes) {
          it(`through ${attribute} and its property`, async function () {
            this.timeout(30000);
            for (const payload of PAYLOADS) {
              const before = w.messages.length;
              host.setAttribute(attribute, payload);
              await host.updateComplete;
              assertClean(host, `${tag} ${attribute}=${JSON.stringify(payload.slice(0, 40))}`, own);
              // One warning at most for one bad value.
              expect(w.messages.length - before, `${attribute}=${payload.slice(0, 30)}`).to.be.at.most(1);
              host.removeAttribute(attribute);
            }
            // Properties take the same values.
            const property = attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
            for (const payload of PAYLOADS) {
              (host as unknown as Record<string, unknown>)[property] = payload;
              await host.updateComplete;
              assertClean(host, `${tag}.${property}`, own);
            }
            host.removeAttribute(attribute);
            await host.updateComplete;
          });
        }

        it('still shows its content after all that, and ran nothing', async () => {
          if (tag === 'cramp-stretch-card') host.setAttribute('stretch', 'wall-calf');
          await host.updateComplete;
          expect(deep(host.shadowRoot!).length, tag).to.be.greaterThan(5);
          await aTimeout(50);
          expect(fired, tag).to.equal(0);
        });
      });
    }

    it('runs nothing from checklist values, saved answers or copied text', async () => {
      const w = captureWarnings();
      try {
        localStorage.setItem(DEFAULT_STORAGE_KEY, JSON.stringify({ v: 1, checked: [...PAYLOADS, 'diet'] }));
        const el = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        expect(el.value).to.deep.equal(['diet']);
        // @ts-expect-error: hostile ids: TypeScript refuses them; a page's script may still set them
        el.value = [...PAYLOADS, 'statin'];
        await el.updateComplete;
        expect(el.value).to.deep.equal(['statin']);
        assertClean(el, 'checklist', riskyCounts(await fixture(html`<cramp-risk-checklist></cramp-risk-checklist>`)));
        expect(el.summaryText()).to.not.contain('<');
        await aTimeout(50);
        expect(fired).to.equal(0);
      } finally {
        localStorage.removeItem(DEFAULT_STORAGE_KEY);
        w.restore();
      }
    });

    it('runs nothing from diary notes, values, saved entries or copied text', async () => {
      const w = captureWarnings();
      const entry = (id: string, note: string) => ({
        id,
        at: '2026-12-01T03:00',
        leg: 'left',
        place: 'calf',
        minutes: 2,
        severity: 'mild',
        doing: 'asleep',
        helped: [],
        swelling: false,
        note,
      });
      try {
        const clean = riskyCounts(await fixture(html`<cramp-diary></cramp-diary>`));
        localStorage.setItem(
          DIARY_STORAGE_KEY,
          JSON.stringify({
            by: 'cramp-kit',
            v: 1,
            entries: [...PAYLOADS.map((p, i) => entry(`s${String(i)}`, p)), { ...entry('bad', ''), at: PAYLOADS[0] }],
          }),
        );
        const el = await fixture<CrampDiary>(html`<cramp-diary persist></cramp-diary>`);
        expect(el.value).to.have.length(PAYLOADS.length);
        el.value = PAYLOADS.map((p, i) => ({ ...entry(`v${String(i)}`, p), id: i % 2 ? p : `v${String(i)}` })) as never;
        await el.updateComplete;
        // Payloads given as ids are left out, but for a plain word ("constructor"), which is a fine id.
        expect(el.value.length).to.be.within(Math.ceil(PAYLOADS.length / 2), Math.ceil(PAYLOADS.length / 2) + 1);
        expect(el.value.every((e) => /^[\w-]{1,40}$/.test(e.id))).to.equal(true);
        assertClean(el, 'diary', clean);
        expect(el.summaryText()).to.contain(PAYLOADS[0]);
        await aTimeout(50);
        expect(fired).to.equal(0);
      } finally {
        localStorage.removeItem(DIARY_STORAGE_KEY);
        w.restore();
      }
    });

    it('shows slotted content as the site wrote it, and markup-looking text as text', async () => {
      const el = await fixture<Lit>(html`<cramp-care-advice><p slot="contact"></p></cramp-care-advice>`);
      const p = el.querySelector('p')!;
      for (const payload of PAYLOADS) {
        p.textContent = payload;
        await el.updateComplete;
        expect(p.textContent).to.equal(payload);
        expect(p.children).to.have.length(0);
      }
      assertClean(el, 'care advice');
      await aTimeout(50);
      expect(fired).to.equal(0);
    });
  });

  describe('a strict Content Security Policy with Trusted Types', () => {
    it('lets every element work with no violation', async () => {
      const iframe = await frame({ src: '/csp/page.html' });
      const win = iframe.contentWindow as Window & { violations: string[] };
      const doc = win.document;
      await win.customElements.whenDefined('cramp-guide');
      await allRendered(doc);
      const guide = doc.querySelector('cramp-guide')!;
      const part = (id: string) => guide.shadowRoot!.querySelector(`#${id}`)!;
      // Use them: open a cause, tick answers (with persist), start a timer, print, jump.
      part('causes').shadowRoot!.querySelector<HTMLElement>('#button-strain')!.click();
      doc.querySelector('cramp-risk-checklist')!.shadowRoot!.querySelector<HTMLElement>('input[value="severe"]')!.click();
      part('checklist').shadowRoot!.querySelector<HTMLElement>('input[value="diet"]')!.click();
      doc.querySelector('cramp-stretch-card')!.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
      guide.shadowRoot!.querySelector<HTMLElement>('[part="contents"] a')!.click();
      win.print = () => undefined;
      doc.querySelector('cramp-risk-checklist')!.shadowRoot!.querySelector<HTMLElement>('.print')!.click();
      win.dispatchEvent(new Event('afterprint'));
      await aTimeout(200);
      expect(win.violations).to.deep.equal([]);
      // Everything rendered, and the JSON-LD went in through the cramp-kit policy.
      expect(part('causes').shadowRoot!.querySelector('#button-strain')!.getAttribute('aria-expanded')).to.equal('true');
      expect(doc.querySelector('cramp-risk-checklist')!.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);
      expect(doc.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      // The probe does catch a violation when there is one: an inline style the policy forbids.
      doc.body.setAttribute('style', 'color: red');
      await aTimeout(100);
      expect(win.violations.length).to.be.greaterThan(0);
      iframe.remove();
    });
  });

  describe('a page that runs its own lit under Trusted Types', () => {
    it('keeps the site’s lit and the CDN bundle working, without allow-duplicates', async () => {
      const iframe = await frame({ src: '/csp/own-lit.html' });
      const win = iframe.contentWindow as Window & { violations: string[]; errors: string[] };
      await Promise.race([win.customElements.whenDefined('cramp-care-advice'), aTimeout(3000)]);
      expect(win.errors).to.deep.equal([]);
      const doc = win.document;
      await allRendered(doc);
      expect(doc.getElementById('site')!.textContent).to.contain("The site's own lit");
      // The kit rendered, with the emergency number it was given.
      expect(doc.querySelector('cramp-care-advice')!.shadowRoot!.querySelector('[part~="action"]')!.textContent).to.contain('999');
      expect(win.errors).to.deep.equal([]);
      expect(win.violations).to.deep.equal([]);
      iframe.remove();
    });
  });

  describe('privacy', () => {
    it('with the autoloader, requests only cramp-kit’s own files', async () => {
      const iframe = await frame({
        srcdoc: `<!doctype html><html lang="en"><head><script type="module" src="${location.origin}/dist/cdn/autoloader.js"></script></head><body>
        <cramp-care-advice emergency-number="999"></cramp-care-advice><cramp-risk-checklist></cramp-risk-checklist></body></html>`,
      });
      const win = iframe.contentWindow!;
      await win.customElements.whenDefined('cramp-risk-checklist');
      await allRendered(win.document);
      for (const input of win.document.querySelector('cramp-risk-checklist')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input'))
        input.click();
      await aTimeout(100);
      const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
      expect(requests.length).to.be.greaterThan(2);
      for (const path of requests) expect(path).to.match(/^\/dist\/cdn\/[\w/.-]+\.js$/);
      expect(win.document.cookie).to.equal('');
      iframe.remove();
    });

    it('requests nothing but its own script, sets no cookie and writes nothing without persist', async () => {
      const iframe = await frame({
        srcdoc: `<!doctype html><html lang="en"><head><script type="module" src="${location.origin}/dist/cdn/cramp-kit.js"></script></head><body>
        <cramp-guide structured-data emergency-number="999"></cramp-guide>
        <cramp-stretch-card stretch="toe-pull"></cramp-stretch-card></body></html>`,
      });
      const win = iframe.contentWindow!;
      await win.customElements.whenDefined('cramp-guide');
      await allRendered(win.document);
      const storage = () => JSON.stringify(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]));
      const storageBefore = storage();
      const guide = win.document.querySelector('cramp-guide')!;
      const part = (id: string) => guide.shadowRoot!.querySelector(`#${id}`)!;
      // Every state: all causes open, tabs, answers ticked (notice on), a timer run, the routine started.
      const explainer = part('causes') as Lit;
      for (const button of explainer.shadowRoot!.querySelectorAll<HTMLElement>('button')) button.click();
      explainer.setAttribute('layout', 'tabs');
      await explainer.updateComplete;
      for (const input of part('checklist').shadowRoot!.querySelectorAll<HTMLInputElement>('input')) input.click();
      part('stretches').shadowRoot!.querySelector<HTMLElement>('.start')!.click();
      win.document.querySelector('cramp-stretch-card')!.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
      await aTimeout(200);
      const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
      expect(requests).to.deep.equal(['/dist/cdn/cramp-kit.js']);
      expect(win.document.cookie).to.equal('');
      expect(storage()).to.equal(storageBefore);
      iframe.remove();
    });
  });
});
