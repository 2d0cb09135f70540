import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../src/cramp-anatomy.js';
import '../src/cramp-cause-explainer.js';
import '../src/cramp-care-advice.js';
import '../src/cramp-guide.js';
import type { CrampGuide } from '../src/cramp-guide.js';
import type { CrampAnatomy } from '../src/cramp-anatomy.js';
import { STRUCTURE_IDS, type StructureId } from '../src/content/index.js';
import { enWords } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { $, $$, captureWarnings, emulateMedia, text, until } from './helpers/index.js';
import { fleschKincaidGrade } from './helpers/readability.js';

const make = (structure?: string) => fixture<CrampAnatomy>(html`<cramp-anatomy structure=${structure ?? nothing}></cramp-anatomy>`);
const chosen = (el: CrampAnatomy, group: string) => $$(el, `${group} [aria-checked="true"]`).map((node) => node.getAttribute('data-id'));
const detail = (el: CrampAnatomy) => text($(el, '[part="detail"]'));

describe('<cramp-anatomy>', () => {
  it('shows its title at the heading level asked for, the picture and the list of the same structures', async () => {
    const el = await fixture<CrampAnatomy>(html`<cramp-anatomy heading-level="3"></cramp-anatomy>`);
    expect($(el, '[part="title"]').localName).to.equal('h3');
    expect(text($(el, '[part="title"]'))).to.equal('The back of the knee');
    const shapes = $$(el, 'svg [role="radio"]').map((node) => node.getAttribute('aria-label'));
    const items = $$(el, '[part="item"]').map(text);
    expect(items).to.deep.equal(STRUCTURE_IDS.map((id) => enWords.structures[id].name));
    expect(shapes).to.deep.equal(items);
    expect($(el, 'svg').getAttribute('aria-label')).to.equal(enWords.anatomy.picture);
    expect(detail(el)).to.equal(enWords.anatomy.hint);
  });

  it('chooses a structure by click in the picture or the list: its words, sources, the event, and `structure` follows', async () => {
    const el = await make();
    setTimeout(() => {
      $(el, 'svg [data-id="popliteal-vein"] .ink').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    const event = await oneEvent(el, 'cramp-anatomy-select');
    expect(event.detail).to.deep.equal({ id: 'popliteal-vein' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(chosen(el, 'svg')).to.deep.equal(['popliteal-vein']);
    expect(chosen(el, '[part="list"]')).to.deep.equal(['popliteal-vein']);
    expect(el.structure).to.equal('popliteal-vein');
    expect(text($(el, '[part="detail-heading"]'))).to.equal('Popliteal vein');
    expect(detail(el)).to.contain('get medical help today');
    expect(detail(el)).to.contain('HealthLink BC');
    expect(detail(el)).to.contain('NHS (DVT)');
    $(el, '[part="item"][data-id="tibial-nerve"]').click();
    await el.updateComplete;
    expect(el.structure).to.equal('tibial-nerve');
    expect(detail(el)).to.contain('sciatic nerve');
  });

  it('sends no event when the chosen structure is chosen again, or when the page sets `structure`', async () => {
    const el = await make('popliteus');
    let events = 0;
    el.addEventListener('cramp-anatomy-select', () => events++);
    $(el, '[part="item"][data-id="popliteus"]').click();
    el.structure = 'gastrocnemius';
    await el.updateComplete;
    expect(el.structure).to.equal('gastrocnemius');
    expect(events).to.equal(0);
  });

  describe('structure (attribute and property)', () => {
    for (const id of STRUCTURE_IDS) {
      it(`preselects ${id}`, async () => {
        const el = await make(id);
        expect(chosen(el, 'svg')).to.deep.equal([id]);
        expect(text($(el, '[part="detail-heading"]'))).to.equal(enWords.structures[id].name);
      });
    }

    it('takes any case and spaces, a one-item array, and goes back to none with null', async () => {
      const el = await make(' Bakers-Cyst ');
      expect(chosen(el, 'svg')).to.deep.equal(['bakers-cyst']);
      el.structure = ['popliteal-artery'] as unknown as StructureId;
      await el.updateComplete;
      expect(chosen(el, '[part="list"]')).to.deep.equal(['popliteal-artery']);
      el.structure = null;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[aria-checked="true"]')).to.equal(null);
      expect(detail(el)).to.equal(enWords.anatomy.hint);
    });

    for (const [label, value] of [
      ['an unknown id', 'knee-cap'],
      ['a number', 7],
      ['an object', { id: 'popliteus' }],
    ] as const) {
      it(`warns once and chooses none for ${label}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make();
          el.structure = value as unknown as StructureId;
          await el.updateComplete;
          expect(el.shadowRoot?.querySelector('[aria-checked="true"]')).to.equal(null);
          expect(detail(el)).to.equal(enWords.anatomy.hint);
          expect(warnings.messages.length).to.equal(1);
          expect(warnings.messages[0]).to.match(/structure/);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('keyboard (WAI-ARIA radio group)', () => {
    it('is one Tab stop per group, at the chosen structure, else the first', async () => {
      const el = await make('popliteus');
      for (const group of ['svg', '[part="list"]']) {
        const stops = $$(el, `${group} [role="radio"]`).filter((node) => node.getAttribute('tabindex') === '0');
        expect(stops.map((node) => node.getAttribute('data-id'))).to.deep.equal(['popliteus']);
      }
      el.structure = null;
      await el.updateComplete;
      expect($(el, '[part="item"][tabindex="0"]').getAttribute('data-id')).to.equal('gastrocnemius');
    });

    it('moves and chooses with the arrows, wraps, and goes to the ends with Home and End', async () => {
      const el = await make();
      ($(el, 'svg [data-id="gastrocnemius"]') as unknown as SVGElement).focus();
      await sendKeys({ press: ' ' }); // Space
      await el.updateComplete;
      expect(el.structure).to.equal('gastrocnemius');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.structure).to.equal('hamstring-tendons');
      expect(el.shadowRoot?.activeElement?.getAttribute('data-id')).to.equal('hamstring-tendons');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.structure).to.equal('gastrocnemius');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.structure).to.equal('bakers-cyst');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.structure).to.equal('gastrocnemius');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.structure).to.equal('bakers-cyst');
      expect(el.shadowRoot?.activeElement?.getAttribute('data-id')).to.equal('bakers-cyst');
    });

    it('works the same in the list, and Tab goes from the picture to the list', async () => {
      const el = await make('tibial-nerve');
      ($(el, 'svg [data-id="tibial-nerve"]') as unknown as SVGElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('item');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.structure).to.equal('bakers-cyst');
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('item');
    });

    it('shows focus on a shape and on an item', async () => {
      const el = await make();
      ($(el, 'svg [data-id="popliteus"]') as unknown as SVGElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const ring = getComputedStyle($(el, 'svg [data-id="popliteal-vein"] .hit'));
      expect(ring.stroke).to.not.equal('transparent');
      expect(parseFloat(ring.strokeWidth)).to.be.at.least(8);
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(el.shadowRoot?.activeElement as Element).outlineStyle).to.equal('solid');
    });
  });

  describe('links to read more', () => {
    it('opens the matching cause in an explainer on the page', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <cramp-anatomy structure="popliteal-artery"></cramp-anatomy>
        <cramp-cause-explainer id="causes"></cramp-cause-explainer>
      </div>`);
      const el = wrap.querySelector('cramp-anatomy') as CrampAnatomy;
      const explainer = wrap.querySelector('cramp-cause-explainer') as HTMLElement & { updateComplete: Promise<boolean> };
      await explainer.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const more = $(el, '[part="more"]');
      expect(text(more)).to.equal(enWords.structures['popliteal-artery'].more);
      more.click();
      const button = () => explainer.shadowRoot?.querySelector('#button-conditions');
      await until(() => button()?.getAttribute('aria-expanded') === 'true');
      expect(explainer.shadowRoot?.activeElement).to.equal(button());
      await expect(el).to.be.accessible();
    });

    it('sends the vein and a Baker\u2019s cyst to the care advice on the page', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <cramp-care-advice id="get-help"></cramp-care-advice>
        <cramp-anatomy structure="bakers-cyst"></cramp-anatomy>
      </div>`);
      const el = wrap.querySelector('cramp-anatomy') as CrampAnatomy;
      const more = $(el, '[part="more"]');
      expect(more.getAttribute('href')).to.equal('#get-help');
      more.click();
      const care = wrap.querySelector('cramp-care-advice') as HTMLElement;
      expect(care.shadowRoot?.activeElement?.localName).to.match(/^h\d$/);
      await expect(el).to.be.accessible();
    });

    it('links to the guide\u2019s own care advice and causes, inside the guide', async () => {
      const guide = await fixture<CrampGuide>(html`<cramp-guide sections="intro anatomy care causes"></cramp-guide>`);
      const el = guide.shadowRoot?.querySelector('cramp-anatomy') as CrampAnatomy;
      expect(el.id).to.equal('anatomy');
      $(el, '[part="item"][data-id="popliteal-vein"]').click();
      await el.updateComplete;
      expect($(el, '[part="more"]').getAttribute('href')).to.equal('#care');
      $(el, '[part="item"][data-id="gastrocnemius"]').click();
      await el.updateComplete;
      expect($(el, '[part="more"]').getAttribute('href')).to.equal('#causes');
    });

    it('shows no link without the section on the page, and the "get help" lines stay', async () => {
      const el = await make('popliteal-vein');
      expect($$(el, '[part="more"]')).to.have.length(0);
      expect(text($(el, '[part="get-help"]'))).to.match(/today/);
    });
  });

  it('names the sources a clinic trusts under the muscles and the vein: Cleveland Clinic, TeachMeAnatomy, NHS', async () => {
    const shown = async (id: StructureId) => detail(await make(id));
    const hamstrings = await shown('hamstring-tendons');
    expect(hamstrings).to.contain('Cleveland Clinic (hamstrings)');
    expect(hamstrings).to.contain('NHS inform');
    expect(await shown('popliteus')).to.contain('TeachMeAnatomy (popliteus)');
    for (const id of STRUCTURE_IDS) expect(await shown(id)).not.to.match(/Healthline|Knee Guru/);
  });

  it('reads at grade 6 or below, in every structure', () => {
    for (const id of STRUCTURE_IDS) {
      const grade = fleschKincaidGrade([enWords.structures[id].text]);
      expect(grade, `${id}: ${grade.toFixed(1)}`).to.be.at.most(6);
    }
    expect(fleschKincaidGrade([enWords.anatomy.intro, enWords.anatomy.hint])).to.be.at.most(6);
  });

  it('speaks Spanish with lang="es", every structure translated', async () => {
    const el = await fixture<CrampAnatomy>(html`<cramp-anatomy lang="es" structure="popliteus"></cramp-anatomy>`);
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal(es.anatomy.title);
    expect($$(el, '[part="item"]').map(text)).to.deep.equal(STRUCTURE_IDS.map((id) => es.structures[id].name));
  });

  it('fits 320 px without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await make('bakers-cyst');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect($(el, 'svg').getBoundingClientRect().width).to.be.greaterThan(100);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('paints the picture in system colours in forced-colours mode', async () => {
    const emulated = await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await make('gastrocnemius');
      if (!matchMedia('(forced-colors: active)').matches) {
        expect(emulated).to.equal(false);
        return;
      }
      const ink = getComputedStyle($(el, 'svg [data-id="popliteus"] .ink'));
      const canvasText = getComputedStyle($(el, 'svg')).color;
      expect(ink.stroke).to.equal(canvasText);
      const picked = getComputedStyle($(el, 'svg [data-id="gastrocnemius"] .ink'));
      expect(picked.stroke).to.not.equal(canvasText);
    } finally {
      await emulateMedia([]);
    }
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      for (const structure of [undefined, 'popliteal-vein', 'gastrocnemius']) {
        it(`passes, ${theme ?? 'no'} theme, ${structure ?? 'nothing'} chosen`, async () => {
          const el = await fixture<CrampAnatomy>(
            html`<cramp-anatomy theme=${theme ?? nothing} structure=${structure ?? nothing}></cramp-anatomy>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
