import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/cramp-risk-checklist.js';
import '../src/cramp-cause-explainer.js';
import { DEFAULT_STORAGE_KEY, type ChecklistChangeDetail, type CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import type { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import { ABOUT_IDS, CAUSE_IDS, RISK_IDS, type ChecklistItemId } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, allRendered, captureWarnings, emulateMedia, frame, notYetDefined, text, until } from './helpers/index.js';

const c = en.checklist;
const box = (el: Element, id: string) => $(el, `input[value="${id}"]`) as HTMLInputElement;
const tick = async (el: CrampRiskChecklist, ...ids: string[]) => {
  await el.updateComplete; // its first render, which comes later when it starts below the screen (render slicing)
  for (const id of ids) box(el, id).click();
  await el.updateComplete;
};
const shownCauses = (el: Element) => $$(el, '[part="cause-heading"]').map((h) => text(h));
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]');
const liveRegion = (el: Element) => $$(el, '.visually-hidden[role="status"]')[0]!;

async function checklist(template = html`<cramp-risk-checklist></cramp-risk-checklist>`) {
  return fixture<CrampRiskChecklist>(template);
}

/** Collects the details of cramp-checklist-change events that reach the document. */
function recordChanges() {
  const events: ChecklistChangeDetail[] = [];
  const listener = (e: Event) => {
    events.push((e as CustomEvent<ChecklistChangeDetail>).detail);
  };
  document.addEventListener('cramp-checklist-change', listener);
  return {
    events,
    stop: () => {
      document.removeEventListener('cramp-checklist-change', listener);
    },
  };
}

describe('<cramp-risk-checklist>', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  describe('content', () => {
    it('groups the items in fieldsets: "About your cramps", then one per cause', async () => {
      const el = await checklist();
      const groups = $$(el, 'fieldset');
      expect(groups.map((g) => text(g.querySelector('legend')!))).to.deep.equal([
        c.aboutLegend,
        c.aboutYouLegend,
        ...CAUSE_IDS.map((id) => c.groupQuestion(en.causes[id].title)),
      ]);
      expect(groups[0]!.querySelectorAll('input[type="checkbox"]')).to.have.length(ABOUT_IDS.length);
      for (const [i, cause] of CAUSE_IDS.entries()) {
        const ids = [...groups[i + 2]!.querySelectorAll('input')].map((input) => input.value);
        expect(
          ids.every((id) => en.risks[id as (typeof RISK_IDS)[number]].cause === cause),
          cause,
        ).to.equal(true);
      }
      expect($$(el, 'input[type="checkbox"]')).to.have.length(ABOUT_IDS.length + RISK_IDS.length);
    });

    it('asks a question in each group, with one "Tick all that apply" tied to every group, as NHS checkboxes do (issue 26)', async () => {
      const el = await checklist();
      const hint = $(el, '[part="hint"]');
      expect(text(hint)).to.equal(c.selectAll);
      for (const group of $$(el, 'fieldset')) {
        expect(text(group.querySelector('legend')!)).to.match(/\?$/);
        expect(group.getAttribute('aria-describedby')).to.equal(hint.id);
      }
      await expect(el).to.be.accessible();
    });

    it('gives every box 40 px and every row at least 44 px to tap, at 16 px text (issue 26)', async () => {
      const el = await checklist(html`<cramp-risk-checklist style="font-size: 16px"></cramp-risk-checklist>`);
      for (const input of $$<HTMLInputElement>(el, 'input[type="checkbox"]')) {
        const box = input.getBoundingClientRect();
        expect(Math.round(box.width), input.value).to.be.at.least(40);
        expect(Math.round(box.height), input.value).to.be.at.least(40);
        expect(input.closest('label')!.getBoundingClientRect().height, input.value).to.be.at.least(44);
      }
    });

    it('labels every checkbox with its words', async () => {
      const el = await checklist();
      for (const id of RISK_IDS) expect(text(box(el, id).closest('label')!)).to.equal(en.risks[id].label);
      for (const id of ABOUT_IDS) expect(text(box(el, id).closest('label')!)).to.equal(en.about[id].label);
    });

    it('starts with an empty summary, the privacy line and the not-a-diagnosis line', async () => {
      const el = await checklist();
      expect(text($(el, '[part="summary"]')))
        .to.contain(c.summaryEmpty)
        .and.contain(c.notDiagnosis);
      expect(text($(el, '[part="privacy"]'))).to.equal(c.privacy);
      expect(notice(el)).to.equal(null);
      expect(el.value).to.deep.equal([]);
    });
  });

  describe('ticking', () => {
    it('updates the summary live: matching causes, most ticked first, each with what helps', async () => {
      const el = await checklist();
      await tick(el, 'diabetes', 'low-fluids', 'sweating');
      expect(shownCauses(el)).to.deep.equal([en.causes.dehydration.title, en.causes.conditions.title]);
      const [first, second] = $$(el, '[part="cause"]') as [HTMLElement, HTMLElement];
      expect(text(first.querySelector('[part="count"]')!)).to.equal(c.answers(2));
      expect(text(second.querySelector('[part="count"]')!)).to.equal(c.answers(1));
      expect([...first.querySelectorAll('[part="tips"] li')].map((li) => text(li))).to.deep.equal(en.causes.dehydration.helps);
      await tick(el, 'low-fluids', 'sweating');
      expect(shownCauses(el)).to.deep.equal([en.causes.conditions.title]);
      expect(text($(el, '[part="summary"]'))).to.contain(c.notDiagnosis);
    });

    it('marks a cause the evidence links less surely (genes) as less certain, on screen and in the copied text', async () => {
      const el = await checklist();
      await tick(el, 'family', 'diabetes');
      const [conditions, genetics] = $$(el, '[part="cause"]') as [HTMLElement, HTMLElement];
      expect(conditions.querySelector('[part="badge"]')).to.equal(null);
      expect(text(genetics.querySelector('[part="count"]')!)).to.equal(`${c.answers(1)}, ${en.explainer.lessCertain}`);
      expect(el.summaryText()).to.contain(`- ${en.causes.genetics.title} (${c.answers(1)}${en.listSeparator}${en.explainer.lessCertain})`);
      expect(el.summaryText()).to.contain(`- ${en.causes.conditions.title} (${c.answers(1)})\n`);
      await expect(el).to.be.accessible();
    });

    it('keeps the cause order for ties', async () => {
      const el = await checklist();
      await tick(el, 'statin', 'family', 'diuretic');
      expect(shownCauses(el)).to.deep.equal(['electrolytes', 'genetics', 'lifestyle'].map((id) => en.causes[id as 'genetics'].title));
    });

    it('toggles every item by click on its words, and by Space on its checkbox', async () => {
      const el = await checklist();
      for (const id of [...ABOUT_IDS, ...RISK_IDS]) {
        (box(el, id).nextElementSibling as HTMLElement).click();
        await el.updateComplete;
        expect(el.value, `click ${id}`).to.deep.equal([id]);
        box(el, id).focus();
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(el.value, `Space ${id}`).to.deep.equal([]);
      }
    });

    it('toggles with Space from the keyboard, and Tab reaches every item in order', async () => {
      const el = await checklist();
      box(el, 'frequent').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box(el, 'frequent').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'severe'));
      await sendKeys({ press: ' ' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.value).to.deep.equal(['frequent']);
    });

    it('sends cramp-checklist-change with the ticked ids, causes and the notice flag', async () => {
      const el = await checklist();
      const rec = recordChanges();
      try {
        await tick(el, 'caffeine', 'sleep', 'new-exercise', 'severe');
        expect(rec.events).to.have.length(4);
        expect(rec.events[3]).to.deep.equal({
          checked: ['severe', 'new-exercise', 'sleep', 'caffeine'],
          causes: [
            { id: 'lifestyle', count: 2 },
            { id: 'strain', count: 1 },
          ],
          seeProfessional: true,
          careLevel: 'soon',
        });
        expect(rec.events[0]).to.deep.equal({
          checked: ['caffeine'],
          causes: [{ id: 'lifestyle', count: 1 }],
          seeProfessional: false,
          careLevel: null,
        });
      } finally {
        rec.stop();
      }
    });

    it('dispatches a bubbling, composed CustomEvent', async () => {
      const el = await checklist();
      setTimeout(() => {
        box(el, 'diet').click();
      });
      const event = await oneEvent(document, 'cramp-checklist-change');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });
  });

  describe('screen-reader announcements', () => {
    it('says the result once, politely, after a burst of changes', async () => {
      const el = await checklist();
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      let changes = 0;
      const observer = new MutationObserver(() => (changes += 1));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      await tick(el, 'low-fluids', 'sweating', 'statin', 'other-symptoms');
      expect(text(region)).to.equal('');
      await aTimeout(700);
      await el.updateComplete;
      observer.disconnect();
      expect(text(region)).to.equal(
        `${c.ticked(4)} ${c.announce([en.causes.dehydration.title, en.causes.lifestyle.title])} ${c.noticePrefix}${c.notice.urgent.title}.`,
      );
      expect(changes).to.equal(1);
      // Another answer for a cause already shown: the causes are the same, the count is not, and it is said.
      await tick(el, 'alcohol');
      await aTimeout(700);
      await el.updateComplete;
      expect(text(region)).to.equal(
        `${c.ticked(5)} ${c.announce([en.causes.dehydration.title, en.causes.lifestyle.title])} ${c.noticePrefix}${c.notice.urgent.title}.`,
      );
      // The visible summary itself is not a live region (it would flood).
      expect($(el, '[part="summary"]').closest('[aria-live], [role="status"]')).to.equal(null);
    });

    it('says when answers are cleared', async () => {
      const el = await checklist();
      await tick(el, 'diet');
      $(el, '.clear').click();
      await aTimeout(700);
      await el.updateComplete;
      expect(text(liveRegion(el))).to.equal(c.cleared);
    });

    it('still says its result when a page moves it while it waits to speak (issue 26: it was dropped)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><section></section><cramp-risk-checklist></cramp-risk-checklist></div>`);
      const el = wrapper.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
      await el.updateComplete;
      await tick(el, 'diet');
      wrapper.querySelector('section')!.append(el);
      await aTimeout(700);
      await el.updateComplete;
      expect(text(liveRegion(el))).to.contain(c.ticked(1));
    });

    it('stops its timer when removed from the page', async () => {
      const el = await checklist();
      await tick(el, 'diet');
      el.remove();
      await aTimeout(700);
      expect(text(liveRegion(el))).to.equal('');
    });
  });

  describe('the "talk to a professional" notice', () => {
    for (const id of ABOUT_IDS) {
      it(`appears when "${id}" is ticked, and goes when it is cleared`, async () => {
        const el = await checklist();
        await tick(el, id);
        const n = notice(el)!;
        expect(n).to.not.equal(null);
        const level = en.about[id].level;
        const heading = n.querySelector('[part="notice-heading"]')!;
        expect(text(heading)).to.equal(`${c.noticePrefix.trim()} ${c.notice[level].title}`);
        expect(heading.querySelector('.visually-hidden')!.textContent).to.equal(c.noticePrefix);
        expect(n.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
        for (const line of c.notice[level].body) expect(text(n)).to.contain(line);
        // The emergency line ends every notice; with no number set, the words stand in.
        expect(text(n)).to.contain(c.noticeEmergency.replace('{number}', en.localNumber));
        await tick(el, id);
        expect(notice(el)).to.equal(null);
      });
    }

    it('follows the most urgent item ticked: urgent advice leads when an urgent item is among soon ones', async () => {
      const el = await checklist();
      let detail: ChecklistChangeDetail | undefined;
      el.addEventListener('cramp-checklist-change', (e) => (detail = e.detail));
      await tick(el, 'frequent');
      expect(text(notice(el)!.querySelector('[part="notice-heading"]')!)).to.contain(c.notice.soon.title);
      expect(detail?.careLevel).to.equal('soon');
      await tick(el, 'other-symptoms');
      expect(text(notice(el)!.querySelector('[part="notice-heading"]')!)).to.contain(c.notice.urgent.title);
      expect((notice(el) as HTMLElement).dataset.level).to.equal('urgent');
      expect(detail?.careLevel).to.equal('urgent');
      expect(detail?.seeProfessional).to.equal(true);
      // The urgent notice does not say "book a visit".
      expect(text(notice(el)!)).to.not.contain('Book a visit');
      await tick(el, 'frequent', 'other-symptoms');
      expect(detail?.careLevel).to.equal(null);
    });

    it('calls the site’s emergency number, as a link on screen and in the copied summary', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      const el = await checklist(html`<cramp-risk-checklist emergency-number="999"></cramp-risk-checklist>`);
      await tick(el, 'long-cramp');
      const link = notice(el)!.querySelector<HTMLAnchorElement>('a[part="number"]')!;
      expect(link.getAttribute('href')).to.equal('tel:999');
      expect(text(notice(el)!))
        .to.contain('Call 999 now')
        .and.contain('Do not drive yourself');
      $(el, '.copy').click();
      await aTimeout(0);
      expect(copied[0]).to.contain('Call 999 now').and.contain(c.notice.urgent.title);
      // A number from a framework, and a bad one (warned, with the words instead).
      el.emergencyNumber = 112;
      await el.updateComplete;
      expect(notice(el)!.querySelector('a[part="number"]')!.getAttribute('href')).to.equal('tel:112');
      const w = captureWarnings();
      try {
        el.emergencyNumber = 'call us';
        await el.updateComplete;
        expect(notice(el)!.querySelector('a[part="number"]')).to.equal(null);
        expect(text(notice(el)!)).to.contain(`Call ${en.localNumber} now`);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('emergency-number="call us"');
      } finally {
        w.restore();
      }
    });

    it('groups age and pregnancy as risk factors about the reader, not as health conditions', async () => {
      const el = await checklist();
      const legends = $$(el, 'legend').map((l) => text(l));
      expect(legends).to.include(c.aboutYouLegend);
      const aboutYou = $$(el, 'fieldset.about-you input').map((i) => (i as HTMLInputElement).value);
      expect(aboutYou).to.deep.equal(['pregnant', 'over-60']);
    });

    it('does not appear for risk factors alone', async () => {
      const el = await checklist();
      await tick(el, ...RISK_IDS);
      expect(notice(el)).to.equal(null);
      expect(shownCauses(el)).to.have.length(6);
    });

    it('stands apart by more than colour: a border, an icon and heading words', async () => {
      const el = await checklist(html`<cramp-risk-checklist theme="light"></cramp-risk-checklist>`);
      await tick(el, 'frequent');
      const style = getComputedStyle(notice(el)!);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(6);
    });

    it('links to the care advice on the page when there is one', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-risk-checklist></cramp-risk-checklist>
        <cramp-care-advice id="get-help"></cramp-care-advice>
      </div>`);
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      await tick(el, 'severe');
      const link = notice(el)!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('#get-help');
      expect(text(link)).to.equal(c.noticeCare);
    });
  });

  describe('links to the cause explainer', () => {
    it('offers "Read more" for each cause, which opens it in the explainer and moves focus there', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-cause-explainer></cramp-cause-explainer>
        <cramp-risk-checklist></cramp-risk-checklist>
      </div>`);
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      const explainer = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
      await tick(el, 'statin');
      const more = $(el, '[part="more"]');
      expect(text(more)).to.equal(c.more(en.causes.lifestyle.title));
      more.click();
      await aTimeout(0);
      await explainer.updateComplete;
      const button = $(explainer, '#button-lifestyle');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(explainer.shadowRoot!.activeElement).to.equal(button);
    });

    it('selects the tab, or focuses the card, in the other layouts', async () => {
      for (const layout of ['tabs', 'cards']) {
        const explainer = await fixture<CrampCauseExplainer>(html`<cramp-cause-explainer layout=${layout}></cramp-cause-explainer>`);
        expect(await explainer.show('genetics')).to.equal(true);
        const target = explainer.shadowRoot!.activeElement!;
        // A card's heading (issue 26: the whole card had a name of over a thousand characters).
        expect(layout === 'tabs' ? target.id : target.closest('[part="card"]')!.id).to.equal(
          layout === 'tabs' ? 'tab-genetics' : 'card-genetics',
        );
        if (layout === 'tabs') expect(target.getAttribute('aria-selected')).to.equal('true');
      }
      const partial = await fixture<CrampCauseExplainer>(html`<cramp-cause-explainer causes="strain"></cramp-cause-explainer>`);
      expect(await partial.show('genetics')).to.equal(false);
    });

    it('offers "Read more" only for the causes the explainer on the page shows', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-cause-explainer causes="lifestyle strain"></cramp-cause-explainer>
        <cramp-risk-checklist></cramp-risk-checklist>
      </div>`);
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      const explainer = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
      expect(explainer.hasCause('lifestyle')).to.equal(true);
      expect(explainer.hasCause('conditions')).to.equal(false);
      await tick(el, 'statin', 'diabetes');
      expect($$(el, '[part="more"]').map((b) => text(b))).to.deep.equal([c.more(en.causes.lifestyle.title)]);
      expect(shownCauses(el)).to.have.length(2);
    });

    it('still shows its summary when the explainer on the page is not ready, or is an older copy without hasCause', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-cause-explainer></cramp-cause-explainer>
        <cramp-risk-checklist></cramp-risk-checklist>
      </div>`);
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      // As an explainer not yet upgraded (the autoloader still fetching it), or from an older copy.
      Object.defineProperty(wrapper.querySelector('cramp-cause-explainer')!, 'hasCause', { value: undefined });
      await tick(el, 'statin');
      expect(shownCauses(el)).to.deep.equal([en.causes.lifestyle.title]);
      expect($$(el, '[part="more"]')).to.have.length(0);
    });

    it('offers no "Read more" when there is no explainer', async () => {
      const el = await checklist();
      await tick(el, 'statin');
      expect($$(el, '[part="more"]')).to.have.length(0);
    });
  });

  describe('value, reset() and clearing', () => {
    it('gives the whole summary, notice and site number included, at once after value is set: before its first render too', async () => {
      // A site that emails the answers reads summaryText() in the same breath as it sets value (a framework's
      // effect may run before the element's first render, which comes later below the screen).
      const el = document.createElement('cramp-risk-checklist');
      el.setAttribute('emergency-number', '999');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      el.value = ['severe'];
      const before = el.summaryText();
      expect(before).to.contain(`${c.noticePrefix}${c.notice[en.about.severe.level].title}.`);
      expect(before).to.contain(c.noticeEmergency.replace('{number}', '999'));
      await el.updateComplete;
      expect(el.summaryText()).to.equal(before);
      // And after it: a new value and a new number are in the very next summary, not the one after the render.
      el.value = ['long-cramp'];
      el.emergencyNumber = '112';
      const after = el.summaryText();
      expect(after).to.contain(`${c.noticePrefix}${c.notice[en.about['long-cramp'].level].title}.`);
      expect(after).to.not.contain(c.notice[en.about.severe.level].title);
      expect(after).to.contain(c.noticeEmergency.replace('{number}', '112'));
      await el.updateComplete;
      expect(el.summaryText()).to.equal(after);
      el.reset();
      expect(el.summaryText()).to.not.contain(c.noticePrefix);
    });

    it('gives the site number in the summary, and the answers to a form, at once: properties set before it was defined too', async () => {
      const early = notYetDefined('<cramp-risk-checklist name="risks"></cramp-risk-checklist>');
      early.emergencyNumber = '999';
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      form.append(early);
      const el = form.firstElementChild as CrampRiskChecklist;
      el.value = ['long-cramp'];
      expect(el.summaryText()).to.contain(c.noticeEmergency.replace('{number}', '999'));
      await el.updateComplete;
      el.value = ['diet', 'sleep'];
      expect(new FormData(form).getAll('risks')).to.deep.equal(['diet', 'sleep']);
      el.reset();
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
    });

    it('takes over properties set before it was defined (a script that runs before the bundle), and later ticks reach value', async () => {
      const early = notYetDefined('<cramp-risk-checklist></cramp-risk-checklist>');
      early.value = ['diet', 'sleep'];
      early.headingLevel = 4;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(early);
      const el = wrapper.firstElementChild as CrampRiskChecklist;
      expect(el).to.be.instanceOf(customElements.get('cramp-risk-checklist'));
      await el.updateComplete;
      expect(Object.prototype.hasOwnProperty.call(el, 'value')).to.equal(false);
      expect(el.value).to.deep.equal(['diet', 'sleep']);
      expect(($(el, 'input[value="diet"]') as HTMLInputElement).checked).to.equal(true);
      expect($(el, '[part~="title"]').localName).to.equal('h4');
      $(el, 'input[value="caffeine"]').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['diet', 'sleep', 'caffeine']);
    });

    it('takes text and null for value as a framework may pass them, and never throws on odd items', async () => {
      const el = await fixture<CrampRiskChecklist>(html`<cramp-risk-checklist></cramp-risk-checklist>`);
      const w = captureWarnings();
      try {
        (el as unknown as { value: unknown }).value = [Object.create(null), Symbol('x'), 'diet'];
        expect(el.value).to.deep.equal(['diet']);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('value: ignored unknown item ids (a value of type object), (a value of type symbol)');
      } finally {
        w.restore();
      }
      (el as unknown as { value: unknown }).value = 'diet sleep';
      expect(el.value).to.deep.equal(['diet', 'sleep']);
      (el as unknown as { value: unknown }).value = null;
      expect(el.value).to.deep.equal([]);
    });

    it('reads and sets value, in the checklist’s order', async () => {
      const el = await checklist();
      el.value = ['statin', 'frequent', 'diabetes'];
      await el.updateComplete;
      expect(el.value).to.deep.equal(['frequent', 'diabetes', 'statin']);
      expect(box(el, 'statin').checked).to.equal(true);
      expect(shownCauses(el)).to.deep.equal([en.causes.conditions.title, en.causes.lifestyle.title]);
      expect(notice(el)).to.not.equal(null);
    });

    it('ignores unknown ids in value, with one warning naming them', async () => {
      const el = await checklist();
      const w = captureWarnings();
      try {
        // @ts-expect-error: unknown ids: TypeScript refuses them; a page's script may still set them
        el.value = ['diet', 'gout', '<img src=x onerror=alert(1)>'];
        // @ts-expect-error: unknown ids: TypeScript refuses them; a page's script may still set them
        el.value = ['diet', 'gout', '<img src=x onerror=alert(1)>'];
        await el.updateComplete;
        expect(el.value).to.deep.equal(['diet']);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('"gout"');
        expect($$(el, 'img')).to.have.length(0);
        el.value = null;
        expect(el.value).to.deep.equal([]);
      } finally {
        w.restore();
      }
    });

    it('clears everything with reset(), without an event', async () => {
      const el = await checklist();
      const rec = recordChanges();
      try {
        el.value = ['diet', 'severe'];
        el.reset();
        await el.updateComplete;
        expect(el.value).to.deep.equal([]);
        expect($$(el, 'input:checked')).to.have.length(0);
        expect(notice(el)).to.equal(null);
        expect(rec.events).to.deep.equal([]);
      } finally {
        rec.stop();
      }
    });

    it('clears everything with the Clear button, and tells the page', async () => {
      const el = await checklist();
      await tick(el, 'diet', 'severe');
      const rec = recordChanges();
      try {
        $(el, '.clear').click();
        await el.updateComplete;
        expect(el.value).to.deep.equal([]);
        expect(rec.events).to.deep.equal([{ checked: [], causes: [], seeProfessional: false, careLevel: null }]);
      } finally {
        rec.stop();
      }
    });
  });

  describe('privacy and saving', () => {
    it('writes nothing to storage without persist', async () => {
      const setItem = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (...args: [string, string]) {
        writes += 1;
        setItem.apply(this, args);
      };
      try {
        const el = await checklist();
        await tick(el, 'diet', 'severe');
        $(el, '.clear').click();
        await el.updateComplete;
        expect(writes).to.equal(0);
        expect(localStorage.length).to.equal(0);
        expect(document.cookie).to.equal('');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('never removes or overwrites data it did not write under its key (a reused key, a newer format), with one warning', async () => {
      for (const foreign of ['{"theme":"dark"}', 'plain text', '{"v":2,"checked":["diet"],"more":1}', '[1,2]']) {
        localStorage.setItem('settings', foreign);
        const w = captureWarnings();
        try {
          const el = await checklist(html`<cramp-risk-checklist persist storage-key="settings"></cramp-risk-checklist>`);
          expect(localStorage.getItem('settings'), foreign).to.equal(foreign);
          await tick(el, 'diet');
          $(el, '.clear').click();
          await el.updateComplete;
          expect(localStorage.getItem('settings'), foreign).to.equal(foreign);
          expect(w.messages.filter((m) => m.includes('storage-key "settings" holds data cramp-kit did not write'))).to.have.length(1);
          // It does not claim to save what it cannot.
          expect(text($(el, '[part="privacy"]'))).to.equal(c.privacy);
          el.remove();
        } finally {
          w.restore();
          localStorage.removeItem('settings');
        }
      }
    });

    it('still reads what version 0.1 saved ({ v: 1, checked })', async () => {
      localStorage.setItem(DEFAULT_STORAGE_KEY, '{"v":1,"checked":["diet"]}');
      const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
      expect(el.value).to.deep.equal(['diet']);
      await tick(el, 'sleep');
      expect(JSON.parse(localStorage.getItem(DEFAULT_STORAGE_KEY)!)).to.deep.equal({ by: 'cramp-kit', v: 1, checked: ['diet', 'sleep'] });
    });

    it('removes what it saved when persist is turned off, so "not saved" is true', async () => {
      const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
      await tick(el, 'diet');
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.not.equal(null);
      el.persist = false;
      await el.updateComplete;
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
      expect(text($(el, '[part="privacy"]'))).to.equal(c.privacy);
      expect(el.value).to.deep.equal(['diet']);
    });

    it('does not say "saved on this device" when saving fails (storage full)', async () => {
      // Answers saved earlier, before the storage filled up.
      localStorage.setItem(DEFAULT_STORAGE_KEY, '{"by":"cramp-kit","v":1,"checked":["sleep"]}');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const w = captureWarnings();
      try {
        const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        await tick(el, 'diet');
        expect(text($(el, '[part="privacy"]'))).to.equal(c.privacy);
        expect(w.messages.some((m) => m.includes('could not save answers'))).to.equal(true);
        // The line says nothing is saved, and nothing is: the older answers are gone too.
        expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
      } finally {
        Storage.prototype.setItem = setItem;
        w.restore();
      }
    });

    it('saves and restores on a page that patched Array.prototype.toJSON (old Prototype.js)', async () => {
      const proto = Array.prototype as unknown as { toJSON?: () => string };
      proto.toJSON = function (this: unknown[]) {
        return JSON.stringify(this.slice());
      };
      try {
        const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        await tick(el, 'diet', 'sleep');
        const again = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        expect(again.value).to.deep.equal(['diet', 'sleep']);
      } finally {
        delete proto.toJSON;
      }
    });

    it('keeps two checklists with one key in step, on one page and from another tab', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-risk-checklist persist></cramp-risk-checklist><cramp-risk-checklist persist></cramp-risk-checklist>
      </div>`);
      const [a, b] = [...wrapper.children] as CrampRiskChecklist[];
      await a!.updateComplete;
      await b!.updateComplete;
      await tick(a!, 'diet');
      await b!.updateComplete;
      expect(b!.value).to.deep.equal(['diet']);
      await tick(b!, 'sleep');
      await a!.updateComplete;
      expect(a!.value).to.deep.equal(['diet', 'sleep']);
      // Another tab saved: the storage event.
      localStorage.setItem(DEFAULT_STORAGE_KEY, '{"by":"cramp-kit","v":1,"checked":["caffeine"]}');
      window.dispatchEvent(new StorageEvent('storage', { key: DEFAULT_STORAGE_KEY, storageArea: localStorage }));
      await a!.updateComplete;
      await b!.updateComplete;
      expect(a!.value).to.deep.equal(['caffeine']);
      expect(b!.value).to.deep.equal(['caffeine']);
      expect(($(a!, 'input[value="caffeine"]') as HTMLInputElement).checked).to.equal(true);
    });

    it('keeps both answers when two tabs tick at nearly the same moment (issue 26: one was lost)', async () => {
      const key = 'cramp-kit-two-tabs';
      localStorage.removeItem(key);
      const tab = async () => {
        const iframe = await frame({
          srcdoc: `<!doctype html><script type="module" src="/dist/cdn/cramp-kit.js"></script><cramp-risk-checklist persist storage-key="${key}"></cramp-risk-checklist>`,
        });
        await iframe.contentWindow!.customElements.whenDefined('cramp-risk-checklist');
        await allRendered(iframe.contentDocument!);
        return iframe.contentDocument!.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
      };
      const [a, b] = [await tab(), await tab()];
      try {
        // In one task: neither tab has heard of the other's answer when it saves its own.
        $(a, 'input[value="diet"]').click();
        $(b, 'input[value="sleep"]').click();
        await until(() => a.value.length === 2 && b.value.length === 2);
        expect(a.value).to.deep.equal(['diet', 'sleep']);
        expect(b.value).to.deep.equal(['diet', 'sleep']);
        expect((JSON.parse(localStorage.getItem(key)!) as { checked: string[] }).checked).to.deep.equal(['diet', 'sleep']);
        // Clearing in one tab clears what it had, and keeps what the other ticked meanwhile.
        $(a, '.clear').click();
        $(b, 'input[value="caffeine"]').click();
        await until(() => a.value.length === 1 && b.value.length === 1);
        expect([a.value, b.value]).to.deep.equal([['caffeine'], ['caffeine']]);
      } finally {
        for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
        localStorage.removeItem(key);
      }
    });

    it('turning persist off on one of two checklists with one key erases neither’s answers', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-risk-checklist persist></cramp-risk-checklist><cramp-risk-checklist persist></cramp-risk-checklist>
      </div>`);
      const [a, b] = [...wrapper.children] as CrampRiskChecklist[];
      await tick(a!, 'diet');
      await b!.updateComplete;
      a!.persist = false;
      await a!.updateComplete;
      await b!.updateComplete;
      // b still saves under the key: its answers, on screen and on the device, stay.
      expect(b!.value).to.deep.equal(['diet']);
      expect(a!.value).to.deep.equal(['diet']);
      expect(JSON.parse(localStorage.getItem(DEFAULT_STORAGE_KEY)!)).to.deep.equal({ by: 'cramp-kit', v: 1, checked: ['diet'] });
      // The last one to stop saving removes them.
      b!.persist = false;
      await b!.updateComplete;
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
      expect(b!.value).to.deep.equal(['diet']);
    });

    it('with persist, saves answers on this device and restores them', async () => {
      const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
      expect(text($(el, '[part="privacy"]'))).to.equal(c.privacyPersist);
      await tick(el, 'diet', 'frequent');
      expect(JSON.parse(localStorage.getItem(DEFAULT_STORAGE_KEY)!)).to.deep.equal({
        by: 'cramp-kit',
        v: 1,
        checked: ['frequent', 'diet'],
      });
      const again = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
      expect(again.value).to.deep.equal(['frequent', 'diet']);
      expect(notice(again)).to.not.equal(null);
      $(again, '.clear').click();
      await again.updateComplete;
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
    });

    it('uses storage-key', async () => {
      const el = await checklist(html`<cramp-risk-checklist persist storage-key="clinic:legs"></cramp-risk-checklist>`);
      await tick(el, 'statin');
      expect(localStorage.getItem('clinic:legs')).to.contain('statin');
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(null);
    });

    it('takes storageKey as a framework passes it (a number, a list, null), and never throws', async () => {
      const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
      (el as unknown as { storageKey: unknown }).storageKey = 2026;
      await el.updateComplete;
      await tick(el, 'statin');
      expect(localStorage.getItem('2026')).to.contain('statin');
      for (const odd of [['a', 'b'], null, { key: 'x' }]) {
        (el as unknown as { storageKey: unknown }).storageKey = odd;
        await el.updateComplete;
      }
      await tick(el, 'diet');
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.contain('diet');
    });

    it('keeps answers given before persist was turned on', async () => {
      const el = await checklist();
      await tick(el, 'statin');
      el.persist = true;
      await el.updateComplete;
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.contain('statin');
    });

    it('still works when storage throws, with one warning', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const w = captureWarnings();
      try {
        const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        await tick(el, 'diet', 'severe', 'statin');
        expect(el.value).to.deep.equal(['severe', 'diet', 'statin']);
        expect(notice(el)).to.not.equal(null);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('localStorage');
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
        w.restore();
      }
    });

    it('still works when only writing fails (storage full), with one warning', async () => {
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const w = captureWarnings();
      try {
        const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        await tick(el, 'diet', 'statin');
        expect(el.value).to.deep.equal(['diet', 'statin']);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('could not save');
      } finally {
        Storage.prototype.setItem = setItem;
        w.restore();
      }
    });

    for (const [name, stored] of [
      ['not JSON', '{"checked": ["diet"'],
      ['not an object', '"diet"'],
      ['no list', '{"checked": "diet"}'],
      ['null', 'null'],
    ]) {
      it(`leaves saved data that is ${name!} alone, with a warning`, async () => {
        localStorage.setItem(DEFAULT_STORAGE_KEY, stored!);
        const w = captureWarnings();
        try {
          const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
          expect(el.value).to.deep.equal([]);
          expect(w.messages).to.have.length(1);
          expect(w.messages[0]).to.contain('holds data cramp-kit did not write');
          // Left as it was.
          expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal(stored);
        } finally {
          w.restore();
        }
      });
    }

    it('restores tampered data item by item, trusting nothing', async () => {
      localStorage.setItem(
        DEFAULT_STORAGE_KEY,
        JSON.stringify({ v: 1, checked: ['diet', 'evil', 5, null, { id: 'statin' }, '<img src=x onerror=alert(1)>', 'severe', 'diet'] }),
      );
      const w = captureWarnings();
      try {
        const el = await checklist(html`<cramp-risk-checklist persist></cramp-risk-checklist>`);
        expect(el.value).to.deep.equal(['severe', 'diet']);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('ignored 5 saved answer');
        expect($$(el, 'img')).to.have.length(0);
      } finally {
        w.restore();
      }
    });
  });

  describe('in a form', () => {
    it('submits one entry per ticked id under its name, and clears on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="patient" value="A. Reader" />
        <cramp-risk-checklist name="risks"></cramp-risk-checklist>
      </form>`);
      const el = form.querySelector('cramp-risk-checklist')!;
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
      await tick(el, 'statin', 'frequent');
      expect(new FormData(form).getAll('risks')).to.deep.equal(['frequent', 'statin']);
      expect(new FormData(form).get('patient')).to.equal('A. Reader');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
    });

    it('submits nothing without a name, and follows a later name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cramp-risk-checklist></cramp-risk-checklist></form>`);
      const el = form.querySelector('cramp-risk-checklist')!;
      await tick(el, 'diet');
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.name = 'answers';
      await el.updateComplete;
      expect(new FormData(form).getAll('answers')).to.deep.equal(['diet']);
    });

    it('keeps its answers in a disabled fieldset: "Clear answers" is disabled with the boxes (issue 26)', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><cramp-risk-checklist name="r"></cramp-risk-checklist></fieldset></form>`,
      );
      const el = form.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
      el.value = ['diet'];
      await el.updateComplete;
      const clear = $(el, '.clear') as HTMLButtonElement;
      expect(clear.disabled).to.equal(true);
      clear.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(['diet']);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(clear.disabled).to.equal(false);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><cramp-risk-checklist name="r"></cramp-risk-checklist></fieldset></form>`,
      );
      const el = form.querySelector('cramp-risk-checklist')!;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.matches(':disabled'))).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(box(el, 'diet').matches(':disabled')).to.equal(false);
    });

    it('takes back answers the browser restores', async () => {
      const el = await checklist();
      const w = captureWarnings();
      try {
        el.formStateRestoreCallback('diet statin bogus');
        el.formStateRestoreCallback(null);
        await el.updateComplete;
        expect(el.value).to.deep.equal(['diet', 'statin']);
        expect(w.messages).to.have.length(1);
      } finally {
        w.restore();
      }
    });
  });

  describe('copy and print', () => {
    let original: PropertyDescriptor | undefined;
    beforeEach(() => {
      original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies a plain-text summary and says so', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      const el = await checklist();
      await tick(el, 'diet', 'severe');
      $(el, '.copy').click();
      await aTimeout(0);
      await el.updateComplete;
      expect(copied).to.have.length(1);
      const summary = copied[0]!;
      expect(summary).to.contain(c.textTitle).and.contain(en.risks.diet.label).and.contain(en.about.severe.label);
      expect(summary).to.contain(en.causes.electrolytes.title).and.contain(en.causes.electrolytes.helps[0]!);
      expect(summary).to.contain(c.notice.soon.title).and.contain(c.notDiagnosis).and.contain(`Call ${en.localNumber} now`);
      expect(summary).to.not.match(/<[a-z]/i);
      expect(text($(el, '[part="status"]'))).to.equal(c.copied);
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect($$(el, 'textarea')).to.have.length(0);
      // Copying again is said again: the message is emptied, then set.
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(text($(el, '[part="status"]'))));
      observer.observe($(el, '[part="status"]'), { childList: true, characterData: true, subtree: true });
      $(el, '.copy').click();
      await aTimeout(0);
      await el.updateComplete;
      observer.disconnect();
      expect(copied).to.have.length(2);
      expect(said.filter((s, i) => s !== said[i - 1])).to.deep.equal(['', c.copied]);
    });

    it('keeps its copy message region in the accessibility tree while it is empty, taking no room', async () => {
      const el = await checklist();
      const status = $(el, '[part="status"]');
      expect(text(status)).to.equal('');
      expect(getComputedStyle(status).display).to.not.equal('none');
      expect(status.getBoundingClientRect().height).to.equal(0);
    });

    it('when the clipboard is refused, shows the summary selected in a box to copy by hand', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      });
      // A page where the checklist ends far below the fold.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><cramp-risk-checklist></cramp-risk-checklist><div style="height: 3000px"></div></div>`,
      );
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      await tick(el, 'diet');
      window.scrollTo(0, 0);
      $(el, '.copy').click();
      await aTimeout(10);
      await el.updateComplete;
      expect(text($(el, '[part="status"]'))).to.equal(c.copyFailed);
      const area = $(el, 'textarea') as HTMLTextAreaElement;
      // Focus is in the box, and the box and the message are in view.
      expect(el.shadowRoot!.activeElement).to.equal(area);
      for (const shown of [area, $(el, '[part="status"]')]) {
        const box = shown.getBoundingClientRect();
        expect(box.top, shown.localName).to.be.at.least(0);
        expect(box.bottom, shown.localName).to.be.at.most(window.innerHeight);
      }
      expect(area.value).to.equal(el.summaryText());
      expect(area.selectionStart).to.equal(0);
      expect(area.selectionEnd).to.equal(area.value.length);
      // The box has its own name, and the how-to-copy message as its description.
      expect(area.getAttribute('aria-label')).to.equal(c.fallbackLabel);
      expect(el.shadowRoot!.getElementById(area.getAttribute('aria-describedby')!)).to.equal($(el, '[part="status"]'));
      // Ticking again hides the stale box.
      await tick(el, 'statin');
      expect($$(el, 'textarea')).to.have.length(0);
    });

    it('copes with no clipboard at all', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const el = await checklist();
      $(el, '.copy').click();
      await aTimeout(10);
      await el.updateComplete;
      expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.contain(c.summaryEmpty);
    });

    it('prints only the checklist: the page is hidden while printing, and restored after', async () => {
      const el = await checklist();
      await tick(el, 'diet');
      const print = window.print;
      let during: { sheets: number; marked: boolean } | undefined;
      const before = document.adoptedStyleSheets.length;
      window.print = () => {
        during = { sheets: document.adoptedStyleSheets.length, marked: el.hasAttribute('data-cramp-printing') };
      };
      try {
        $(el, '.print').click();
        expect(during).to.deep.equal({ sheets: before + 1, marked: true });
        window.dispatchEvent(new Event('afterprint'));
        expect(document.adoptedStyleSheets.length).to.equal(before);
        expect(el.hasAttribute('data-cramp-printing')).to.equal(false);
      } finally {
        window.print = print;
      }
    });

    it('prints the answers and the summary, without buttons or unticked items', async () => {
      const el = await checklist();
      await tick(el, 'diet');
      const emulated = await emulateMedia([], 'print');
      try {
        const printing = emulated || matchMedia('print').matches;
        const shown = (node: Element) => getComputedStyle(node).display !== 'none';
        expect(shown($(el, '[part="summary"]'))).to.equal(true);
        expect(shown(box(el, 'diet').closest('label')!)).to.equal(true);
        expect(shown($(el, '[part="actions"]'))).to.equal(!printing);
        expect(shown(box(el, 'statin').closest('label')!)).to.equal(!printing);
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('attributes shared by every element', () => {
    it('sets heading levels from heading-level', async () => {
      const el = await checklist(html`<cramp-risk-checklist heading-level="3"></cramp-risk-checklist>`);
      await tick(el, 'diet', 'severe');
      expect($(el, '[part="title"]').localName).to.equal('h3');
      expect($(el, '[part="summary-heading"]').localName).to.equal('h4');
      expect($(el, '[part="cause-heading"]').localName).to.equal('h5');
      expect($(el, '[part="notice-heading"]').localName).to.equal('h5');
    });

    it('reflects theme', async () => {
      const el = await checklist(html`<cramp-risk-checklist theme="dark"></cramp-risk-checklist>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('marks the language of its words: US English, whose file it loads itself', async () => {
      const el = await checklist(html`<cramp-risk-checklist lang="en-US"></cramp-risk-checklist>`);
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en-US');
      expect(text($(el, '[part="intro"]'))).to.contain('Check anything');
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });
    for (const [width, fontSize, theme] of [
      [320, '16px', 'dark'],
      [640, '32px', undefined],
    ] as const) {
      it(`fits ${String(width)} px at ${fontSize} text without sideways scrolling`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: ${fontSize}"><cramp-cause-explainer></cramp-cause-explainer><cramp-risk-checklist theme=${theme ?? nothing}></cramp-risk-checklist></div>`,
        );
        const el = wrapper.querySelector('cramp-risk-checklist')!;
        el.value = ['frequent', 'diet', 'statin', 'family'];
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const node of $$(el, '*')) {
          expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(width + 0.5);
        }
      });
    }

    it('gives every button a target of at least 44 px high, and checkboxes at least 24 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><cramp-cause-explainer></cramp-cause-explainer><cramp-risk-checklist></cramp-risk-checklist></div>`,
      );
      const el = wrapper.querySelector('cramp-risk-checklist')!;
      el.value = ['diet'];
      await el.updateComplete;
      for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      for (const i of $$(el, 'input')) expect(i.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('accessibility (axe)', () => {
    const states: [string, ChecklistItemId[]][] = [
      ['empty', []],
      ['partly ticked', ['diet', 'statin', 'sleep']],
      ['with the notice', ['frequent', 'other-symptoms', 'diet']],
      ['everything ticked', [...ABOUT_IDS, ...RISK_IDS]],
    ];
    for (const theme of ['light', 'dark', undefined]) {
      for (const [state, ids] of states) {
        it(`passes ${state}, ${theme ?? 'no'} theme`, async () => {
          const el = await checklist(html`<cramp-risk-checklist theme=${theme ?? nothing}></cramp-risk-checklist>`);
          el.value = ids;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes with the copy fallback box showing', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const el = await checklist();
        $(el, '.copy').click();
        await aTimeout(10);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });
});
