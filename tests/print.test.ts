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
