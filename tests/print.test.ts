import { expect, fixture, html } from '@open-wc/testing';
import '../src/cramp-guide.js';
import '../src/cramp-stretch-card.js';
import type { CrampGuide } from '../src/cramp-guide.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import type { CrampStretchCard } from '../src/cramp-stretch-card.js';
import { $, $$, emulateMedia } from './helpers/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;

/**
 * Print: every element prints legibly, with no buttons or timers and all of its
 * content open. Chromium emulates print media; Firefox cannot here, so there
 * the same checks show the screen layout is untouched.
 */
describe('printing', () => {
  let printing = false;
  let emulated = false;
  before(async () => {
    emulated = await emulateMedia([], 'print');
    printing = matchMedia('print').matches;
  });

  it('runs in print media wherever the browser can emulate it (always in Chromium)', () => {
    if (navigator.userAgent.includes('Chrome/')) expect(emulated).to.equal(true);
    expect(printing).to.equal(emulated);
  });
  after(async () => {
    await emulateMedia([]);
  });

  it('opens every cause, in every explainer layout, and hides tabs and chevrons', async () => {
    const el = await fixture<CrampGuide>(html`<cramp-guide sections="causes"></cramp-guide>`);
    const explainer = $(el, '#causes') as Lit;
    await explainer.updateComplete;
    for (const layout of ['accordion', 'tabs', 'cards']) {
      explainer.setAttribute('layout', layout);
      await explainer.updateComplete;
      const panels = $$(explainer, '[part~="panel"], [part~="card"]');
      expect(panels).to.have.length(6);
      expect(panels.filter(shown).length, layout).to.equal(printing || layout === 'cards' ? 6 : layout === 'tabs' ? 1 : 0);
      for (const hidden of $$(explainer, '[part="tablist"], [part="icon"]')) expect(shown(hidden)).to.equal(!printing);
    }
  });

  it('prints the checklist’s answers and summary without its buttons', async () => {
    const el = await fixture<CrampGuide>(html`<cramp-guide sections="checklist"></cramp-guide>`);
    const checklist = el.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
    checklist.value = ['diet'];
    await checklist.updateComplete;
    expect(shown($(checklist, '[part="summary"]'))).to.equal(true);
    expect(shown($(checklist, '[part="actions"]'))).to.equal(!printing);
  });

  /** Clicks a checklist's Print summary with window.print stubbed; `during` runs while "printing". */
  async function printFrom(checklist: CrampRiskChecklist, during: () => void = () => undefined) {
    const print = window.print;
    window.print = during;
    try {
      $(checklist, '.print').click();
    } finally {
      window.print = print;
    }
    await checklist.updateComplete;
  }
  const visible = (el: Element) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().height > 0;

  it('prints the checklist alone, from inside the guide as on its own', async () => {
    const guide = await fixture<CrampGuide>(html`<cramp-guide></cramp-guide>`);
    const inGuide = guide.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
    const alone = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist></cramp-risk-checklist>`);
    for (const checklist of [inGuide, alone]) {
      checklist.value = ['diet'];
      await checklist.updateComplete;
      let seen: Record<string, boolean> = {};
      await printFrom(checklist, () => {
        seen = {
          summary: visible($(checklist, '[part="summary"]')),
          ticked: visible($(checklist, 'input[value="diet"]').closest('label')!),
          guideTitle: visible($(guide, '[part="title"]')),
          causes: visible($($(guide, '#causes'), '[part="title"]')),
          other: visible(checklist === alone ? $(inGuide, '[part="summary"]') : $(alone, '[part="summary"]')),
        };
      });
      window.dispatchEvent(new Event('afterprint'));
      // In print media only the checklist shows; on screen (no print emulation) nothing changes.
      expect(seen, checklist === alone ? 'alone' : 'in the guide').to.deep.equal({
        summary: true,
        ticked: true,
        guideTitle: !printing,
        causes: !printing,
        other: !printing,
      });
      expect(visible($(guide, '[part="title"]'))).to.equal(true);
    }
  });

  it('piles nothing up when the browser never says printing ended', async () => {
    const first = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist></cramp-risk-checklist>`);
    const second = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist storage-key="two"></cramp-risk-checklist>`);
    const sheets = document.adoptedStyleSheets.length;
    const add = window.addEventListener;
    let listeners = 0;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
      if (args[0] === 'afterprint') listeners += 1;
      add.apply(this, args);
    } as typeof add;
    try {
      for (let i = 0; i < 5; i += 1) await printFrom(first);
      await printFrom(second);
    } finally {
      window.addEventListener = add;
    }
    expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
    expect(listeners).to.be.at.most(1);
    // Only the last one asked for is marked to print.
    expect([first, second].map((el) => el.hasAttribute('data-cramp-printing'))).to.deep.equal([false, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect([first, second].map((el) => el.hasAttribute('data-cramp-printing'))).to.deep.equal([false, false]);
  });

  it('takes its print sheet down when it leaves the page before the browser said printing ended, and is let go (issue 26)', async () => {
    const sheets = document.adoptedStyleSheets.length;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><p>The page's own words</p><cramp-risk-checklist storage-key="gone"></cramp-risk-checklist></div>`,
    );
    const held = await (async () => {
      // Its own scope: nothing here holds the checklist once it is removed.
      const checklist = wrapper.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
      await checklist.updateComplete;
      await printFrom(checklist);
      expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
      // No afterprint ever comes (some browsers never send it); the site takes the checklist away.
      checklist.remove();
      return new WeakRef(checklist);
    })();
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    // The page prints as it is again: nothing hidden by the old sheet.
    expect(visible(wrapper.querySelector('p')!)).to.equal(true);
    const gc = (window as { gc?: () => void }).gc;
    if (gc) {
      for (let i = 0; i < 5 && held.deref(); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        gc();
      }
      expect(held.deref(), 'the removed checklist is still held').to.equal(undefined);
    }
  });

  it('prints a stretch without its timer or buttons, and a routine without its buttons', async () => {
    const card = await fixture<CrampStretchCard>(html`<cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>`);
    expect(shown($(card, '[part="steps"]'))).to.equal(true);
    expect(shown($(card, '[part="picture"]'))).to.equal(true);
    expect(shown($(card, '[role="timer"]'))).to.equal(!printing);
    expect(shown($(card, '[part="controls"]'))).to.equal(!printing);
    const guide = await fixture<CrampGuide>(html`<cramp-guide sections="stretches"></cramp-guide>`);
    const routine = $(guide, '#stretches') as Lit;
    await routine.updateComplete;
    expect(shown($(routine, '[part="nav"]'))).to.equal(!printing);
  });

  it('prints the whole guide without its contents links, with sources and review dates', async () => {
    const el = await fixture<CrampGuide>(html`<cramp-guide></cramp-guide>`);
    expect(shown($(el, '[part="contents"]'))).to.equal(!printing);
    for (const part of ['source-list', 'reviewed', 'disclaimer']) expect(shown($(el, `[part="${part}"]`)), part).to.equal(true);
  });
});
