import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { CrampGuide, CrampRiskChecklist, CrampStretchCard } from '../src/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element inside `root`, through every shadow root, nested ones included. */
function deep(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...deep(el.shadowRoot)] : [el]));
}

/** Waits until every cramp-kit element inside has rendered. */
async function settled(root: Element) {
  for (let i = 0; i < 3; i += 1) {
    for (const el of [root, ...deep(root)]) if (el.localName.startsWith('cramp-')) await (el as Lit).updateComplete;
  }
}

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
        .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}[${el.getAttribute('part') ?? ''}] ${String(Math.round(el.getBoundingClientRect().right))}`);
      expect(over).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      card.reset();
    });
  }
});
