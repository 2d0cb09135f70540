import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { TAGS, attributesOf, captureWarnings, deep, exampleAttributes, propertiesOf } from './helpers/index.js';
import { watching } from '../src/core/lang.js';
import { registerContentPack, type PartialWords } from '../src/content/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate: () => void };

/** Values a careless site might give: random text, numbers, empty, very long, white space, odd Unicode. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '\n\t ', 'undefined', 'null', 'NaN', '-0', '1e309', '0x10'),
  fc.string({ minLength: 2000, maxLength: 6000 }),
  fc.array(fc.constantFrom('strain', 'diet', 'wall-calf', 'care', 'causes', 'foo', ''), { maxLength: 6 }).map((a) => a.join(' ')),
);

/**
 * Gives a new element a value (twice, as a second render would), then
 * checks what a reader gets: at most one warning, and something readable on
 * screen (never blank).
 */
async function expectQuietAndShown(tag: string, messages: string[], give: (host: Lit) => void, label: string): Promise<void> {
  const host = document.createElement(tag) as Lit;
  for (const [k, v] of Object.entries(exampleAttributes(tag))) host.setAttribute(k, v);
  document.body.append(host);
  try {
    const before = messages.length;
    give(host);
    await host.updateComplete;
    give(host);
    host.requestUpdate();
    await host.updateComplete;
    // The same bad value twice: still one warning at most.
    expect(messages.length - before, label).to.be.at.most(1);
    const shown = deep(host.shadowRoot!).some((el) => el.textContent.trim() && el.getBoundingClientRect().height > 0);
    expect(shown, label).to.equal(true);
  } finally {
    host.remove();
  }
}

describe('robustness', () => {
  let uncaught: string[] = [];
  const onError = (e: ErrorEvent) => {
    uncaught.push(e.message);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    uncaught.push(String(e.reason));
  };
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught = [];
  });

  describe('fuzzing every attribute (fast-check)', () => {
    for (const tag of TAGS) {
      it(`<${tag}>: no uncaught error, never blank, at most one warning per bad value`, async () => {
        const w = captureWarnings();
        try {
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...attributesOf(tag)), value, (attribute, text) =>
              expectQuietAndShown(
                tag,
                w.messages,
                (host) => {
                  host.setAttribute(attribute, text);
                },
                `${attribute}=${JSON.stringify(text.slice(0, 30))}`,
              ),
            ),
            { numRuns: 60 },
          );
          await aTimeout(0);
          expect(uncaught).to.deep.equal([]);
        } finally {
          w.restore();
        }
      });
    }
  });

  describe('fuzzing every property with what frameworks pass (fast-check)', () => {
    /** Numbers, arrays, booleans, null, undefined, objects: what React, Vue and Angular bindings set. */
    const prop = fc.oneof(
      fc.integer({ min: -10, max: 100 }),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(null, undefined, {}, [], [[]], Symbol.for('x'), () => 'f', new Date(0), Number.NaN),
      fc.array(
        fc.oneof(fc.constantFrom('strain', 'diet', 'wall-calf', 'care', 'causes', 'hamstring', 'foo', ''), fc.integer(), fc.constant(null)),
        { maxLength: 5 },
      ),
      fc.string({ maxLength: 20 }),
    );
    for (const tag of TAGS) {
      it(`<${tag}>: no uncaught error, never blank, at most one warning per value, for every property`, async () => {
        const w = captureWarnings();
        const names = propertiesOf(tag);
        expect(names).to.include('headingLevel');
        try {
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...names), prop, (name, v) =>
              expectQuietAndShown(
                tag,
                w.messages,
                (host) => {
                  (host as unknown as Record<string, unknown>)[name] = v;
                },
                `${name}=${typeof v}`,
              ),
            ),
            { numRuns: 80 },
          );
          await aTimeout(0);
          expect(uncaught).to.deep.equal([]);
        } finally {
          w.restore();
        }
      });
    }

    it('reads blank text and empty lists as not set, with no warning, and leaves a blank attribute the page wrote', async () => {
      const w = captureWarnings();
      try {
        const explainer = await fixture<Lit & Record<string, unknown>>(
          html`<cramp-cause-explainer causes="strain" theme=""></cramp-cause-explainer>`,
        );
        for (const blank of [[], [''], '', ' ', null, undefined]) {
          explainer.causes = 'strain';
          await explainer.updateComplete;
          explainer.causes = blank;
          await explainer.updateComplete;
          expect(explainer.shadowRoot!.querySelectorAll('[part~="item"]').length, JSON.stringify(blank)).to.equal(6);
        }
        expect(explainer.getAttribute('theme')).to.equal('');
        const card = await fixture<Lit>(html`<cramp-stretch-card stretch=" "></cramp-stretch-card>`);
        expect(card.getAttribute('stretch')).to.equal(' ');
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('needs a stretch attribute');
        // Something unusable names both the attribute and the property.
        explainer.headingLevel = { level: 3 };
        await explainer.updateComplete;
        expect(w.messages[1]).to.contain('heading-level (property headingLevel): ignored a value of type object');
      } finally {
        w.restore();
      }
    });

    it('takes numbers and arrays as a framework passes them, with the meaning they have as attributes', async () => {
      const explainer = await fixture<Lit & Record<string, unknown>>(html`<cramp-cause-explainer></cramp-cause-explainer>`);
      explainer.headingLevel = 4;
      explainer.causes = ['strain', 'genetics'];
      explainer.open = ['genetics'];
      await explainer.updateComplete;
      const root = explainer.shadowRoot!;
      expect(root.querySelector('[part~="title"]')!.localName).to.equal('h4');
      expect(root.querySelectorAll('[part~="item"]').length).to.equal(2);
      expect(root.querySelector('#button-genetics')!.getAttribute('aria-expanded')).to.equal('true');

      const card = await fixture<Lit & Record<string, unknown>>(html`<cramp-stretch-card stretch="hamstring"></cramp-stretch-card>`);
      card.hold = 20;
      card.reps = 2;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="dose"]')!.textContent).to.match(/20 seconds/);

      const routine = await fixture<Lit & Record<string, unknown>>(html`<cramp-stretch-routine></cramp-stretch-routine>`);
      routine.stretches = ['hamstring', 'wall-calf'];
      await routine.updateComplete;
      expect(routine.shadowRoot!.querySelector('[part~="progress"]')!.textContent).to.match(/of 2/);

      const guide = await fixture<Lit & Record<string, unknown>>(html`<cramp-guide></cramp-guide>`);
      guide.sections = ['intro', 'care'];
      await guide.updateComplete;
      expect(guide.shadowRoot!.querySelectorAll('.section').length).to.equal(2);
    });
  });

  describe('leaks', () => {
    /** Counts what an element leaves behind: pending timeouts and listeners on window and document. */
    function track() {
      const timers = new Set<unknown>();
      const listeners = new Map<string, number>();
      const saved = {
        setTimeout: window.setTimeout,
        clearTimeout: window.clearTimeout,
        winAdd: window.addEventListener,
        winRemove: window.removeEventListener,
        docAdd: document.addEventListener,
        docRemove: document.removeEventListener,
      };
      const set = saved.setTimeout as unknown as (fn: () => void, ms?: number) => unknown;
      const clear = saved.clearTimeout as unknown as (id: unknown) => void;
      (window as unknown as { setTimeout: unknown }).setTimeout = (fn: () => void, ms?: number) => {
        const id = set.call(
          window,
          () => {
            timers.delete(id);
            fn();
          },
          ms,
        );
        timers.add(id);
        return id;
      };
      (window as unknown as { clearTimeout: unknown }).clearTimeout = (id: unknown) => {
        timers.delete(id);
        clear.call(window, id);
      };
      const count = (target: string, add: boolean) =>
        function (this: EventTarget, type: string, ...rest: unknown[]) {
          const key = `${target}:${type}`;
          listeners.set(key, (listeners.get(key) ?? 0) + (add ? 1 : -1));
          const original = target === 'window' ? (add ? saved.winAdd : saved.winRemove) : add ? saved.docAdd : saved.docRemove;
          (original as (...a: unknown[]) => void).call(this, type, ...rest);
        };
      window.addEventListener = count('window', true) as typeof window.addEventListener;
      window.removeEventListener = count('window', false) as typeof window.removeEventListener;
      document.addEventListener = count('document', true) as typeof document.addEventListener;
      document.removeEventListener = count('document', false) as typeof document.removeEventListener;
      return {
        timers,
        listeners: () => [...listeners].filter(([, n]) => n !== 0),
        restore: () => {
          Object.assign(window, { setTimeout: saved.setTimeout, clearTimeout: saved.clearTimeout });
          window.addEventListener = saved.winAdd;
          window.removeEventListener = saved.winRemove;
          document.addEventListener = saved.docAdd;
          document.removeEventListener = saved.docRemove;
        },
      };
    }

    const markup: Record<string, string> = {
      'cramp-cause-explainer': '<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>',
      'cramp-risk-checklist': '<cramp-risk-checklist></cramp-risk-checklist>',
      'cramp-stretch-card': '<cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>',
      'cramp-stretch-routine': '<cramp-stretch-routine></cramp-stretch-routine>',
      'cramp-care-advice': '<cramp-care-advice emergency-number="999"></cramp-care-advice>',
      'cramp-prevention-tips': '<cramp-prevention-tips></cramp-prevention-tips>',
      'cramp-guide': '<cramp-guide structured-data sections="intro causes checklist care sources"></cramp-guide>',
    };

    /** Creates, uses and removes an element. */
    async function cycle(container: HTMLElement, tag: string): Promise<void> {
      container.innerHTML = markup[tag]!;
      const el = container.firstElementChild as Lit;
      await el.updateComplete;
      const root = el.shadowRoot!;
      // Use it: the first button (open a cause, start a timer, clear...) and a checkbox.
      root.querySelector<HTMLElement>('button')?.click();
      root.querySelector<HTMLInputElement>('input')?.click();
      await el.updateComplete;
      el.remove();
    }

    const gc = (window as { gc?: () => void }).gc;
    const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

    for (const tag of Object.keys(markup)) {
      it(`<${tag}>: created, used and removed 1,000 times (200 where the heap is not measured), leaves no timer, listener or JSON-LD behind`, async function () {
        // The guide holds seven elements (the during-a-cramp card too): 1,000 of them take longer on two cores, and a heap
        // that jumped once is measured over another 1,000 (a guide's cycle takes 9 to 27 ms here): up to 60 s in all.
        this.timeout(90000);
        // Where the heap cannot be measured (Firefox, WebKit), 200 cycles show a timer or listener left behind each time
        // as surely as 1,000. In Firefox, the garbage of the whole file's 7,000 cycles brought collector pauses of up to
        // 7 s, and the guide's 1,000 ran over the time limit in CI.
        const cycles = gc ? 1000 : 200;
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        for (let i = 0; i < 20; i += 1) await cycle(container, tag); // warm up caches and lazy singletons
        gc?.();
        const heapBefore = heap();
        const t = track();
        try {
          for (let i = 0; i < cycles; i += 1) await cycle(container, tag);
          await aTimeout(0);
          expect([...t.timers], 'timeouts still pending').to.deep.equal([]);
          expect(t.listeners(), 'listeners left on window or document').to.deep.equal([]);
        } finally {
          t.restore();
        }
        expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
        // Nor in cramp-kit's own shared listeners (lang changes, content packs).
        expect(watching(), 'elements still watching for lang changes').to.equal(0);
        gc?.();
        const heapAfter = heap();
        // Chromium runs with --expose-gc and precise memory info (see web-test-runner.config.mjs).
        if (navigator.userAgent.includes('Chrome/')) expect(gc && heapBefore, 'gc and heap size in Chromium').to.be.a('number');
        if (gc && heapBefore !== undefined && heapAfter !== undefined) {
          let grew = heapAfter - heapBefore;
          // The heap is shared with the other test files running at the same time, so a
          // jump once may be theirs: a leak shows again over another 1,000 cycles.
          if (grew >= 2_000_000) {
            gc();
            const again = heap()!;
            for (let i = 0; i < 1000; i += 1) await cycle(container, tag);
            gc();
            grew = heap()! - again;
          }
          console.log(`heap ${tag}: ${String(grew)} bytes over 1,000 cycles`);
          // Chromium: the heap may not grow by more than 2 MB over 1,000 cycles (2 kB a cycle).
          expect(grew, `heap grew by ${String(grew)} bytes`).to.be.below(2_000_000);
        }
      });
    }
  });

  describe('moved into another document', () => {
    /** What only the kit's own styles give: adopted sheets, a visually hidden live region, a block base and the tokens. */
    const styled = (host: Element) => {
      const root = host.shadowRoot!;
      const view = host.ownerDocument.defaultView!;
      const hidden = root.querySelector('.visually-hidden');
      return {
        sheets: root.adoptedStyleSheets.length > 0 || root.querySelector('style') !== null,
        hidden: hidden ? view.getComputedStyle(hidden).position === 'absolute' : true,
        display: view.getComputedStyle(root.querySelector('[part="base"]')!).display !== 'inline',
        tokens: view.getComputedStyle(host).getPropertyValue('--_radius').trim() !== '',
      };
    };
    const ok = { sheets: true, hidden: true, display: true, tokens: true };

    it('is styled, with no error, when made here and first put on the page inside an iframe', async () => {
      // An iframe with no address has its (blank) document at once: no load to wait for, which
      // Firefox sometimes never sent for a srcdoc frame while another browser ran the suite.
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      try {
        for (const tag of ['cramp-care-advice', 'cramp-guide'] as const) {
          const el = document.createElement(tag) as unknown as Lit;
          iframe.contentDocument!.body.append(el);
          await el.updateComplete;
          expect(styled(el), tag).to.deep.equal(ok);
        }
        expect(uncaught).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });

    it('keeps its styles when moved into an iframe (adoptNode) and back, with the parts inside the guide', async function () {
      // Every element renders three times here (the guide is large): slow when both browsers share the machine.
      this.timeout(30000);
      // An iframe with no address has its (blank) document at once: no load to wait for, which
      // Firefox sometimes never sent for a srcdoc frame while another browser ran the suite.
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      const doc = iframe.contentDocument!;
      try {
        for (const tag of TAGS) {
          const el = await fixture<Lit>(html`<div></div>`).then((div) => {
            const host = document.createElement(tag) as Lit;
            for (const [k, v] of Object.entries(exampleAttributes(tag))) host.setAttribute(k, v);
            div.append(host);
            return host;
          });
          await el.updateComplete;
          expect(styled(el), `${tag} at home`).to.deep.equal(ok);
          doc.body.append(doc.adoptNode(el));
          // Firefox ESR 140.12 may give an element adopted into another window's document that window's
          // plain prototype, with no callback of ours run after it that could give its class back (one
          // appended there is given it back: core/adopt.ts, keepClass). A browser defect, said in the
          // README: the element is left as the browser left it.
          if (typeof el.requestUpdate !== 'function' && navigator.userAgent.includes('Firefox/')) {
            el.remove();
            continue;
          }
          el.requestUpdate();
          await el.updateComplete;
          expect(el.ownerDocument).to.equal(doc);
          expect(styled(el), `${tag} in the iframe`).to.deep.equal(ok);
          if (tag === 'cramp-guide') {
            for (const inner of el.shadowRoot!.querySelectorAll('[id]')) {
              if (inner.shadowRoot) expect(styled(inner), `${inner.localName} in the guide, in the iframe`).to.deep.equal(ok);
            }
          }
          document.body.append(el);
          await el.updateComplete;
          expect(styled(el), `${tag} back home`).to.deep.equal(ok);
          el.remove();
        }
        expect(uncaught).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  });

  describe('content packs a page gets wrong', () => {
    const title = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent.trim();
    const thrower = () => {
      throw new Error('read me not');
    };
    const traps = (lang: string): [string, () => unknown][] => [
      ['a getter that throws, for lang', () => Object.defineProperty({}, 'lang', { get: thrower, enumerable: true })],
      [
        'a getter that throws, deep inside',
        () => ({ lang, careText: Object.defineProperty({}, 'title', { get: thrower, enumerable: true }) }),
      ],
      ['a Proxy whose get throws', () => new Proxy({ lang, careText: { title: 'Proxy' } }, { get: thrower })],
      ['a Proxy whose ownKeys throws', () => new Proxy({ lang, careText: { title: 'Proxy' } }, { ownKeys: thrower })],
      [
        'a revoked Proxy, deep inside',
        () => {
          const { proxy, revoke } = Proxy.revocable({ title: 'Revoked' }, {});
          revoke();
          return { lang, careText: proxy };
        },
      ],
      [
        'a pack that holds itself',
        () => {
          const pack: Record<string, unknown> = { lang };
          pack.careText = pack;
          return pack;
        },
      ],
    ];
    for (const [i, [label]] of traps('').entries()) {
      it(`refuses ${label} with one warning: registerContentPack does not throw, no uncaught error, the element stays English`, async () => {
        const lang = `x-trap-${String(i)}`;
        const el = await fixture<Lit>(html`<cramp-care-advice lang=${lang}></cramp-care-advice>`);
        const w = captureWarnings();
        try {
          const pack = traps(lang)[i]![1]();
          expect(() => {
            registerContentPack(pack as PartialWords & { lang: string });
          }).to.not.throw();
          el.requestUpdate();
          await el.updateComplete;
          await aTimeout(0);
          expect(w.messages).to.have.length(1);
          expect(w.messages[0]).to.contain('registerContentPack');
          expect(title(el)).to.equal('When to get help');
          expect(uncaught).to.deep.equal([]);
        } finally {
          w.restore();
        }
      });
    }

    it('takes the new words of a pack object edited and registered again', async () => {
      const pack = { lang: 'x-edited', careText: { title: 'First words' } };
      registerContentPack(pack);
      const el = await fixture<Lit>(html`<cramp-care-advice lang="x-edited"></cramp-care-advice>`);
      expect(title(el)).to.equal('First words');
      pack.careText.title = 'Second words';
      registerContentPack(pack);
      await el.updateComplete;
      expect(title(el)).to.equal('Second words');
      // What the page changes afterwards, without registering it again, does not reach the element halfway.
      pack.careText.title = 'Third words';
      el.requestUpdate();
      await el.updateComplete;
      expect(title(el)).to.equal('Second words');
    });
  });

  describe('graceful fallbacks', () => {
    it('works without matchMedia', async () => {
      const saved = window.matchMedia;
      (window as { matchMedia?: unknown }).matchMedia = undefined;
      try {
        const el = await fixture<Lit>(html`<cramp-guide theme="auto"></cramp-guide>`);
        expect(deep(el.shadowRoot!).length).to.be.greaterThan(50);
      } finally {
        window.matchMedia = saved;
      }
    });

    it('works without ElementInternals (older browsers): the checklist ticks, outside forms', async () => {
      const saved = HTMLElement.prototype.attachInternals;
      (HTMLElement.prototype as { attachInternals?: unknown }).attachInternals = undefined;
      try {
        const form = await fixture<HTMLFormElement>(html`<form><cramp-risk-checklist name="r"></cramp-risk-checklist></form>`);
        const el = form.querySelector('cramp-risk-checklist')!;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLElement>('input[value="severe"]')!.click();
        await el.updateComplete;
        expect(el.value).to.deep.equal(['severe']);
        expect(el.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);
        expect(uncaught).to.deep.equal([]);
      } finally {
        HTMLElement.prototype.attachInternals = saved;
      }
    });
  });
});
