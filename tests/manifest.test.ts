import { expect, fixture, html } from '@open-wc/testing';
import '../src/cramp-cause-explainer.js';
import '../src/cramp-risk-checklist.js';
import '../src/cramp-stretch-routine.js';
import '../src/cramp-guide.js';
import type { CrampStretchCard } from '../src/cramp-stretch-card.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import { ABOUT_IDS, CAUSE_IDS, RISK_IDS } from '../src/content/index.js';
import * as guideParts from '../src/elements/cramp-guide/cramp-guide.js';
import { CARD_PARTS } from '../src/elements/cramp-stretch-card/cramp-stretch-card.js';

const PARTS = {
  'cramp-cause-explainer': guideParts.EXPLAINER_PARTS,
  'cramp-risk-checklist': guideParts.CHECKLIST_PARTS,
  'cramp-stretch-card': CARD_PARTS,
  'cramp-care-advice': guideParts.CARE_PARTS,
  'cramp-prevention-tips': guideParts.TIPS_PARTS,
  'cramp-anatomy': guideParts.ANATOMY_PARTS,
};
/** The parts an element renders itself (not those it lifts out of the elements inside). */
const ownParts = (doc: Declaration) =>
  (doc.cssParts ?? [])
    .filter((p) => !p.description?.startsWith('Lifted out of'))
    .map((p) => p.name)
    .sort();
const partsOf = (tag: keyof typeof PARTS | 'cramp-stretch-routine') =>
  (tag === 'cramp-stretch-routine' ? guideParts.ROUTINE_PARTS : PARTS[tag]).split(' ');
import { $, $$, TAGS } from './helpers/index.js';
import { GUIDE_SECTIONS, LAYOUTS, STRETCH_IDS, THEMES } from '../src/content/types.js';

interface Declaration {
  tagName?: string;
  members?: { name: string; kind: string; static?: boolean; type?: { text: string } }[];
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  events?: { name: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

async function declaration(tag: string): Promise<Declaration> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

describe('custom-elements.json', () => {
  it('lists its modules in path order, so the files made from it list the elements A to Z on every machine', async () => {
    // The analyzer takes the file system's order, which differed in a copy of the project with one more element.
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const paths = manifest.modules.map((m) => m.path);
    expect(paths).to.deep.equal([...paths].sort());
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags).to.deep.equal([...TAGS].sort());
  });
  it('lists only the public API: no internal state, no static fields', async () => {
    const internal = [
      'expanded',
      'selected',
      'checked',
      'announcement',
      'step',
      'status',
      'fallback',
      'saving',
      'hasContact',
      'english',
      'facts',
      'crampVersion',
    ];
    for (const tag of TAGS) {
      const names = ((await declaration(tag)).members ?? []).map((m) => m.name);
      expect(
        names.filter((name) => internal.includes(name)),
        tag,
      ).to.deep.equal([]);
      expect(names, tag).to.include('headingLevel');
    }
    const checklist = ((await declaration('cramp-risk-checklist')).members ?? []).map((m) => m.name);
    expect(checklist).to.include.members(['value', 'persist', 'reset', 'summaryText']);
  });

  it('types every enumerated attribute with its values, from the code’s own lists', async () => {
    const type = async (tag: string, name: string) => (await declaration(tag)).attributes?.find((a) => a.name === name)?.type?.text ?? '';
    expect(await type('cramp-cause-explainer', 'layout')).to.equal(LAYOUTS.map((v) => `"${v}"`).join(' | '));
    expect(await type('cramp-stretch-card', 'stretch')).to.equal(STRETCH_IDS.map((v) => `"${v}"`).join(' | '));
    for (const tag of TAGS) {
      expect(await type(tag, 'theme'), tag).to.equal(THEMES.map((v) => `"${v}"`).join(' | '));
      expect(await type(tag, 'heading-level'), tag).to.match(/^2 \| 3 .* \| "9"$/);
      // The global lang attribute has HTMLElement's lang property behind it (the framework types read it).
      expect((await declaration(tag)).attributes?.find((a) => a.name === 'lang')?.fieldName, tag).to.equal('lang');
    }
    expect(await type('cramp-stretch-card', 'hold')).to.equal('number | `${number}`');
    // Lists of ids: text or an array (IdList in src/content/types.ts), with every id named.
    expect(await type('cramp-cause-explainer', 'causes')).to.equal(`IdList<${CAUSE_IDS.map((v) => `"${v}"`).join(' | ')}>`);
    expect(await type('cramp-guide', 'sections')).to.equal(`IdList<${GUIDE_SECTIONS.map((v) => `"${v}"`).join(' | ')}>`);
    expect(await type('cramp-stretch-routine', 'stretches')).to.equal(`IdList<${STRETCH_IDS.map((v) => `"${v}"`).join(' | ')}>`);
  });

  it('lists, for the routine and the guide to lift out, exactly the parts each element documents', async () => {
    for (const [tag, names] of Object.entries(PARTS)) {
      const doc = await declaration(tag);
      expect(names.split(' ').sort(), tag).to.deep.equal(ownParts(doc));
    }
    // The routine lists its own parts, then its card's, lifted out as card-*.
    const routine = (await declaration('cramp-stretch-routine')).cssParts ?? [];
    expect(routine.map((p) => p.name)).to.deep.equal(partsOf('cramp-stretch-routine'));
    expect(routine.find((p) => p.name === 'card-ring')?.description).to.equal('Lifted out of the stretch card: its part `ring`.');
    // The guide lists every part it lifts out of the elements inside, under each section's id.
    const guide = ((await declaration('cramp-guide')).cssParts ?? []).map((p) => p.name);
    const lifted = Object.values(guideParts.GUIDE_EXPORTS).flatMap((pairs) => pairs.split(',').map((pair) => pair.split(':')[1]));
    expect(guide).to.include.members(lifted);
    expect(guide).to.include.members([
      'causes-title',
      'checklist-notice',
      'stretches-card-button',
      'during-card-steps',
      'care-level-heading',
    ]);
  });

  it('lifts the parts of the elements inside the routine and the guide out, so a site can style them', async () => {
    const style = document.createElement('style');
    style.textContent = `
      cramp-stretch-routine::part(card-title) { color: rgb(1, 2, 3); }
      cramp-guide::part(causes-title) { color: rgb(4, 5, 6); }
      cramp-guide::part(stretches-card-button) { color: rgb(7, 8, 9); }
      cramp-guide::part(care-level-heading) { color: rgb(10, 11, 12); }`;
    document.head.append(style);
    try {
      const routine = await fixture(html`<cramp-stretch-routine></cramp-stretch-routine>`);
      const card = $(routine, 'cramp-stretch-card') as HTMLElement & { updateComplete: Promise<unknown> };
      await card.updateComplete;
      expect(getComputedStyle($(card, '[part="title"]')).color).to.equal('rgb(1, 2, 3)');
      const guide = await fixture(html`<cramp-guide></cramp-guide>`);
      const inner = (id: string) => $(guide, `#${id}`) as HTMLElement & { updateComplete: Promise<unknown> };
      for (const id of ['causes', 'stretches', 'care']) await inner(id).updateComplete;
      await ($(inner('stretches'), 'cramp-stretch-card') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle($(inner('causes'), '[part="title"]')).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($($(inner('stretches'), 'cramp-stretch-card'), '[part~="button"]')).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle($(inner('care'), '[part~="level-heading"]')).color).to.equal('rgb(10, 11, 12)');
      // Every part of every element inside, under its section's id.
      for (const [id, tag] of Object.entries({
        causes: 'cramp-cause-explainer',
        checklist: 'cramp-risk-checklist',
        prevention: 'cramp-prevention-tips',
        stretches: 'cramp-stretch-routine',
        care: 'cramp-care-advice',
      } as const)) {
        const lifted = inner(id)
          .getAttribute('exportparts')!
          .split(',')
          .map((pair) => pair.split(':')[1]);
        expect(lifted, id).to.deep.equal(partsOf(tag).map((name) => `${id}-${name}`));
      }
      expect(partsOf('cramp-stretch-routine')).to.include('card-timer');
    } finally {
      style.remove();
    }
  });

  it('documents exactly the parts <cramp-cause-explainer> renders, in every layout', async () => {
    const doc = await declaration('cramp-cause-explainer');
    const rendered = new Set<string>();
    for (const layout of ['accordion', 'tabs', 'cards']) {
      const el = await fixture(
        html`<cramp-cause-explainer layout=${layout} open=${CAUSE_IDS.join(' ')} emergency-number="999"></cramp-cause-explainer>`,
      );
      for (const node of $$(el, '[part]')) {
        for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
      }
    }
    expect([...rendered].sort()).to.deep.equal(ownParts(doc));
  });

  it('documents exactly the parts <cramp-risk-checklist> renders, in every state', async () => {
    const doc = await declaration('cramp-risk-checklist');
    const wrapper = await fixture(html`<div>
      <cramp-cause-explainer></cramp-cause-explainer>
      <cramp-risk-checklist emergency-number="999"></cramp-risk-checklist>
    </div>`);
    const el = wrapper.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
    el.value = [...ABOUT_IDS, ...RISK_IDS];
    await el.updateComplete; // it sits below the explainer, so its first render may come in a later task
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.copy')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const rendered = new Set<string>();
    for (const node of $$(el, '[part]')) {
      for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
    }
    expect([...rendered].sort()).to.deep.equal(ownParts(doc));
    expect((doc.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([
      'emergency-number',
      'heading-level',
      'lang',
      'name',
      'persist',
      'reviewed-by',
      'reviewed-on',
      'storage-key',
      'theme',
    ]);
    expect((doc.events ?? []).map((e) => e.name)).to.deep.equal(['cramp-checklist-change']);
  });

  it('documents exactly the parts <cramp-stretch-card> renders, in every state', async () => {
    const doc = await declaration('cramp-stretch-card');
    const wrapper = await fixture(html`<div>
      <cramp-stretch-card stretch="wall-calf" emergency-number="999"></cramp-stretch-card>
      <cramp-stretch-card stretch="unknown-one"></cramp-stretch-card>
    </div>`);
    const [good, bad] = [...wrapper.querySelectorAll<CrampStretchCard>('cramp-stretch-card')] as [CrampStretchCard, CrampStretchCard];
    good.start();
    good.pause();
    await good.updateComplete;
    await bad.updateComplete;
    const rendered = new Set<string>();
    for (const node of [...$$(good, '[part]'), ...$$(bad, '[part]')]) {
      for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
    }
    expect([...rendered].sort()).to.deep.equal(ownParts(doc));
    expect((doc.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([
      'emergency-number',
      'heading-level',
      'hold',
      'lang',
      'reps',
      'reviewed-by',
      'reviewed-on',
      'stretch',
      'theme',
    ]);
    expect((doc.events ?? []).map((e) => e.name).sort()).to.deep.equal(['cramp-stretch-complete', 'cramp-stretch-start']);
  });

  it('documents exactly the parts <cramp-stretch-routine> renders', async () => {
    const doc = await declaration('cramp-stretch-routine');
    const el = await fixture(html`<cramp-stretch-routine emergency-number="999"></cramp-stretch-routine>`);
    const rendered = new Set<string>();
    for (const node of $$(el, '[part]')) {
      for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
    }
    expect([...rendered].sort()).to.deep.equal(ownParts(doc));
    expect((doc.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([
      'emergency-number',
      'heading-level',
      'lang',
      'reviewed-by',
      'reviewed-on',
      'stretches',
      'theme',
    ]);
    expect((doc.events ?? []).map((e) => e.name)).to.deep.equal(['cramp-routine-complete']);
  });

  for (const [tag, markup, attributes] of [
    [
      'cramp-care-advice',
      html`<cramp-care-advice emergency-number="999"><p slot="contact">Clinic</p></cramp-care-advice>`,
      ['emergency-number', 'heading-level', 'lang', 'reviewed-by', 'reviewed-on', 'theme'],
    ],
    [
      'cramp-prevention-tips',
      html`<cramp-prevention-tips emergency-number="999"></cramp-prevention-tips>`,
      ['emergency-number', 'heading-level', 'lang', 'reviewed-by', 'reviewed-on', 'theme'],
    ],
    [
      'cramp-guide',
      // Without the care advice, the guide shows its own "get help" lines, with the site's number.
      html`<cramp-guide sections="intro during causes checklist prevention stretches sources" emergency-number="999"></cramp-guide>`,
      ['emergency-number', 'heading-level', 'lang', 'reviewed-by', 'reviewed-on', 'sections', 'structured-data', 'theme'],
    ],
  ] as const) {
    it(`documents exactly the parts and attributes of <${tag}>`, async () => {
      const doc = await declaration(tag);
      const el = await fixture(markup);
      const rendered = new Set<string>();
      for (const node of $$(el, '[part]')) {
        for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
      }
      expect([...rendered].sort()).to.deep.equal(ownParts(doc));
      expect((doc.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([...attributes]);
    });
  }

  it('documents its attributes, its event and every token with a default', async () => {
    const doc = await declaration('cramp-cause-explainer');
    expect((doc.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([
      'causes',
      'emergency-number',
      'heading-level',
      'lang',
      'layout',
      'open',
      'reviewed-by',
      'reviewed-on',
      'theme',
    ]);
    expect((doc.events ?? []).map((e) => e.name)).to.deep.equal(['cramp-cause-toggle']);
    const props = doc.cssProperties ?? [];
    expect(props.length).to.be.greaterThan(15);
    for (const p of props) {
      expect(p.name).to.match(/^--cramp-/);
      expect(p.default, p.name).to.be.a('string').and.not.equal('');
    }
  });
});
