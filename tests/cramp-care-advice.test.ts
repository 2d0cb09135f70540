import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/cramp-care-advice.js';
import type { CrampCareAdvice } from '../src/cramp-care-advice.js';
import { CARE_LEVELS } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, captureWarnings, emulateMedia, text } from './helpers/index.js';

async function care(template = html`<cramp-care-advice></cramp-care-advice>`) {
  return fixture<CrampCareAdvice>(template);
}
const action = (el: Element) => $(el, '.emergency [part="action"]');

/** Numbers and addresses that must never become a link. */
const HOSTILE = [
  'javascript:alert(1)',
  'tel:999',
  '999<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
  '９９９',
  '999\n<img src=x onerror=alert(1)>',
  '+44 (0)20 7946 0000',
  '---',
  '+',
  'call 911',
];

describe('<cramp-care-advice>', () => {
  it('shows three levels, most urgent first, each with a heading screen readers hear with its level', async () => {
    const el = await care();
    expect(text($(el, '[part="title"]'))).to.equal(en.careText.title);
    const levels = $$(el, '[part~="level"]');
    expect(levels.map((l) => l.getAttribute('part'))).to.deep.equal(CARE_LEVELS.map((id) => `level ${id}`));
    for (const [i, id] of CARE_LEVELS.entries()) {
      const advice = en.care[id];
      const h = levels[i]!.querySelector('[part="level-heading"]')!;
      expect(h.localName).to.equal('h3');
      expect(h.querySelector('.visually-hidden')!.textContent).to.equal(advice.prefix);
      expect(text(h)).to.equal(`${advice.prefix.trim()} ${advice.title}`);
      expect([...levels[i]!.querySelectorAll('[part="signs"] li')].map((li) => text(li))).to.deep.equal(advice.signs);
    }
  });

  it('tells levels apart by icon shape and border, not by colour alone', async () => {
    const el = await care(html`<cramp-care-advice theme="light"></cramp-care-advice>`);
    const paths = $$(el, '[part="icon"] path').map((p) => p.getAttribute('d'));
    expect(new Set(paths).size).to.equal(3);
    const [emergency, urgent, soon] = $$(el, '[part~="level"]').map((l) => getComputedStyle(l)) as [
      CSSStyleDeclaration,
      CSSStyleDeclaration,
      CSSStyleDeclaration,
    ];
    expect(parseFloat(emergency.borderTopWidth)).to.be.greaterThan(parseFloat(urgent.borderTopWidth));
    expect(soon.borderTopStyle).to.equal('dashed');
    for (const icon of $$(el, '[part="icon"]')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
  });

  it('says "your local emergency number" when no number is set, and has no number of its own', async () => {
    const el = await care();
    expect(text(action(el))).to.contain(en.localNumber);
    expect($$(el, 'a[href^="tel:"]')).to.have.length(0);
    expect(text(el.shadowRoot!.querySelector('[part="base"]')!)).to.not.match(/\b(999|911|112)\b/);
  });

  for (const [given, href] of [
    ['999', 'tel:999'],
    ['112', 'tel:112'],
    ['+1 800-555 0199', 'tel:+18005550199'],
  ]) {
    it(`shows emergency-number="${given!}" as a call link`, async () => {
      const el = await care(html`<cramp-care-advice emergency-number=${given!}></cramp-care-advice>`);
      const link = $(el, '[part="number"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(href);
      expect(text(link)).to.equal(given);
      expect(text(action(el))).to.not.contain(en.localNumber);
    });
  }

  for (const bad of HOSTILE) {
    it(`refuses emergency-number=${JSON.stringify(bad)}: a warning and the generic words, never an href`, async () => {
      const w = captureWarnings();
      try {
        const el = await care(html`<cramp-care-advice emergency-number=${bad}></cramp-care-advice>`);
        expect($$(el, 'a')).to.satisfy((links: HTMLAnchorElement[]) => links.every((a) => /^https:\/\//.test(a.getAttribute('href')!)));
        expect($$(el, 'script, img, [onmouseover]')).to.have.length(0);
        expect(text(action(el))).to.contain(en.localNumber);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('emergency-number');
      } finally {
        w.restore();
      }
    });
  }

  it('takes a number set as a property, even a number value', async () => {
    const el = await care();
    (el as unknown as { emergencyNumber: unknown }).emergencyNumber = 112;
    await el.updateComplete;
    expect(($(el, '[part="number"]') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:112');
  });

  it('follows a number set later, and drops it when removed', async () => {
    const el = await care();
    el.setAttribute('emergency-number', '911');
    await el.updateComplete;
    expect(($(el, '[part="number"]') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:911');
    el.removeAttribute('emergency-number');
    await el.updateComplete;
    expect($$(el, '[part="number"]')).to.have.length(0);
  });

  it('shows the site’s own contact details from the contact slot, in its light DOM', async () => {
    const el = await care(html`<cramp-care-advice>
      <p slot="contact">Riverside Clinic: <a href="tel:+441234567890">01234 567890</a></p>
    </cramp-care-advice>`);
    await el.updateComplete;
    const slot = $(el, 'slot[name="contact"]') as HTMLSlotElement;
    const assigned = slot.assignedElements();
    expect(assigned).to.have.length(1);
    expect(assigned[0]!.parentElement).to.equal(el);
    expect($(el, '[part="contact"]').getBoundingClientRect().height).to.be.greaterThan(10);
    // Empty, the box takes no room: the footer follows the last level at the blocks' usual space.
    const empty = await care();
    await empty.updateComplete;
    const box = $(empty, '[part="contact"]');
    expect(box.getBoundingClientRect().height).to.equal(0);
    const gap =
      $(empty, '.footer').getBoundingClientRect().top - (box.previousElementSibling as HTMLElement).getBoundingClientRect().bottom;
    expect(gap).to.equal(parseFloat(getComputedStyle(box).marginBlockStart));
  });

  it('lists its sources and nests its headings under heading-level', async () => {
    const el = await care(html`<cramp-care-advice heading-level="4"></cramp-care-advice>`);
    expect($(el, '[part="title"]').localName).to.equal('h4');
    expect($(el, '[part="level-heading"]').localName).to.equal('h5');
    expect(text($(el, '[part="sources"]'))).to.contain('NHS');
  });

  it('keeps level borders and icons in the system colours in forced-colours mode', async () => {
    const emulated = await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await care(html`<cramp-care-advice theme="dark"></cramp-care-advice>`);
      const forced = matchMedia('(forced-colors: active)').matches;
      if (emulated) expect(forced).to.equal(true);
      const level = getComputedStyle($(el, '.urgent'));
      expect(level.borderTopStyle).to.equal('solid');
      if (forced) expect(getComputedStyle($(el, '.urgent [part="icon"]')).stroke).to.equal(level.borderTopColor);
    } finally {
      await emulateMedia([]);
    }
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      for (const number of [undefined, '999']) {
        it(`passes, ${theme ?? 'no'} theme, ${number ? 'with' : 'without'} a number`, async () => {
          const el = await care(
            html`<cramp-care-advice theme=${theme ?? nothing} emergency-number=${number ?? nothing}
              ><p slot="contact">Call the clinic on <a href="tel:01234567890">01234 567890</a>.</p></cramp-care-advice
            >`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
