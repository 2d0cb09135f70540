import { expect, fixture, html } from '@open-wc/testing';
import '../src/cramp-anatomy.js';
import type { CrampAnatomy } from '../src/cramp-anatomy.js';
import { $, text } from './helpers/index.js';

describe('<cramp-anatomy>', () => {
  it('shows its title at the heading level asked for', async () => {
    const el = await fixture<CrampAnatomy>(html`<cramp-anatomy heading-level="3"></cramp-anatomy>`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect(text($(el, '[part="title"]'))).to.equal('Anatomy');
  });

  it('passes axe', async () => {
    const el = await fixture<CrampAnatomy>(html`<cramp-anatomy></cramp-anatomy>`);
    await expect(el).to.be.accessible();
  });
});
