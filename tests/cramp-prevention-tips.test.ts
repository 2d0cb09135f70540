import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/cramp-prevention-tips.js';
import type { CrampPreventionTips } from '../src/cramp-prevention-tips.js';
import { CAUSE_IDS, SOURCE_IDS } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, text } from './helpers/index.js';

async function tips(template = html`<cramp-prevention-tips></cramp-prevention-tips>`) {
  return fixture<CrampPreventionTips>(template);
}

describe('<cramp-prevention-tips>', () => {
  it('lists the do’s and the don’ts in two labelled lists', async () => {
    const el = await tips();
    expect(text($(el, '[part="title"]'))).to.equal(en.prevention.title);
    const [doBox, dontBox] = [$(el, '[part="do"]'), $(el, '[part="dont"]')];
    expect(text(doBox.querySelector('[part="list-heading"]')!)).to.equal(en.prevention.doTitle);
    expect(text(dontBox.querySelector('[part="list-heading"]')!)).to.equal(en.prevention.dontTitle);
    const items = (box: Element) => [...box.querySelectorAll('[part="tip"]')].map((li) => text(li));
    expect(items(doBox)).to.deep.equal(en.tips.filter((t) => t.kind === 'do').map((t) => t.text));
    expect(items(dontBox)).to.deep.equal(en.tips.filter((t) => t.kind === 'dont').map((t) => t.text));
    for (const list of $$(el, '[part="list"]')) expect(list.localName).to.equal('ul');
  });

  it('says "Do not" in the words of every don’t, so meaning never rests on the icon', async () => {
    const el = await tips();
    for (const li of $(el, '[part="dont"]').querySelectorAll('[part="tip"]')) expect(text(li)).to.match(/^Do not /);
    for (const svg of $$(el, 'svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
  });

  it('ties every tip to a cause and to known sources, and lists the sources', async () => {
    const el = await tips();
    for (const tip of en.tips) {
      expect(CAUSE_IDS).to.include(tip.cause);
      expect(tip.sources.length).to.be.greaterThan(0);
      for (const s of tip.sources) expect(SOURCE_IDS).to.include(s);
    }
    expect($$(el, '[part="tip"]').map((li) => li.dataset.cause)).to.deep.equal([
      ...en.tips.filter((t) => t.kind === 'do').map((t) => t.cause),
      ...en.tips.filter((t) => t.kind === 'dont').map((t) => t.cause),
    ]);
    const sources = text($(el, '[part="sources"]'));
    for (const id of new Set(en.tips.flatMap((t) => t.sources))) expect(sources).to.contain(en.sources[id].name);
  });

  it('covers what the notes name: fluids, minerals, stretching before bed, warming up, alcohol and caffeine', () => {
    const all = en.tips.map((t) => t.text).join(' ');
    for (const word of [
      'Drink water',
      'limit fluids or potassium',
      'magnesium',
      'before bed',
      'Warm up',
      'alcohol',
      'caffeine',
      'quinine',
    ]) {
      expect(all).to.contain(word);
    }
    expect(all).to.match(/studies are mixed/);
  });

  it('nests its headings under heading-level', async () => {
    const el = await tips(html`<cramp-prevention-tips heading-level="3"></cramp-prevention-tips>`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect($(el, '[part="list-heading"]').localName).to.equal('h4');
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      it(`passes, ${theme ?? 'no'} theme`, async () => {
        const el = await tips(html`<cramp-prevention-tips theme=${theme ?? nothing}></cramp-prevention-tips>`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
