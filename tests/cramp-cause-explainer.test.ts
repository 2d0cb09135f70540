import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/cramp-cause-explainer.js';
import type { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import { CAUSE_IDS, registerContentPack, type CauseId, type Words } from '../src/content/index.js';
import { en, enWords } from '../src/content/en.js';
import { $, $$, allRendered, captureWarnings, emulateMedia, notYetDefined, text, until } from './helpers/index.js';

type ToggleEvent = CustomEvent<{ id: CauseId; open: boolean }>;

const buttons = (el: Element) => $$<HTMLButtonElement>(el, 'button[aria-expanded]');
const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]');
const visiblePanels = (el: Element) => $$(el, '[part~="panel"]').filter((p) => !p.hidden);
/** The element focused inside the shadow root. */
const focused = (el: Element) => el.shadowRoot?.activeElement as HTMLElement | null;

/** Collects every cramp-cause-toggle event that reaches the document. */
function recordToggles(): { events: ToggleEvent['detail'][]; stop: () => void } {
  const events: ToggleEvent['detail'][] = [];
  const listener = (e: Event) => {
    events.push((e as ToggleEvent).detail);
  };
  document.addEventListener('cramp-cause-toggle', listener);
  return {
    events,
    stop: () => {
      document.removeEventListener('cramp-cause-toggle', listener);
    },
  };
}

/** Cause titles as a reader hears them, with the "Less certain" badge after a pause (a comma only screen readers get). */
const titles = () =>
  CAUSE_IDS.map((id) =>
    en.causes[id].certainty === 'less-certain' ? `${en.causes[id].title}, ${en.explainer.lessCertain}` : en.causes[id].title,
  );

async function explainer(template = html`<cramp-cause-explainer></cramp-cause-explainer>`) {
  return fixture<CrampCauseExplainer>(template);
}

describe('<cramp-cause-explainer>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('content', () => {
    it('shows the title, the intro, all six causes in order and the not-a-diagnosis line', async () => {
      const el = await explainer();
      expect(text($(el, '[part="title"]'))).to.equal(en.explainer.title);
      expect(text($(el, '[part="intro"]'))).to.equal(en.explainer.intro);
      expect(text($(el, '[part="disclaimer"]'))).to.equal(en.explainer.notDiagnosis);
      expect(buttons(el).map((b) => text(b))).to.deep.equal(titles());
    });

    it('shows every part of a cause: summary, why, triggers, who, what helps and sources', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="cards"></cramp-cause-explainer>`);
      const card = $$(el, '[part="card"]')[1] as HTMLElement;
      const c = en.causes.electrolytes;
      const shown = text(card);
      for (const words of [c.title, c.summary, c.why, c.who, ...c.triggers, ...c.helps]) {
        expect(shown).to.contain(words);
      }
      const items = [...card.querySelectorAll('[part="list"] li')].map((li) => text(li));
      expect(items).to.deep.equal([...c.triggers, ...c.helps]);
      const headings = [...card.querySelectorAll('[part="section-heading"]')].map((h) => text(h));
      expect(headings).to.deep.equal([en.explainer.why, en.explainer.triggers, en.explainer.who, en.explainer.helps]);
    });

    it('lists sources, linking those with an address', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="cards" causes="dehydration"></cramp-cause-explainer>`);
      const sources = $(el, '[part="sources"]');
      const cited = en.causes.dehydration.sources;
      expect(cited.slice(0, 4)).to.deep.equal(['article', 'nhs', 'mayo', 'merck']);
      expect(text(sources)).to.equal(`${en.sourcesLabel} ${cited.map((id) => en.sources[id].name).join(en.listSeparator)}`);
      const links = [...sources.querySelectorAll('a')];
      // Every source with a public page is a link that tells the page nothing of where the reader came from.
      expect(links.map((a) => a.href)).to.deep.equal(cited.filter((id) => id !== 'article').map((id) => en.sources[id].url));
      for (const a of links) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.getAttribute('referrerpolicy')).to.equal('no-referrer');
      }
    });

    it('marks genetics as less certain, in words, with the reason', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="cards" causes="genetics strain"></cramp-cause-explainer>`);
      const [genetics, strain] = $$(el, '[part="card"]') as [HTMLElement, HTMLElement];
      expect(text(genetics.querySelector('[part="badge"]')!)).to.equal(en.explainer.lessCertain);
      expect(text(genetics.querySelector('[part="note"]')!)).to.contain(en.causes.genetics.certaintyNote!);
      expect(strain.querySelector('[part="badge"], [part="note"]')).to.equal(null);
    });
  });

  describe('accordion (default layout)', () => {
    it('starts closed, each button in a heading and controlling a panel that is a labelled region only while open', async () => {
      const el = await explainer();
      expect(buttons(el)).to.have.length(6);
      for (const button of buttons(el)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.parentElement!.localName).to.equal('h3');
        const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        // A closed panel is no landmark: six empty regions would crowd a screen reader's landmark list.
        // With no role it takes no name either (axe: aria-prohibited-attr).
        expect(panel.hasAttribute('role')).to.equal(false);
        expect(panel.hasAttribute('aria-labelledby')).to.equal(false);
        expect(panel.hasAttribute('hidden')).to.equal(true);
        expect(panel.getBoundingClientRect().height).to.equal(0);
        button.click();
        await el.updateComplete;
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        button.click();
        await el.updateComplete;
        expect(panel.hasAttribute('role')).to.equal(false);
        expect(panel.hasAttribute('aria-labelledby')).to.equal(false);
      }
    });

    it('opens and closes a cause on click, and tells the page each time', async () => {
      const el = await explainer();
      const rec = recordToggles();
      try {
        const button = buttons(el)[2]!;
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-strain']);
        expect(text(visiblePanels(el)[0]!)).to.contain(en.causes.strain.summary);
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(visiblePanels(el)).to.have.length(0);
        expect(rec.events).to.deep.equal([
          { id: 'strain', open: true },
          { id: 'strain', open: false },
        ]);
      } finally {
        rec.stop();
      }
    });

    it('dispatches a bubbling, composed CustomEvent', async () => {
      const el = await explainer();
      setTimeout(() => {
        buttons(el)[0]!.click();
      });
      const event: ToggleEvent = await oneEvent(document, 'cramp-cause-toggle');
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ id: 'dehydration', open: true });
    });

    it('lets several causes stay open at once', async () => {
      const el = await explainer();
      buttons(el)[0]!.click();
      buttons(el)[5]!.click();
      await el.updateComplete;
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-dehydration', 'panel-lifestyle']);
    });

    it('opens with Enter and closes with Space from the keyboard', async () => {
      const el = await explainer();
      const first = buttons(el)[0]!;
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' }); // Space
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
    });

    it('moves between headers with Down, Up, Home and End, wrapping at the ends', async () => {
      const el = await explainer();
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('button-electrolytes');
      await sendKeys({ press: 'End' });
      expect(focused(el)?.id).to.equal('button-lifestyle');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('button-dehydration');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)?.id).to.equal('button-lifestyle');
      await sendKeys({ press: 'Home' });
      expect(focused(el)?.id).to.equal('button-dehydration');
      // Modified keys belong to the browser (Alt+Arrow is Back and Forward).
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(focused(el)?.id).to.equal('button-dehydration');
      // Moving focus opens nothing.
      expect(visiblePanels(el)).to.have.length(0);
    });

    it('leaves other keys, and keys pressed inside a panel, to the browser', async () => {
      const el = await explainer(html`<cramp-cause-explainer open="dehydration"></cramp-cause-explainer>`);
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'a' });
      expect(focused(el)?.id).to.equal('button-dehydration');
      const link = $(el, '#panel-dehydration a');
      link.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(link);
    });

    it('reaches every header with Tab, in order', async () => {
      const el = await explainer();
      buttons(el)[0]!.focus();
      for (const id of CAUSE_IDS.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id).to.equal(`button-${id}`);
      }
    });

    it('opens the causes named in `open`, and follows later changes to it', async () => {
      const el = await explainer(html`<cramp-cause-explainer open="strain genetics"></cramp-cause-explainer>`);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-strain', 'panel-genetics']);
      el.setAttribute('open', 'lifestyle');
      await el.updateComplete;
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-lifestyle']);
      el.removeAttribute('open');
      await el.updateComplete;
      expect(visiblePanels(el)).to.have.length(0);
    });

    it('opens a closed cause when find-in-page finds text in it (beforematch)', async () => {
      const el = await explainer();
      const rec = recordToggles();
      try {
        const panel = $(el, '#panel-conditions');
        expect(panel.getAttribute('hidden')).to.equal('until-found');
        panel.dispatchEvent(new Event('beforematch'));
        await el.updateComplete;
        expect($(el, '#button-conditions').getAttribute('aria-expanded')).to.equal('true');
        expect(panel.hasAttribute('hidden')).to.equal(false);
        expect(rec.events).to.deep.equal([{ id: 'conditions', open: true }]);
      } finally {
        rec.stop();
      }
    });
  });

  describe('tabs', () => {
    it('follows the tabs pattern: a labelled tablist, one selected tab in the tab order, its panel shown', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
      const list = $(el, '[role="tablist"]');
      expect(list.getAttribute('aria-label')).to.equal(en.explainer.tabsLabel);
      expect(tabs(el).map((t) => text(t))).to.deep.equal(CAUSE_IDS.map((id) => en.causes[id].title));
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
      for (const tab of tabs(el)) {
        const panel = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal('tabpanel');
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
      }
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-dehydration']);
      expect(text(visiblePanels(el)[0]!)).to.contain(en.causes.dehydration.why);
    });

    it('selects with the arrow keys, Home and End, moving focus and wrapping', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
      const rec = recordToggles();
      try {
        tabs(el)[0]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-electrolytes');
        expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-electrolytes']);
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-lifestyle');
        await sendKeys({ press: 'Home' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-dehydration');
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-lifestyle');
        expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, -1, -1, -1, 0]);
        // Up and Down as well: at 320 px the tabs wrap into a column.
        await sendKeys({ press: 'ArrowUp' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-genetics');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(focused(el)?.id).to.equal('tab-dehydration');
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(rec.events.slice(0, 2)).to.deep.equal([
          { id: 'dehydration', open: false },
          { id: 'electrolytes', open: true },
        ]);
        expect(rec.events).to.have.length(18);
      } finally {
        rec.stop();
      }
    });

    it('ignores keys that are not tab keys, and modified arrows (Alt+Arrow is Back)', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
      tabs(el)[0]!.focus();
      el.shadowRoot!.querySelector('[role="tablist"]')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, composed: true }),
      );
      el.shadowRoot!.querySelector('[role="tablist"]')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', ctrlKey: true, bubbles: true, composed: true }),
      );
      await sendKeys({ press: 'x' });
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-dehydration');
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-dehydration']);
    });

    it('moves from the selected tab into its panel with Tab', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs" open="strain"></cramp-cause-explainer>`);
      tabs(el)[2]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('tabpanel-strain');
    });

    it('selects on click, and a click on the selected tab changes nothing', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
      const rec = recordToggles();
      try {
        tabs(el)[3]!.click();
        tabs(el)[3]!.click();
        await el.updateComplete;
        expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-conditions']);
        expect(rec.events).to.deep.equal([
          { id: 'dehydration', open: false },
          { id: 'conditions', open: true },
        ]);
      } finally {
        rec.stop();
      }
    });

    it('selects the first shown cause named in `open`', async () => {
      const el = await explainer(
        html`<cramp-cause-explainer layout="tabs" causes="strain lifestyle" open="dehydration lifestyle"></cramp-cause-explainer>`,
      );
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-lifestyle']);
    });

    it('keeps a valid selection when `causes` drops the selected tab', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="tabs" open="genetics"></cramp-cause-explainer>`);
      el.causes = 'strain conditions';
      await el.updateComplete;
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-strain']);
      expect(tabs(el)[0]!.tabIndex).to.equal(0);
    });
  });

  describe('cards', () => {
    it('shows every cause at once, as a list of cards with headings and no buttons', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="cards"></cramp-cause-explainer>`);
      const cards = $$(el, '[part="card"]');
      expect(cards).to.have.length(6);
      expect(cards.every((c) => c.localName === 'li')).to.equal(true);
      expect($(el, '[part="cards"]').localName).to.equal('ul');
      expect(cards.map((c) => text(c.querySelector('[part="heading"]')!))).to.deep.equal(titles());
      expect($$(el, 'button')).to.have.length(0);
      for (const card of cards) expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('moves focus to the cause’s heading when asked to show it, not to the whole card (issue 26: a 1,069-character name)', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="cards"></cramp-cause-explainer>`);
      expect(await el.show('genetics')).to.equal(true);
      const target = focused(el)!;
      expect(target.matches('[part="heading"]')).to.equal(true);
      expect(text(target)).to.contain(en.causes.genetics.title);
      expect(text(target).length).to.be.below(60);
      expect(target.closest('[part="card"]')!.id).to.equal('card-genetics');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('answers hasCause() and show() from its attributes as they are, before its first render and between renders', async () => {
      // The checklist asks the explainer on the page, which may not have rendered yet (below the screen, render slicing).
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const tabsEl = document.createElement('cramp-cause-explainer');
      tabsEl.setAttribute('layout', 'tabs');
      tabsEl.setAttribute('causes', 'lifestyle strain genetics');
      const accordion = document.createElement('cramp-cause-explainer');
      accordion.setAttribute('open', 'genetics');
      wrapper.append(tabsEl, accordion);
      expect(tabsEl.hasCause('strain')).to.equal(true);
      expect(tabsEl.hasCause('conditions')).to.equal(false);
      expect(await tabsEl.show('conditions')).to.equal(false);
      expect(await tabsEl.show('genetics')).to.equal(true);
      expect(tabs(tabsEl).find((tab) => tab.getAttribute('aria-selected') === 'true')!.id).to.equal('tab-genetics');
      const shown = accordion.show('strain');
      expect(await shown).to.equal(true);
      const open = buttons(accordion)
        .filter((b) => b.getAttribute('aria-expanded') === 'true')
        .map((b) => b.id);
      expect(open).to.deep.equal(['button-strain', 'button-genetics']);
      // Between renders: a new causes list is what hasCause answers at once.
      tabsEl.causes = 'conditions';
      expect(tabsEl.hasCause('conditions')).to.equal(true);
      expect(tabsEl.hasCause('strain')).to.equal(false);
    });

    it('answers hasCause() from properties set before it was defined', async () => {
      const early = notYetDefined('<cramp-cause-explainer></cramp-cause-explainer>');
      early.causes = 'strain genetics';
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(early);
      const el = wrapper.firstElementChild as CrampCauseExplainer;
      expect(el.hasCause('strain')).to.equal(true);
      expect(el.hasCause('conditions')).to.equal(false);
      await el.updateComplete;
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-strain', 'button-genetics']);
    });

    it('answers hasCause() and show() before its first render with what a framework passes, and the render keeps what show() opened', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const make = () => {
        const el = document.createElement('cramp-cause-explainer');
        wrapper.append(el);
        return el;
      };
      // React 19 sets <cramp-cause-explainer open> as open = true; numbers and lists come from other frameworks.
      const odd = make();
      Object.assign(odd, { open: true, causes: 5 });
      expect(odd.hasCause('strain')).to.equal(true);
      const listed = make();
      Object.assign(listed, { layout: ['tabs'], causes: ['strain', 'genetics'], open: ['genetics'] });
      expect(listed.hasCause('conditions')).to.equal(false);
      expect(await listed.show('strain')).to.equal(true);
      expect(tabs(listed).find((tab) => tab.getAttribute('aria-selected') === 'true')!.id).to.equal('tab-strain');
      const accordion = make();
      Object.assign(accordion, { open: ['genetics'] });
      expect(await accordion.show('strain')).to.equal(true);
      await accordion.updateComplete;
      const open = buttons(accordion)
        .filter((b) => b.getAttribute('aria-expanded') === 'true')
        .map((b) => b.id);
      expect(open).to.deep.equal(['button-strain', 'button-genetics']);
      await odd.updateComplete;
      expect(buttons(odd)).to.have.length(CAUSE_IDS.length);
    });

    it('shows only the causes in `causes`, in that order', async () => {
      const el = await explainer(html`<cramp-cause-explainer causes="lifestyle dehydration"></cramp-cause-explainer>`);
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-lifestyle', 'button-dehydration']);
      el.causes = 'genetics, strain';
      await el.updateComplete;
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-genetics', 'button-strain']);
    });

    it('switches layout after the first render', async () => {
      const el = await explainer(html`<cramp-cause-explainer open="strain"></cramp-cause-explainer>`);
      el.layout = 'tabs';
      await el.updateComplete;
      expect(tabs(el)).to.have.length(6);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['tabpanel-strain']);
      el.layout = 'cards';
      await el.updateComplete;
      expect($$(el, '[part="card"]')).to.have.length(6);
      // @ts-expect-error: TypeScript takes the lowercase id only; the element also reads capitals
      el.layout = 'ACCORDION';
      await el.updateComplete;
      expect(buttons(el)).to.have.length(6);
    });

    it('sets the heading levels from `heading-level`, nesting each level under the last', async () => {
      const levels = async (value: string | undefined) => {
        const el = await explainer(html`<cramp-cause-explainer layout="cards" heading-level=${value ?? nothing}></cramp-cause-explainer>`);
        return [
          $(el, '[part="title"]').localName,
          $(el, '[part~="card"] [part="heading"]').localName,
          $(el, '[part="section-heading"]').localName,
        ];
      };
      expect(await levels(undefined)).to.deep.equal(['h2', 'h3', 'h4']);
      expect(await levels('3')).to.deep.equal(['h3', 'h4', 'h5']);
      expect(await levels('4')).to.deep.equal(['h4', 'h5', 'h6']);
      expect(await levels('6')).to.deep.equal(['h6', 'h6', 'h6']);
    });

    it('changes heading levels after the first render', async () => {
      const el = await explainer();
      el.setAttribute('heading-level', '5');
      await el.updateComplete;
      expect($(el, '[part="title"]').localName).to.equal('h5');
      expect(buttons(el)[0]!.parentElement!.localName).to.equal('h6');
    });

    it('reflects `theme` and follows changes to it', async () => {
      const el = await explainer(html`<cramp-cause-explainer theme="dark"></cramp-cause-explainer>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('says which language its words are in, from its own lang or an ancestor’s', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><cramp-cause-explainer></cramp-cause-explainer></div>`);
      const el = wrapper.querySelector('cramp-cause-explainer')!;
      await el.updateComplete;
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
      expect($(el, '[part="base"]').getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => {
      warnings.restore();
    });

    it('falls back to the accordion for an unknown layout, with one warning naming it', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="carousel"></cramp-cause-explainer>`);
      expect(buttons(el)).to.have.length(6);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('layout="carousel"').and.contain('accordion, tabs, cards');
    });

    it('ignores unknown ids in `open`, naming them and the valid ids, and opens the rest', async () => {
      const el = await explainer(html`<cramp-cause-explainer open="strain gout"></cramp-cause-explainer>`);
      expect(visiblePanels(el).map((p) => p.id)).to.deep.equal(['panel-strain']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"gout"').and.contain('open=').and.contain(CAUSE_IDS.join(', '));
    });

    it('ignores unknown ids in `causes` and shows the rest', async () => {
      const el = await explainer(html`<cramp-cause-explainer .causes=${'bogus strain <b>x</b>'}></cramp-cause-explainer>`);
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-strain']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"bogus"').and.contain('causes=');
    });

    it('shows all six when `causes` names none it knows', async () => {
      const el = await explainer(html`<cramp-cause-explainer causes="foo bar"></cramp-cause-explainer>`);
      expect(buttons(el)).to.have.length(6);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"foo", "bar"').and.contain('all six are shown');
      // @ts-expect-error: no cause ids: TypeScript refuses it; a page's script may still set it
      el.causes = ' , ';
      await el.updateComplete;
      expect(buttons(el)).to.have.length(6);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[1]).to.contain('empty list');
      // Blank means not set (an empty attribute, or Vue clearing a binding): all six, no warning.
      for (const blank of ['', '   ']) {
        el.setAttribute('causes', 'strain');
        await el.updateComplete;
        // @ts-expect-error: blank text: TypeScript refuses it; a page's script may still set it
        el.causes = blank;
        await el.updateComplete;
        expect(buttons(el)).to.have.length(6);
      }
      expect(warnings.messages).to.have.length(2);
    });

    it('keeps a heading level from 2 to 7 (7 as <h6> with aria-level), warning once about a bad value', async () => {
      const el = await explainer(html`<cramp-cause-explainer heading-level="7"></cramp-cause-explainer>`);
      expect($(el, '[part="title"]').localName).to.equal('h6');
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('7');
      // Its causes one level deeper, and their parts one more, each told apart from its parent.
      expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('8');
      expect($(el, '[part="section-heading"]').getAttribute('aria-level')).to.equal('9');
      expect(warnings.messages).to.have.length(0);
      // 8 or 9 would put a cause's parts at its own level (9 is the deepest): 7, with one warning (issue 26).
      el.setAttribute('heading-level', '8');
      await el.updateComplete;
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('7');
      expect(warnings.messages).to.have.length(1);
      warnings.messages.length = 0;
      el.setAttribute('heading-level', '12');
      await el.updateComplete;
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('7');
      el.setAttribute('heading-level', '6');
      await el.updateComplete;
      expect($(el, '[part="title"]').hasAttribute('aria-level')).to.equal(false);
      el.setAttribute('heading-level', 'big');
      await el.updateComplete;
      expect($(el, '[part="title"]').localName).to.equal('h2');
      el.setAttribute('heading-level', '1');
      await el.updateComplete;
      expect($(el, '[part="title"]').localName).to.equal('h2');
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[0]).to.contain('heading-level="12"');
      expect(warnings.messages[1]).to.contain('heading-level="big"');
      expect(warnings.messages[2]).to.contain('heading-level="1"');
    });

    it('ignores an unknown theme with a warning and follows the page', async () => {
      const el = await explainer(html`<cramp-cause-explainer theme="purple"></cramp-cause-explainer>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme="purple"');
      expect(getComputedStyle(el).colorScheme).to.equal(getComputedStyle(el.parentElement!).colorScheme);
    });

    it('shows English for an unknown language, with one warning for the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="tlh">
        <cramp-cause-explainer></cramp-cause-explainer><cramp-cause-explainer layout="cards"></cramp-cause-explainer>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('cramp-cause-explainer')];
      await a!.updateComplete;
      await b!.updateComplete;
      expect(text($(a!, '[part="title"]'))).to.equal(en.explainer.title);
      expect($(b!, '[part="base"]').getAttribute('lang')).to.equal('en');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="tlh"');
    });

    it('warns once per bad value, however often it comes back', async () => {
      const el = await explainer(html`<cramp-cause-explainer layout="grid"></cramp-cause-explainer>`);
      for (const layout of ['list', 'grid', 'list', 'tabs', 'grid']) {
        // @ts-expect-error: not a layout: TypeScript refuses it; a page's script may still set it
        el.layout = layout;
        await el.updateComplete;
      }
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('"grid"');
      expect(warnings.messages[1]).to.contain('"list"');
    });

    it('links only the https addresses of the facts, whatever a content pack says, with one warning per bad field', async () => {
      const w = captureWarnings();
      try {
        registerContentPack({
          lang: 'en-x-badlinks',
          sources: {
            nhs: { url: 'javascript:alert(1)' },
            mayo: { url: 'http://example.com/' },
          },
        } as unknown as Parameters<typeof registerContentPack>[0]);
        const el = await explainer(
          html`<cramp-cause-explainer lang="en-x-badlinks" layout="cards" causes="dehydration"></cramp-cause-explainer>`,
        );
        const hrefs = $$(el, '[part="sources"] a').map((a) => a.getAttribute('href') ?? '');
        expect(hrefs).to.include('https://www.nhs.uk/conditions/leg-cramps/');
        for (const href of hrefs) expect(href).to.match(/^https:\/\//);
        expect(w.messages.filter((m) => m.includes('sources.nhs.url'))).to.have.length(1);
        expect(w.messages.filter((m) => m.includes('sources.mayo.url'))).to.have.length(1);
      } finally {
        w.restore();
      }
    });
  });

  describe('language changes', () => {
    const pseudo: Words = {
      ...enWords,
      lang: 'en-x-pseudo',
      explainer: { ...en.explainer, title: '[Pseudo] What can cause cramps' },
    };
    const rtl: Words = { ...enWords, lang: 'en-x-rtl', dir: 'rtl' };
    before(() => {
      registerContentPack(pseudo);
      registerContentPack(rtl);
    });

    it('switches content pack when an ancestor’s lang changes to another known language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cramp-cause-explainer></cramp-cause-explainer></div>`);
      const el = wrapper.querySelector('cramp-cause-explainer')!;
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(en.explainer.title);
      wrapper.setAttribute('lang', 'en-x-pseudo');
      await aTimeout(0);
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(pseudo.explainer.title);
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en-x-pseudo');
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(en.explainer.title);
    });

    it('takes a pack registered after it is on the page', async () => {
      const w = captureWarnings();
      try {
        const el = await explainer(html`<cramp-cause-explainer lang="zz-late"></cramp-cause-explainer>`);
        expect(text($(el, '[part="title"]'))).to.equal(en.explainer.title);
        registerContentPack({ lang: 'zz-late', explainer: { title: 'Late title' } });
        await el.updateComplete;
        expect(text($(el, '[part="title"]'))).to.equal('Late title');
        expect($(el, '[part="base"]').getAttribute('lang')).to.equal('zz-late');
      } finally {
        w.restore();
      }
    });

    it('swaps the arrow keys of the tabs in a right-to-left language', async () => {
      const el = await explainer(html`<cramp-cause-explainer lang="en-x-rtl" layout="tabs"></cramp-cause-explainer>`);
      expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-electrolytes');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-dehydration');
      // Down is next and Up is previous, whatever the direction.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-electrolytes');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('tab-dehydration');
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cramp-cause-explainer></cramp-cause-explainer></div>`);
      const el = wrapper.querySelector('cramp-cause-explainer')!;
      const warnings = captureWarnings();
      try {
        wrapper.setAttribute('lang', 'qq');
        await aTimeout(0);
        await el.updateComplete;
        expect(warnings.messages.join('\n')).to.contain('lang="qq"');
        expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('looks and layout', () => {
    it('inherits the page’s font and text colour when no theme is set', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif; font-size: 19px; color: rgb(40, 20, 90)"><cramp-cause-explainer></cramp-cause-explainer></div>`,
      );
      const el = wrapper.querySelector('cramp-cause-explainer')!;
      await el.updateComplete;
      expect(getComputedStyle(buttons(el)[0]!).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
      expect(getComputedStyle($(el, '[part="intro"]')).fontSize).to.equal('19px');
      expect(getComputedStyle($(el, '[part="intro"]')).color).to.equal('rgb(40, 20, 90)');
    });

    it('takes brand tokens set on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--cramp-color-accent: rgb(120, 0, 60); --cramp-color-on-accent: rgb(255, 255, 255); --cramp-explainer-radius: 3px">
          <cramp-cause-explainer layout="tabs"></cramp-cause-explainer>
        </div>`,
      );
      const el = wrapper.querySelector('cramp-cause-explainer')!;
      await el.updateComplete;
      const selected = getComputedStyle(tabs(el)[0]!);
      expect(selected.backgroundColor).to.equal('rgb(120, 0, 60)');
      expect(selected.borderTopLeftRadius).to.equal('3px');
    });

    for (const [width, fontSize] of [
      [320, '16px'],
      [640, '32px'],
    ] as const) {
      for (const layout of ['accordion', 'tabs', 'cards']) {
        it(`fits ${String(width)} px at ${fontSize} text without sideways scrolling (${layout})`, async () => {
          await setViewport({ width, height: 800 });
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="font-size: ${fontSize}"><cramp-cause-explainer layout=${layout} open="electrolytes conditions"></cramp-cause-explainer></div>`,
          );
          const el = wrapper.querySelector('cramp-cause-explainer')!;
          await el.updateComplete;
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          for (const node of $$(el, '*')) {
            expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(width + 0.5);
          }
        });
      }
    }

    it('marks the tab list vertical when its tabs sit one under another, at 320 px, and horizontal when they sit in a row (issue 26)', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
      const list = () => $(el, '[role="tablist"]');
      await until(() => list().getAttribute('aria-orientation') === 'vertical');
      const [first, second] = tabs(el);
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().top);
      // Up and Down move between them, as the pattern says for a vertical list.
      first!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs(el)[1]);
      await setViewport({ width: 1600, height: 800 });
      await until(() => list().getAttribute('aria-orientation') === 'horizontal');
      await expect(el).to.be.accessible();
      await setViewport({ width: 800, height: 600 });
    });

    it('gives each accordion button and tab a target of at least 44 px high', async () => {
      for (const layout of ['accordion', 'tabs']) {
        const el = await explainer(html`<cramp-cause-explainer layout=${layout}></cramp-cause-explainer>`);
        for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      }
    });

    it('stops animating when the reader asks for reduced motion', async () => {
      const emulated = await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        const el = await explainer();
        const duration = getComputedStyle($(el, '[part="icon"]')).transitionDuration;
        const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
        if (emulated) expect(reduced).to.equal(true);
        expect(duration).to.equal(reduced ? '0s' : '0.15s');
      } finally {
        await emulateMedia([]);
      }
    });

    it('keeps borders and the selected tab visible in forced colours (Windows high contrast)', async () => {
      const emulated = await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      try {
        const el = await explainer(html`<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>`);
        const forced = matchMedia('(forced-colors: active)').matches;
        if (emulated) expect(forced).to.equal(true);
        const [selected, other] = tabs(el).map((t) => getComputedStyle(t)) as [CSSStyleDeclaration, CSSStyleDeclaration];
        expect(selected.borderTopStyle).to.equal('solid');
        expect(other.borderBottomWidth).to.equal('4px');
        if (forced) {
          // Selected tab is drawn in the system highlight colours, unlike the others.
          expect(selected.backgroundColor).to.not.equal(other.backgroundColor);
        }
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('accessibility (axe)', () => {
    const states: [string, string, string][] = [
      ['accordion', '', 'all closed'],
      ['accordion', 'strain', 'one open'],
      ['accordion', CAUSE_IDS.join(' '), 'all open'],
      ['tabs', '', 'first tab'],
      ['tabs', 'genetics', 'another tab'],
      ['cards', '', 'all shown'],
    ];
    for (const theme of ['light', 'dark', undefined]) {
      for (const [layout, open, state] of states) {
        it(`passes in ${layout}, ${state}, ${theme ?? 'no'} theme`, async () => {
          const el = await explainer(
            html`<cramp-cause-explainer layout=${layout} open=${open} theme=${theme ?? nothing}></cramp-cause-explainer>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes on a dark page that declares color-scheme: dark, with no theme set', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #121212; color: #eeeeee; padding: 1em">
          <cramp-cause-explainer layout="tabs" open="strain"></cramp-cause-explainer>
          <cramp-cause-explainer open="genetics"></cramp-cause-explainer>
          <cramp-cause-explainer layout="cards"></cramp-cause-explainer>
        </div>`,
      );
      await allRendered(wrapper); // the ones below the screen render later: axe would find them empty
      await expect(wrapper).to.be.accessible();
    });
  });
});
