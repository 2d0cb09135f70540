import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/cramp-guide.js';
import type { CrampGuide } from '../src/cramp-guide.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import { CAUSE_IDS, GUIDE_SECTIONS, registerContentPack } from '../src/content/index.js';
import { en } from '../src/content/en.js';
import { $, $$, captureWarnings, settled, text } from './helpers/index.js';

const TAGS: Record<string, string> = {
  causes: 'cramp-cause-explainer',
  checklist: 'cramp-risk-checklist',
  prevention: 'cramp-prevention-tips',
  stretches: 'cramp-stretch-routine',
  care: 'cramp-care-advice',
  anatomy: 'cramp-anatomy',
};
const jsonLd = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

async function guide(template = html`<cramp-guide></cramp-guide>`) {
  const el = await fixture<CrampGuide>(template);
  for (const child of $$(el, '.section')) await (child as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** The element that has focus, however deep in shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<cramp-guide>', () => {
  afterEach(() => {
    // Fixtures are removed between tests; no guide may leave its JSON-LD behind.
    expect(jsonLd()).to.have.length(0);
  });

  it('shows every part in order, with a contents list that links to each', async () => {
    const el = await guide();
    expect(text($(el, '[part="title"]'))).to.equal(en.guide.title);
    expect($$(el, '.section').map((s) => s.id)).to.deep.equal([...GUIDE_SECTIONS]);
    for (const [id, tag] of Object.entries(TAGS)) expect($(el, `#${id}`).localName).to.equal(tag);
    const links = $$<HTMLAnchorElement>(el, '[part="contents"] a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(GUIDE_SECTIONS.map((id) => `#${id}`));
    expect(links.map((a) => text(a))).to.deep.equal([
      en.guide.introTitle,
      en.anatomy.title,
      en.during.title,
      en.careText.title,
      en.explainer.title,
      en.checklist.title,
      en.prevention.title,
      en.stretch.routineTitle,
      en.guide.sourcesTitle,
    ]);
    expect($(el, '[part="contents"]').localName).to.equal('nav');
    expect($(el, '[part="contents"]').getAttribute('aria-label')).to.equal(en.guide.contents);
  });

  it('ends with the sources, the review dates and a disclaimer', async () => {
    const el = await guide();
    const sources = $$(el, '[part="source-list"] li').map((li) => text(li));
    expect(sources).to.have.length(Object.keys(en.sources).length);
    expect(sources.join(' ')).to.contain('Hallegraeff JM').and.contain('https://www.nhs.uk/conditions/leg-cramps/');
    const times = $$(el, '[part="reviewed"] time').map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal([en.reviewed.last, en.reviewed.next]);
    expect(text($(el, '[part="reviewed"]')))
      .to.contain(en.lastReviewed)
      .and.contain(en.guide.nextReview)
      .and.contain('2026');
    expect(text($(el, '[part="disclaimer"]'))).to.equal(en.guide.disclaimer);
  });

  it('switches the parts inside to a new language with the page: a lang set on an ancestor after the guide is shown', async () => {
    registerContentPack({
      lang: 'x-switch',
      guide: { title: 'Switched guide' },
      causes: { dehydration: { title: 'Switched cause' } },
      prevention: { title: 'Switched tips' },
      checklist: { title: 'Switched checklist' },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cramp-guide></cramp-guide></div>`);
    const el = wrapper.querySelector('cramp-guide')!;
    await el.updateComplete;
    const inner = (tag: string) => $(el, tag) as HTMLElement & { updateComplete: Promise<unknown> };
    for (const tag of ['cramp-cause-explainer', 'cramp-prevention-tips', 'cramp-risk-checklist']) await inner(tag).updateComplete;
    expect(
      text(inner('cramp-cause-explainer').shadowRoot!.querySelector('.base')!).includes('Switched cause'),
      '<cramp-cause-explainer>',
    ).to.equal(false);

    wrapper.setAttribute('lang', 'x-switch');
    // The guide re-renders first; the parts inside follow its new lang.
    for (let i = 0; i < 5; i++) {
      await el.updateComplete;
      for (const tag of ['cramp-cause-explainer', 'cramp-prevention-tips', 'cramp-risk-checklist']) await inner(tag).updateComplete;
      await aTimeout(0);
    }
    expect(text($(el, '[part~="title"]'))).to.equal('Switched guide');
    expect(
      text(inner('cramp-cause-explainer').shadowRoot!.querySelector('.base')!).includes('Switched cause'),
      '<cramp-cause-explainer>',
    ).to.equal(true);
    expect(
      text(inner('cramp-prevention-tips').shadowRoot!.querySelector('.base')!).includes('Switched tips'),
      '<cramp-prevention-tips>',
    ).to.equal(true);
    expect(
      text(inner('cramp-risk-checklist').shadowRoot!.querySelector('.base')!).includes('Switched checklist'),
      '<cramp-risk-checklist>',
    ).to.equal(true);

    wrapper.setAttribute('lang', 'en');
    for (let i = 0; i < 5; i++) {
      await el.updateComplete;
      for (const tag of ['cramp-cause-explainer', 'cramp-prevention-tips']) await inner(tag).updateComplete;
      await aTimeout(0);
    }
    expect(
      text(inner('cramp-cause-explainer').shadowRoot!.querySelector('.base')!).includes('Switched cause'),
      '<cramp-cause-explainer>',
    ).to.equal(false);
  });

  describe('review dates', () => {
    const reviewedText = (el: Element) => text($(el, '[part="reviewed"]'));

    it('writes English dates from the content pack, without Intl', async () => {
      const original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function () {
        throw new Error('Intl.DateTimeFormat was used');
      } as unknown as typeof Intl.DateTimeFormat;
      try {
        const el = await guide();
        const [y, m, d] = en.reviewed.last.split('-').map(Number) as [number, number, number];
        expect(reviewedText(el)).to.contain(`${en.lastReviewed} ${en.date(y, m, d)}`);
        expect(en.date(2026, 11, 24)).to.equal('24 November 2026');
        expect(en.date(2027, 1, 5)).to.equal('5 January 2027');
      } finally {
        Intl.DateTimeFormat = original;
      }
    });

    it('uses the browser’s formatting for a pack that does not write its own dates, and the pack’s when it does', async () => {
      registerContentPack({ lang: 'de', lastReviewed: 'Zuletzt geprüft:' });
      const de = await guide(html`<cramp-guide lang="de"></cramp-guide>`);
      const [y, m, d] = en.reviewed.last.split('-').map(Number) as [number, number, number];
      const german = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(reviewedText(de)).to.contain(`Zuletzt geprüft: ${german}`);
      registerContentPack({ lang: 'x-dates', date: (year, month, day) => `${String(year)}/${String(month)}/${String(day)}` });
      const own = await guide(html`<cramp-guide lang="x-dates"></cramp-guide>`);
      expect(reviewedText(own)).to.contain(`${String(y)}/${String(m)}/${String(d)}`);
    });

    it('shows a review date that is not YYYY-MM-DD as it is, and a language tag the browser rejects in English, with one warning each', async () => {
      const w = captureWarnings();
      try {
        // Review dates are facts: a pack cannot move them.
        registerContentPack({ lang: 'x-baddate', reviewed: { last: 'soon', next: '2027-02-31' } } as unknown as Parameters<
          typeof registerContentPack
        >[0]);
        const el = await guide(html`<cramp-guide lang="x-baddate" reviewed-by="Dr Ana Ruiz" reviewed-on="2027-02-31"></cramp-guide>`);
        const times = $$(el, '[part="reviewed"] time').map((t) => t.getAttribute('datetime'));
        expect(times).to.deep.equal([en.reviewed.last, en.reviewed.next]);
        expect(reviewedText(el)).to.contain('Checked for this site by Dr Ana Ruiz.').and.not.contain('2027-02-31');
        expect($$(el, '.section')).to.have.length(GUIDE_SECTIONS.length);
        expect(w.messages.filter((m) => m.includes('reviewed is a clinical fact'))).to.have.length(1);
        expect(w.messages.filter((m) => m.includes('reviewed-on="2027-02-31"'))).to.have.length(1);
        w.messages.length = 0;
        registerContentPack({ lang: 'x-bad_tag', guide: { title: 'Bad tag' } });
        const bad = await guide(html`<cramp-guide lang="x-bad_tag"></cramp-guide>`);
        const [y, m, d] = en.reviewed.last.split('-').map(Number) as [number, number, number];
        expect(text($(bad, '[part="title"]'))).to.equal('Bad tag');
        expect(reviewedText(bad)).to.contain(en.date(y, m, d));
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('"x-bad_tag"');
      } finally {
        w.restore();
      }
    });
  });

  it('shows the parts named in `sections`, in that order, and lists only those', async () => {
    const el = await guide(html`<cramp-guide sections="care causes"></cramp-guide>`);
    expect($$(el, '.section').map((s) => s.id)).to.deep.equal(['care', 'causes']);
    expect($$(el, '[part="contents"] a').map((a) => a.getAttribute('href'))).to.deep.equal(['#care', '#causes']);
  });

  it('skips unknown sections with one warning, and shows all when none is known', async () => {
    const w = captureWarnings();
    try {
      const el = await guide(html`<cramp-guide sections="faq causes"></cramp-guide>`);
      expect($$(el, '.section').map((s) => s.id)).to.deep.equal(['causes']);
      expect(w.messages).to.have.length(1);
      expect(w.messages[0]).to.contain('"faq"').and.contain(GUIDE_SECTIONS.join(', '));
      // @ts-expect-error: no such section: TypeScript refuses it; a page's script may still set it
      el.sections = 'nothing-here';
      await el.updateComplete;
      expect($$(el, '.section')).to.have.length(GUIDE_SECTIONS.length);
    } finally {
      w.restore();
    }
  });

  for (const level of [2, 4]) {
    it(`nests every heading under heading-level="${String(level)}"`, async () => {
      const el = await guide(html`<cramp-guide heading-level=${level}></cramp-guide>`);
      const h = (n: number) => `h${String(Math.min(6, n))}`;
      expect($(el, '[part="title"]').localName).to.equal(h(level));
      for (const title of $$(el, '[part="section-title"]')) expect(title.localName).to.equal(h(level + 1));
      for (const id of Object.keys(TAGS)) {
        const child = $(el, `#${id}`);
        await (child as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect($(child, '[part="title"]').localName, id).to.equal(h(level + 1));
      }
      // No heading in the guide is more than one level deeper than the one before it.
      // Levels as a screen reader gets them: past 6, an <h6> says its level with aria-level.
      const levels: number[] = [];
      const walk = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          if (/^h[2-6]$/.test(node.localName)) levels.push(Number(node.getAttribute('aria-level') ?? node.localName[1]));
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(el.shadowRoot!);
      for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).to.be.at.most(1);
      // Nothing is flattened: from heading-level 4, the deepest parts go past 6.
      if (level === 4) expect(Math.max(...levels)).to.be.greaterThan(6);
    });
  }

  for (const level of [7, 8, 9]) {
    it(`keeps every heading one level below its parent at heading-level="${String(level)}", with one warning (issue 26: they met at 9)`, async () => {
      const w = captureWarnings();
      try {
        const el = await guide(html`<cramp-guide heading-level=${level}></cramp-guide>`);
        await settled(el);
        // Each heading's level as a screen reader gets it, and its parent heading's (the nearest before it, one section up).
        const levels: number[] = [];
        const walk = (root: ParentNode) => {
          for (const node of root.querySelectorAll('*')) {
            if (/^h[2-6]$/.test(node.localName)) levels.push(Number(node.getAttribute('aria-level') ?? node.localName[1]));
            if (node.shadowRoot) walk(node.shadowRoot);
          }
        };
        walk(el.shadowRoot!);
        expect(levels[0]).to.equal(6);
        expect(Math.max(...levels)).to.equal(9);
        // The guide, its parts, their causes, and "Why it can cause cramps": four levels, none shared with its parent's.
        expect([...new Set(levels)].sort()).to.deep.equal([6, 7, 8, 9]);
        expect(w.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
        expect(w.messages[0])
          .to.contain(`heading-level="${String(level)}"`)
          .and.contain('using 6');
      } finally {
        w.restore();
      }
    });
  }

  it('can be walked through by keyboard alone: every control in order, each in view with a visible focus ring, no trap', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <cramp-guide emergency-number="999"></cramp-guide>
      <button id="after">After</button>
    </div>`);
    const el = wrapper.querySelector<CrampGuide>('cramp-guide')!;
    await el.updateComplete;
    for (const inner of el.shadowRoot!.querySelectorAll('[id]'))
      await (inner as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    const seen: Element[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 400; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActive();
      if (!focused || focused.id === 'after') break;
      if (seen.includes(focused)) {
        problems.push(`focus came back to ${focused.localName}#${focused.id}`);
        break;
      }
      seen.push(focused);
      const box = focused.getBoundingClientRect();
      const name = `${focused.localName}${focused.id ? `#${focused.id}` : ''} ${(focused.textContent || '').trim().slice(0, 30)}`;
      if (box.width === 0 || box.height === 0) problems.push(`${name}: no size`);
      if (box.bottom < 0 || box.top > window.innerHeight) problems.push(`${name}: out of view`);
      if (getComputedStyle(focused).outlineStyle === 'none') problems.push(`${name}: no focus ring`);
    }
    expect(problems).to.deep.equal([]);
    expect(deepActive()?.id).to.equal('after');
    // The contents links, six cause buttons, every checklist box and button, the routine's and the card's buttons.
    const count = (selector: string) => seen.filter((f) => f.matches(selector)).length;
    expect(count('[part~="contents"] a, a')).to.be.at.least(9);
    expect(count('.trigger')).to.equal(6);
    expect(count('input[type="checkbox"]')).to.be.at.least(15);
    expect(count('button')).to.be.at.least(6 + 3 + 3 + 1);
  });

  it('takes the reader to each part from the contents list, moving focus to its heading (a short name to hear)', async () => {
    const el = await guide();
    for (const link of $$<HTMLAnchorElement>(el, '[part="contents"] a')) {
      link.click();
      const section = $(el, link.getAttribute('href')!);
      const focused = deepActive();
      expect(focused?.localName, link.getAttribute('href')!).to.match(/^h[2-6]$/);
      expect(
        section === focused || section.contains(focused) || section.shadowRoot?.contains(focused),
        link.getAttribute('href')!,
      ).to.equal(true);
      expect(text(focused!)).to.not.equal('');
    }
    expect(location.hash).to.equal('');
  });

  it('links the checklist’s "talk to a professional" notice to the care advice inside the guide', async () => {
    const el = await guide();
    const checklist = el.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
    checklist.value = ['severe'];
    await checklist.updateComplete;
    const link = $(checklist, '[part="notice"] a');
    expect(link.getAttribute('href')).to.equal('#care');
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#care'));
    expect(deepActive()).to.equal($($(el, '#care'), '[part="title"]'));
  });

  it('links the checklist to the cause explainer inside the guide', async () => {
    const el = await guide();
    const checklist = el.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
    checklist.value = ['statin'];
    await checklist.updateComplete;
    $(checklist, '[part="more"]').click();
    await aTimeout(0);
    const explainer = $(el, '#causes');
    expect($(explainer, '#button-lifestyle').getAttribute('aria-expanded')).to.equal('true');
  });

  it('passes the emergency number and the contact slot to the care advice', async () => {
    const el = await guide(html`<cramp-guide emergency-number="112"><p slot="contact">Our clinic</p></cramp-guide>`);
    const care = $(el, '#care');
    expect($(care, '[part="number"]').getAttribute('href')).to.equal('tel:112');
    const forwarded = $(care, 'slot[name="contact"]') as HTMLSlotElement;
    expect(forwarded.assignedElements({ flatten: true }).map((e) => text(e))).to.deep.equal(['Our clinic']);
    expect($(care, '[part="contact"]').hidden).to.equal(false);
  });

  it('gives the care advice’s contact box no room when the site gives no contact details, and shows them when it does', async () => {
    const el = await guide(html`<cramp-guide sections="care"></cramp-guide>`);
    const care = $(el, '#care') as HTMLElement & { updateComplete: Promise<unknown> };
    await care.updateComplete;
    expect($(care, '[part="contact"]').getBoundingClientRect().height).to.equal(0);
    const given = await guide(html`<cramp-guide sections="care"><span slot="contact">Riverside Clinic</span></cramp-guide>`);
    const inner = $(given, '#care') as HTMLElement & { updateComplete: Promise<unknown> };
    await inner.updateComplete;
    expect($(inner, '[part="contact"]').getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('lets the events of the elements inside reach the page', async () => {
    const el = await guide();
    setTimeout(() => {
      $($(el, '#causes'), '#button-strain').click();
    });
    const event = await oneEvent(document, 'cramp-cause-toggle');
    expect(event.detail).to.deep.equal({ id: 'strain', open: true });
  });

  describe('structured data (JSON-LD)', () => {
    it('adds nothing without structured-data', async () => {
      await guide();
      expect(jsonLd()).to.have.length(0);
    });

    it('adds one MedicalWebPage script, built from the content pack', async () => {
      const el = await guide(html`<cramp-guide structured-data></cramp-guide>`);
      const scripts = jsonLd();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.text) as Record<string, unknown> & {
        about: {
          '@type': string;
          name: string;
          cause: { name: string }[];
          riskFactor: { name: string }[];
          primaryPrevention: { name: string }[];
        };
      };
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('MedicalWebPage');
      expect(data.name).to.equal(en.guide.title);
      expect(data.lastReviewed).to.equal(en.reviewed.last);
      expect(data.inLanguage).to.equal('en');
      expect(data.about['@type']).to.equal('MedicalCondition');
      // Causes the page marks as less certain are left out of what search engines are told.
      const established = CAUSE_IDS.filter((id) => en.causes[id].certainty === 'established');
      expect(data.about.cause.map((c) => c.name)).to.deep.equal(established.map((id) => en.causes[id].title));
      expect(data.about.riskFactor.map((r) => r.name))
        .to.include('Diabetes')
        .and.include('Sport or work in hot weather');
      expect(data.about.riskFactor.map((r) => r.name)).to.not.include(en.causes.genetics.triggers[0]);
      // Ways to prevent cramps only: not the caveats (your team's fluid limits, the statin), nor what the source article alone names.
      expect(data.about.primaryPrevention.map((p) => p.name)).to.deep.equal(
        en.tips.filter((t) => t.kind === 'do' && !['fluid-limits', 'statin', 'strength'].includes(t.id)).map((t) => t.text),
      );
      expect(data.about.primaryPrevention.map((p) => p.name).join(' '))
        .to.not.contain('limit fluids')
        .and.not.contain('source article');
      const types = (list: object[]) => [...new Set(list.map((x) => (x as { '@type': string })['@type']))];
      expect(types(data.about.cause)).to.deep.equal(['MedicalCause']);
      expect(types(data.about.riskFactor)).to.deep.equal(['MedicalRiskFactor']);
      expect(types(data.about.primaryPrevention)).to.deep.equal(['MedicalTherapy']);
      expect(data.citation).to.include(en.sources['allen-kirby-2012'].citation);
      el.remove();
      expect(jsonLd()).to.have.length(0);
    });

    it('writes true lists on a page that patched Array.prototype.toJSON (old Prototype.js)', async () => {
      const proto = Array.prototype as unknown as { toJSON?: () => string };
      proto.toJSON = function (this: unknown[]) {
        return JSON.stringify(this.slice());
      };
      try {
        const el = await guide(html`<cramp-guide structured-data></cramp-guide>`);
        const data = JSON.parse(jsonLd()[0]!.text) as { about: { cause: unknown } };
        expect(Array.isArray(data.about.cause)).to.equal(true);
        el.remove();
      } finally {
        delete proto.toJSON;
      }
    });

    it('keeps one copy with two guides, until the last one leaves', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-guide structured-data sections="intro"></cramp-guide>
        <cramp-guide structured-data sections="sources"></cramp-guide>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('cramp-guide')] as [CrampGuide, CrampGuide];
      await a.updateComplete;
      await b.updateComplete;
      expect(jsonLd()).to.have.length(1);
      a.remove();
      expect(jsonLd()).to.have.length(1);
      wrapper.append(a);
      await a.updateComplete;
      expect(jsonLd()).to.have.length(1);
      a.remove();
      b.remove();
      expect(jsonLd()).to.have.length(0);
    });

    it('describes only the sections shown', async () => {
      const el = await guide(html`<cramp-guide structured-data sections="intro care"></cramp-guide>`);
      const data = JSON.parse(jsonLd()[0]!.text) as { about: Record<string, unknown> };
      expect(Object.keys(data.about).sort()).to.deep.equal(['@type', 'name']);
      el.sections = 'prevention';
      await el.updateComplete;
      const again = JSON.parse(jsonLd()[0]!.text) as { about: Record<string, unknown> };
      expect(Object.keys(again.about).sort()).to.deep.equal(['@type', 'name', 'primaryPrevention']);
      el.remove();
    });

    it('goes through a Trusted Types policy named "cramp-kit", or leaves JSON-LD out with one warning', async () => {
      const real = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
      const names: string[] = [];
      const scripts: string[] = [];
      const install = (allow: boolean) => {
        Object.defineProperty(window, 'trustedTypes', {
          configurable: true,
          value: {
            createPolicy(name: string, rules: { createScript: (s: string) => string }) {
              names.push(name);
              if (!allow) throw new TypeError('Policy not allowed');
              return {
                createScript: (s: string) => {
                  scripts.push(s);
                  return rules.createScript(s);
                },
              };
            },
          },
        });
      };
      const w = captureWarnings();
      try {
        install(true);
        // A fresh copy of the module, so its policy is made under the fake Trusted Types.
        type JsonLd = typeof import('../src/core/json-ld.js');
        const fresh = (name: string) => import(`../src/core/json-ld.ts?${name}`) as Promise<JsonLd>;
        const allowed = await fresh('allowed');
        const owner = {};
        allowed.addJsonLd(owner, () => ({ a: 1 }));
        expect(names).to.deep.equal(['cramp-kit']);
        expect(scripts).to.deep.equal(['{"a":1}']);
        expect(jsonLd()).to.have.length(1);
        allowed.removeJsonLd(owner);
        install(false);
        const refused = await fresh('refused');
        refused.addJsonLd(owner, () => ({ a: 2 }));
        refused.addJsonLd(owner, () => ({ a: 3 }));
        expect(jsonLd()).to.have.length(0);
        expect(w.messages).to.have.length(1);
        expect(w.messages[0]).to.contain('cramp-kit');
        refused.removeJsonLd(owner);
      } finally {
        if (real) Object.defineProperty(window, 'trustedTypes', real);
        else delete (window as { trustedTypes?: unknown }).trustedTypes;
        w.restore();
      }
    });

    it('follows the structured-data attribute', async () => {
      const el = await guide(html`<cramp-guide sections="intro"></cramp-guide>`);
      el.structuredData = true;
      await el.updateComplete;
      expect(jsonLd()).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(jsonLd()).to.have.length(0);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark', undefined]) {
      it(`passes on the whole guide, ${theme ?? 'no'} theme`, async () => {
        const el = await guide(html`<cramp-guide theme=${theme ?? nothing} emergency-number="999"></cramp-guide>`);
        const checklist = el.shadowRoot!.querySelector<CrampRiskChecklist>('#checklist')!;
        checklist.value = ['frequent', 'diet'];
        await checklist.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('passes in use, at heading-level 5: every cause open, an emergency answer, the copy box, a paused stretch', async () => {
      const saved = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        const el = await guide(
          html`<cramp-guide heading-level="5" theme="light" emergency-number="999"><p slot="contact">Call <a href="tel:01234">01234</a></p></cramp-guide>`,
        );
        const part = (id: string) => el.shadowRoot!.querySelector(`#${id}`) as HTMLElement & { updateComplete: Promise<unknown> };
        part('causes').setAttribute('open', CAUSE_IDS.join(' '));
        const checklist = part('checklist') as unknown as CrampRiskChecklist;
        checklist.value = ['severe', 'family', 'statin'];
        await checklist.updateComplete;
        $(checklist, '.copy').click();
        await aTimeout(20);
        const card = part('stretches').shadowRoot!.querySelector('cramp-stretch-card') as unknown as {
          start(): void;
          pause(): void;
          updateComplete: Promise<unknown>;
        };
        card.start();
        card.pause();
        for (const id of ['causes', 'checklist', 'stretches']) await part(id).updateComplete;
        await card.updateComplete;
        expect(checklist.shadowRoot!.querySelector('textarea')).to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        if (saved) Object.defineProperty(navigator, 'clipboard', saved);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });
});
