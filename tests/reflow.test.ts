import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { CrampGuide, CrampRiskChecklist, CrampStretchCard } from '../src/index.js';
import { deep, settled } from './helpers/index.js';

// WCAG 1.4.10 (reflow) and 1.4.4 (resize text): a phone 320 px wide, with the reader's text at
// 16 px and at 200 % (32 px), as older readers often set it. Nothing may need sideways scrolling.
describe('reflow at 320 px wide', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const fontSize of ['16px', '32px']) {
    it(`fits the whole guide, in use, with ${fontSize} text`, async () => {
      await setViewport({ width: 320, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: ${fontSize}; margin: 0">
        <cramp-guide emergency-number="999"></cramp-guide>
        <cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>
      </div>`);
      const guide = wrapper.querySelector<CrampGuide>('cramp-guide')!;
      await settled(guide);
      const checklist = guide.shadowRoot!.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
      checklist.value = ['severe', 'family', 'diabetes', 'statin'];
      const card = wrapper.querySelector<CrampStretchCard>('cramp-stretch-card')!;
      card.start();
      const explainer = guide.shadowRoot!.querySelector('cramp-cause-explainer')!;
      explainer.setAttribute('open', 'electrolytes conditions genetics');
      await settled(wrapper);
      const over = deep(wrapper)
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .map(
          (el) =>
            `${el.localName}.${el.getAttribute('class') ?? ''}[${el.getAttribute('part') ?? ''}] ${String(Math.round(el.getBoundingClientRect().right))}`,
        );
      expect(over).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      card.reset();
    });
  }

  for (const lang of ['en', 'es']) {
    it(`fits every element used alone, each group heading of the checklist included, with 32px text (${lang}; issue 26)`, async () => {
      await setViewport({ width: 320, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 32px; margin: 0" lang=${lang}>
        <cramp-risk-checklist emergency-number="999"></cramp-risk-checklist>
        <cramp-cause-explainer layout="tabs"></cramp-cause-explainer>
        <cramp-cause-explainer layout="cards"></cramp-cause-explainer>
        <cramp-prevention-tips></cramp-prevention-tips>
        <cramp-stretch-routine></cramp-stretch-routine>
      </div>`);
      await settled(wrapper);
      const over = deep(wrapper)
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''} ${String(Math.round(el.getBoundingClientRect().right))}`);
      expect(over).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('keeps a long emergency number inside the page at 320 px with 200 % text', async () => {
    await setViewport({ width: 320, height: 800 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 32px; margin: 0">
      <cramp-care-advice emergency-number="+44 1234 567 890 123"></cramp-care-advice>
    </div>`);
    await settled(wrapper);
    const over = deep(wrapper)
      .filter((el) => el.getBoundingClientRect().right > 320.5)
      .map((el) => el.localName + '.' + (el.getAttribute('class') ?? ''));
    expect(over).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

// WCAG 1.4.12 (text spacing): with the spacing a reader may set, and the elements against the
// page's left edge (no page padding), no list number is cut off.
describe('text spacing', () => {
  const SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

  it('keeps every list number of the stretch steps and the sources inside the page', async () => {
    const wrapper =
      await fixture<HTMLDivElement>(html`<div style="margin: 0; position: absolute; inset-inline-start: 0; inset-block-start: 0; inline-size: 600px">
      <cramp-guide></cramp-guide>
      <cramp-stretch-card stretch="hamstring"></cramp-stretch-card>
    </div>`);
    await settled(wrapper);
    // A reader's text-spacing style reaches every shadow root.
    for (const el of [...deep(wrapper)]) {
      if (!el.shadowRoot) continue;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SPACING);
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
    }
    await settled(wrapper);
    const lists = deep(wrapper).filter((el) => el.localName === 'ol' && getComputedStyle(el).listStyleType !== 'none');
    expect(lists.length).to.be.at.least(3);
    for (const list of lists) {
      const items = [...list.children].filter((li) => li.localName === 'li');
      const last = items.at(-1)!;
      // The widest marker ("21. "), set in the item's own font and spacing, just left of its text.
      const probe = document.createElement('span');
      probe.textContent = `${String(items.length)}. `;
      probe.style.cssText = 'position: absolute; visibility: hidden; white-space: pre';
      last.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const left = last.getBoundingClientRect().left;
      expect(
        left - width,
        `${list.getAttribute('part') ?? list.getAttribute('class') ?? 'ol'}: ${String(Math.round(left))} - ${String(Math.round(width))}`,
      ).to.be.at.least(0);
    }
  });
});
