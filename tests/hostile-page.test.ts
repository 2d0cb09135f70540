import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { $, $$, deep, frame, until } from './helpers/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Bootstrap 5's CSS (from npm) and the rudest global rules a theme might ship. */
const HOSTILE = `
  * { box-sizing: content-box !important; margin: 7px; }
  html { font-size: 28px; }
  body { font-family: Georgia, serif; color: rgb(30, 30, 30); white-space: nowrap; text-align: center;
         text-transform: uppercase; line-height: 0.8; text-indent: 3em; }
  button { display: none !important; }
  p, li, h2, h3, h4 { color: red !important; font-size: 60px !important; }
  svg { display: none !important; width: 3px !important; }
  [part], [role], .panel, .card { display: none !important; }
  div { padding: 40px !important; }
`;

describe('on a hostile host page', () => {
  const added: Element[] = [];
  before(async () => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    });
    const loaded = new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
    });
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(link, style);
    added.push(link, style);
    await loaded;
    await setViewport({ width: 1000, height: 800 });
  });
  after(async () => {
    for (const el of added) el.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('loaded Bootstrap (the test is real)', () => {
    expect(getComputedStyle(document.body).getPropertyValue('--bs-body-font-size').trim()).to.equal('1rem');
  });

  it('keeps every element intact: buttons shown, text readable, layout whole', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<section>
      <cramp-guide></cramp-guide>
      <cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>
    </section>`);
    const guide = wrapper.querySelector('cramp-guide') as Lit;
    await guide.updateComplete;
    const parts = [...guide.shadowRoot!.querySelectorAll('.section'), wrapper.querySelector('cramp-stretch-card')!] as Lit[];
    for (const part of parts) await part.updateComplete;
    const host = (tag: string) => parts.find((p) => p.localName === tag)!;

    // Buttons the page tried to hide are there, with room to press them.
    for (const tag of ['cramp-cause-explainer', 'cramp-risk-checklist', 'cramp-stretch-card']) {
      const buttons = $$(host(tag), 'button');
      expect(buttons.length, tag).to.be.greaterThan(0);
      for (const b of buttons) {
        expect(getComputedStyle(b).display, tag).to.not.equal('none');
        expect(b.getBoundingClientRect().height, tag).to.be.at.least(44);
      }
    }
    // Text wraps, reads left to right in normal case, and is not forced red or huge.
    const intro = $(host('cramp-cause-explainer'), '[part="intro"]');
    const style = getComputedStyle(intro);
    expect(style.whiteSpace).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(style.textAlign).to.equal('start');
    expect(style.color).to.not.equal('rgb(255, 0, 0)');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
    // The stretch picture is drawn at a sensible size.
    expect($(host('cramp-stretch-card'), '[part="picture"]').getBoundingClientRect().width).to.be.greaterThan(100);
    // Nothing pokes out sideways.
    for (const part of parts) {
      for (const node of $$(part, '*'))
        expect(node.getBoundingClientRect().right, `${part.localName} ${node.className}`).to.be.at.most(1000);
    }
  });

  it('keeps every button inside its element under a page-wide box-sizing: content-box !important', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 600px">
      <cramp-cause-explainer></cramp-cause-explainer>
      <cramp-risk-checklist></cramp-risk-checklist>
      <cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>
    </div>`);
    for (const el of wrapper.children) {
      await (el as Lit).updateComplete;
      const box = el.getBoundingClientRect();
      for (const node of $$(el, 'button, [part~="panel"], [part~="item"], [part~="timer"]')) {
        expect(getComputedStyle(node).boxSizing, `${el.localName} ${node.localName}`).to.equal('border-box');
        expect(node.getBoundingClientRect().right, `${el.localName} ${node.id || node.className}`).to.be.at.most(box.right + 0.5);
      }
    }
  });

  for (const [label, template] of [
    ['visibility: hidden', html`<div style="visibility: hidden"><cramp-cause-explainer></cramp-cause-explainer></div>`],
    ['Bootstrap .invisible', html`<div class="invisible"><cramp-cause-explainer></cramp-cause-explainer></div>`],
    [
      'a closed Bootstrap off-canvas menu',
      html`<div class="offcanvas offcanvas-start"><div class="offcanvas-body"><cramp-cause-explainer></cramp-cause-explainer></div></div>`,
    ],
  ] as const) {
    it(`stays hidden, and out of the Tab order, inside a container the page hides (${label})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(template);
      const el = wrapper.querySelector('cramp-cause-explainer') as Lit;
      await el.updateComplete;
      const button = $(el, 'button') as HTMLButtonElement;
      expect(getComputedStyle(el).visibility).to.equal('hidden');
      expect(getComputedStyle(button).visibility).to.equal('hidden');
      // A hidden button cannot take focus.
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  }

  it('still inherits the page’s font, by default', async () => {
    const el = await fixture<Lit>(html`<cramp-prevention-tips></cramp-prevention-tips>`);
    expect(getComputedStyle($(el, '[part="intro"]')).fontFamily).to.equal(getComputedStyle(document.body).fontFamily);
    expect(getComputedStyle($(el, '[part="intro"]')).fontSize).to.equal('28px');
  });

  it('still works: the accordion opens and the checklist ticks', async () => {
    const el = await fixture<Lit>(html`<cramp-guide sections="causes checklist"></cramp-guide>`);
    const explainer = $(el, '#causes') as Lit;
    const checklist = $(el, '#checklist') as Lit & { value: string[] };
    await explainer.updateComplete;
    await checklist.updateComplete;
    $(explainer, '#button-strain').click();
    $(checklist, 'input[value="diet"]').click();
    await explainer.updateComplete;
    await checklist.updateComplete;
    expect($(explainer, '#button-strain').getAttribute('aria-expanded')).to.equal('true');
    expect(checklist.value).to.deep.equal(['diet']);
  });
});

// ---------------------------------------------------------------- a page that broke its own globals

type Framed = Window & typeof globalThis & { crampLog: string[]; POLLUTED: string };

/** tests/fixtures/page-mistakes.html: a guide and a routine from the CDN bundle, on a page that made `mistakes` before it loaded. */
async function mistaken(mistakes: string): Promise<{ doc: Document; win: Framed }> {
  const iframe = await frame({ src: `/tests/fixtures/page-mistakes.html?mistakes=${mistakes}&script=/dist/cdn/cramp-kit.js` });
  const doc = iframe.contentDocument!;
  // Not through updateComplete: on a page that broke promises, that is what is being tested.
  await until(() => {
    const elements = deep(doc).filter((el) => el.localName.startsWith('cramp-'));
    return elements.length > 5 && elements.every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated);
  }, 10000);
  return { doc, win: iframe.contentWindow as Framed };
}

/** What a reader gets from a page: every text and every link, in every shadow root. */
const readout = (doc: Document) => ({
  text: deep(doc.body)
    .flatMap((el) => [...(el.shadowRoot?.childNodes ?? []), ...el.childNodes])
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent!.trim())
    .filter(Boolean),
  links: deep(doc.body)
    .filter((el): el is HTMLAnchorElement => el.localName === 'a')
    .map((a) => a.getAttribute('href')),
});

/** Resolves true if `promise` settles within `ms`, else false. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => {
      setTimeout(() => {
        resolve(false);
      }, ms);
    }),
  ]);

describe('on a page with its own mistakes', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('reads only its own content on a page that set url, name, citation, rest, then… on every object (Object.prototype): every link the source’s own, the routine starts, updateComplete settles', async function () {
    this.timeout(30000);
    const clean = await mistaken('');
    const polluted = await mistaken('polluted');
    const expected = readout(clean.doc);
    const got = readout(polluted.doc);
    expect(expected.links.length).to.be.greaterThan(50);
    expect(got.links.filter((href) => href === polluted.win.POLLUTED)).to.deep.equal([]);
    expect(got.links).to.deep.equal(expected.links);
    expect(got.text.filter((t) => t.includes('from the page'))).to.deep.equal([]);
    expect(got.text).to.deep.equal(expected.text);

    const guide = polluted.doc.querySelector('cramp-guide') as Lit;
    expect(await settlesWithin(guide.updateComplete, 3000), 'the guide’s updateComplete settles').to.equal(true);
    const routine = polluted.doc.querySelector('cramp-stretch-routine') as Lit;
    expect(await settlesWithin(routine.updateComplete, 3000), 'the routine’s updateComplete settles').to.equal(true);
    $(routine, '.start').click();
    const card = routine.shadowRoot!.querySelector('cramp-stretch-card') as Lit & { state: string };
    await until(() => card.state === 'running', 3000);
    expect(polluted.win.crampLog).to.deep.equal([]);
  });

  it('sends its events to the document on a page whose CustomEvent is an old polyfill (events made with initCustomEvent)', async () => {
    const { doc, win } = await mistaken('custom-event');
    expect(new win.CustomEvent('x', { bubbles: true, composed: true }).composed, 'the polyfill is in place').to.equal(false);
    const heard: { type: string; detail: unknown; bubbles: boolean; composed: boolean }[] = [];
    for (const type of ['cramp-cause-toggle', 'cramp-stretch-start'])
      doc.addEventListener(type, (e) => {
        const { detail } = e as CustomEvent<unknown>;
        heard.push({ type, detail, bubbles: e.bubbles, composed: e.composed });
      });
    const guide = doc.querySelector('cramp-guide')!;
    $($(guide, '#causes'), '#button-strain').click();
    $(doc.querySelector('cramp-stretch-routine')!, '.start').click();
    await until(() => heard.length >= 2, 3000);
    expect(heard).to.deep.equal([
      { type: 'cramp-cause-toggle', detail: { id: 'strain', open: true }, bubbles: true, composed: true },
      { type: 'cramp-stretch-start', detail: { stretch: 'wall-calf' }, bubbles: true, composed: true },
    ]);
    expect(win.crampLog).to.deep.equal([]);
  });
});
