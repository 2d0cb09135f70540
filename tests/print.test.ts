import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/cramp-guide.js';
import '../src/cramp-stretch-card.js';
import '../src/cramp-diary.js';
import type { CrampGuide } from '../src/cramp-guide.js';
import type { CrampDiary } from '../src/cramp-diary.js';
import type { DiaryEntry } from '../src/content/index.js';
import { toAt } from '../src/elements/cramp-diary/entries.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import type { CrampStretchCard } from '../src/cramp-stretch-card.js';
import { $, $$, emulateMedia, until } from './helpers/index.js';
import { en } from '../src/content/en.js';

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

  it('leaves the rest of the page out of the printout, not only hidden (it printed as blank pages), and takes every mark off after', async () => {
    const page = await fixture<HTMLElement>(html`<div><p>The page's own words</p><cramp-guide sections="checklist"></cramp-guide></div>`);
    const words = page.querySelector('p')!;
    const guide = page.querySelector<CrampGuide>('cramp-guide')!;
    await guide.updateComplete;
    const checklist = guide.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
    let seen = { words: -1, guide: false };
    await printFrom(checklist, () => {
      seen = { words: words.getBoundingClientRect().height, guide: guide.hasAttribute('data-cramp-printing') };
    });
    // In print the words take no room (on screen, where print cannot be emulated, they keep theirs); the guide holding the checklist stays.
    expect(seen.words === 0).to.equal(printing);
    expect(seen.guide).to.equal(true);
    expect(visible($(checklist, '[part="summary"]'))).to.equal(true);
    // The guide drops the checklist before the browser said printing ended: its mark goes with the checklist's.
    guide.setAttribute('sections', 'intro');
    await guide.updateComplete;
    expect(document.querySelectorAll('[data-cramp-printing]')).to.have.length(0);
    expect(words.getBoundingClientRect().height).to.be.greaterThan(0);
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

  /**
   * A realistic diary: 12 weeks of cramps, 3 a week (36; the summary counts
   * the last 8 weeks, and print lists the newest 12), mostly at night, some
   * with a note; one over 10 minutes and one with swelling in both legs, so
   * both notices print.
   */
  function twelveWeeks(): DiaryEntry[] {
    const legs = ['left', 'right', 'left', 'both'] as const;
    const places = ['calf', 'knee', 'calf', 'thigh', 'foot'] as const;
    const notes = ['', 'Woke me up. Walked it off.', '', 'After a long walk in the hills, new shoes.'];
    return Array.from({ length: 36 }, (_, i) => ({
      id: `p${String(i)}`,
      at: toAt(new Date(Date.now() - (i * 7 * 24 * 60 * 60 * 1000) / 3 - ((i % 4) * 5 + 1) * 60 * 60 * 1000)),
      leg: legs[i % 4]!,
      place: places[i % 5]!,
      minutes: i === 4 ? 15 : (i % 6) + 1,
      severity: (['mild', 'moderate', 'severe'] as const)[i % 3]!,
      doing: (['asleep', 'resting', 'exercise'] as const)[i % 3]!,
      helped: i % 2 ? ['stretch', 'massage'] : ['stand'],
      swelling: i === 7,
      note: notes[i % 4]!,
    }));
  }

  /**
   * Where a page's printable area is: the paper less 0.5 in (12.7 mm) on each
   * side, Firefox's default margins and wider than Chromium's, in CSS pixels
   * (96 to the inch, as print lays them out).
   */
  const PX_PER_MM = 96 / 25.4;
  const MARGIN_MM = 12.7;
  const PAPERS = { A4: [210, 297], Letter: [215.9, 279.4] } as const;

  /**
   * One page, measured without a PDF (the test page cannot make one): in
   * print media (Chromium emulates it), the viewport is set to a paper's
   * printable area, which is what print lays the page out in (its initial
   * containing block, where the diary printing alone is placed); then the
   * page's whole height (the diary and what is hidden around it, which still
   * takes room: it would print as blank pages) must be no more than that
   * area's height, and nothing may be wider. Checked once against real PDFs
   * of the same page from Chromium (page.pdf, outside the test runner): 6
   * pages before the print styles were fixed, 1 on A4 and 1 on Letter after.
   * Firefox and WebKit cannot emulate print here: there, the same steps show
   * the screen is untouched while the diary is marked to print.
   */
  it('prints the diary’s summary, with the checklist’s answers on the page, on one A4 and one Letter page', async () => {
    const page = await fixture<HTMLElement>(html`<article>
      <h1>Cramps behind the knee</h1>
      <p>A blog post, then the checklist and the diary.</p>
      <cramp-risk-checklist></cramp-risk-checklist>
      <cramp-diary emergency-number="999"></cramp-diary>
    </article>`);
    const checklist = page.querySelector('cramp-risk-checklist')!;
    const diary = page.querySelector<CrampDiary>('cramp-diary')!;
    checklist.value = ['low-fluids', 'diet', 'new-exercise', 'tight-calves', 'over-60', 'sleep', 'frequent'];
    diary.value = twelveWeeks();
    await diary.updateComplete;
    // Print summary, with window.print stubbed: the diary asks for it once the checklist's answers are in.
    const print = window.print;
    let asked = false;
    window.print = () => {
      asked = true;
    };
    try {
      $(diary, '.print').click();
      await until(() => asked);
    } finally {
      window.print = print;
    }
    try {
      expect(diary.hasAttribute('data-cramp-printing')).to.equal(true);
      // The checklist's answers, the causes they point to and its notice; not what may help (the page would not fit).
      const answers = $(diary, '[part="checklist"]').textContent;
      for (const label of [en.risks.diet.label, en.about.frequent.label, en.causes.strain.title, en.checklist.notice.soon.title])
        expect(answers).to.include(label);
      expect(answers).not.to.include(en.causes.strain.helps[0]!);
      for (const [paper, [w, h]] of Object.entries(PAPERS)) {
        const width = Math.floor((w - 2 * MARGIN_MM) * PX_PER_MM);
        const height = Math.floor((h - 2 * MARGIN_MM) * PX_PER_MM);
        await setViewport({ width, height });
        const box = diary.getBoundingClientRect();
        // The page's height: the diary's, to the fraction of a pixel, or more if anything else takes room.
        const printed = Math.max(document.documentElement.scrollHeight, box.bottom + scrollY);
        if (printing) {
          // The summary, the notices, the newest 12 cramps and the checklist's answers all print.
          for (const part of ['summary', 'safety', 'list', 'checklist', 'footer'])
            expect(visible($(diary, `[part="${part}"]`)), part).to.equal(true);
          expect($$(diary, '[part="entry"]').filter(visible)).to.have.length(12);
          expect(Math.round(box.width), paper).to.equal(document.documentElement.clientWidth);
          expect(document.documentElement.scrollWidth, `${paper}: nothing wider than the page`).to.be.at.most(width);
          expect(printed, `${paper}: ${String(height)} px high at most`).to.be.at.most(height);
        } else {
          expect(shown($(diary, '[part="form"]')), paper).to.equal(true);
          expect(getComputedStyle(diary).position, paper).to.equal('static');
        }
      }
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await setViewport({ width: 800, height: 600 });
    }
  });
});
