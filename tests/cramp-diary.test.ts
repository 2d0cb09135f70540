import { expect, fixture, html } from '@open-wc/testing';
import '../src/cramp-diary.js';
import type { CrampDiary } from '../src/cramp-diary.js';
import { $, text } from './helpers/index.js';

describe('<cramp-diary>', () => {
  it('shows its title at the heading level asked for', async () => {
    const el = await fixture<CrampDiary>(html`<cramp-diary heading-level="3"></cramp-diary>`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect(text($(el, '[part="title"]'))).to.equal('Diary');
  });

  it('passes axe', async () => {
    const el = await fixture<CrampDiary>(html`<cramp-diary></cramp-diary>`);
    await expect(el).to.be.accessible();
  });
});
