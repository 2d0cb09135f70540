import { expect } from '@open-wc/testing';
// React 19 from npm, bundled to one ES module by the test server (React ships CommonJS).
import { createElement, createRoot, flushSync } from '/__react.js';
// Vue's own browser build (ES module, with its template compiler).
import { createApp, h, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
// The frameworks guide's Svelte 5 and Angular 21 examples (the site shows these files), compiled by each framework (scripts/wtr-framework-bundles.mjs).
import { Checklist, flushSync as svelteFlush, mount, unmount } from '/__svelte.js';
import { RisksComponent, bootstrapApplication, provideZonelessChangeDetection } from '/__angular.js';
import '../src/index.js';
import type { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import { TAGS, captureWarnings, deep, propertiesOf, settled } from './helpers/index.js';

type Detail = Record<string, unknown>;
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** What a framework passes: numbers, arrays and camelCase properties, as a developer would write them. */
const SPECIAL: Partial<Record<(typeof TAGS)[number], Record<string, unknown>>> = {
  'cramp-cause-explainer': { headingLevel: 3, causes: ['strain', 'genetics'], open: ['genetics'] },
  'cramp-risk-checklist': { headingLevel: 3, value: ['diet', 'statin'], persist: false },
  'cramp-stretch-card': { headingLevel: 3, stretch: 'hamstring', hold: 20, reps: 2 },
  'cramp-stretch-routine': { headingLevel: 3, stretches: ['hamstring', 'wall-calf'] },
  'cramp-care-advice': { headingLevel: 3, emergencyNumber: 112 },
  'cramp-prevention-tips': { headingLevel: 3 },
  'cramp-guide': { headingLevel: 3, sections: ['intro', 'care'], emergencyNumber: 112, structuredData: false },
};

/** Every public property of an element set to `value` (null, undefined): what a framework passes for "nothing". */
const nothingFor = (tag: string, value: null | undefined) =>
  Object.fromEntries(
    propertiesOf(tag)
      .filter((name) => name !== 'stretch')
      .map((name) => [name, value]),
  );

const within = (host: Element, tag: string) => host.querySelector<Lit>(tag)!;
const root = (host: Element, tag: string) => within(host, tag).shadowRoot!;

/** Every element gets a number for its heading level; some get more. */
const GIVEN = (tag: string): Record<string, unknown> => ({ headingLevel: 3, ...SPECIAL[tag as (typeof TAGS)[number]] });

/** What a reader sees once GIVEN has been passed: each number and list has its meaning. */
function expectGiven(host: Element): void {
  for (const tag of TAGS) expect(root(host, tag).querySelector('[part~="title"]')!.localName, tag).to.equal('h3');
  const explainer = root(host, 'cramp-cause-explainer');
  expect(explainer.querySelectorAll('[part~="item"]')).to.have.length(2);
  expect(explainer.querySelector('#button-genetics')!.getAttribute('aria-expanded')).to.equal('true');
  const checklist = root(host, 'cramp-risk-checklist');
  expect([...checklist.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['diet', 'statin']);
  expect(root(host, 'cramp-stretch-card').querySelector('[part~="dose"]')!.textContent).to.match(/20 seconds/);
  expect(root(host, 'cramp-stretch-routine').querySelector('[part~="progress"]')!.textContent).to.match(/of 2/);
  expect(root(host, 'cramp-care-advice').querySelector('[part~="action"]')!.textContent).to.contain('112');
  expect(root(host, 'cramp-guide').querySelectorAll('.section')).to.have.length(2);
}

/** After null or undefined for everything: the defaults, each element readable, nothing blank. */
function expectDefaults(host: Element): void {
  for (const tag of TAGS) {
    const shadow = root(host, tag);
    expect(shadow.querySelector('[part~="title"]')!.localName, tag).to.equal('h2');
    expect(
      deep(shadow).some((el) => el.textContent.trim() && el.getBoundingClientRect().height > 0),
      tag,
    ).to.equal(true);
  }
  expect(root(host, 'cramp-cause-explainer').querySelectorAll('[part~="item"]')).to.have.length(6);
  expect(root(host, 'cramp-risk-checklist').querySelectorAll('input:checked')).to.have.length(0);
  expect(root(host, 'cramp-stretch-routine').querySelector('[part~="progress"]')!.textContent).to.match(/of 4/);
  expect(root(host, 'cramp-guide').querySelectorAll('.section').length).to.be.greaterThan(2);
}

describe('in frameworks', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
  });

  it('React 19 renders the elements, sets properties and receives events', async () => {
    const root = createRoot(host);
    const toggles: Detail[] = [];
    const changes: Detail[] = [];
    flushSync(() => {
      root.render(
        createElement('div', null, [
          createElement('cramp-cause-explainer', {
            key: 'e',
            layout: 'tabs',
            open: 'strain',
            'oncramp-cause-toggle': (e: CustomEvent<Detail>) => toggles.push(e.detail),
          }),
          createElement('cramp-risk-checklist', {
            key: 'c',
            value: ['diet'],
            'oncramp-checklist-change': (e: CustomEvent<Detail>) => changes.push(e.detail),
          }),
        ]),
      );
    });
    const explainer = host.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
    const checklist = host.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
    await explainer.updateComplete;
    await checklist.updateComplete;
    expect(explainer.layout).to.equal('tabs');
    expect(explainer.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('tab-strain');
    // An array reaches the element as a property, not as an attribute string.
    expect(checklist.value).to.deep.equal(['diet']);
    explainer.shadowRoot!.querySelector<HTMLElement>('#tab-genetics')!.click();
    checklist.shadowRoot!.querySelector<HTMLElement>('input[value="statin"]')!.click();
    expect(toggles).to.deep.equal([
      { id: 'strain', open: false },
      { id: 'genetics', open: true },
    ]);
    expect(changes.map((d) => d.checked)).to.deep.equal([['diet', 'statin']]);
    // A re-render with new props updates the element.
    flushSync(() => {
      root.render(createElement('div', null, [createElement('cramp-cause-explainer', { key: 'e', layout: 'cards' })]));
    });
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(6);
    root.unmount();
    expect(host.children).to.have.length(0);
  });

  it('React 19 passes numbers, arrays and null to every property of every element', async () => {
    const w = captureWarnings();
    const reactRoot = createRoot(host);
    const render = (props: (tag: string) => Record<string, unknown>) => {
      flushSync(() => {
        reactRoot.render(
          createElement(
            'div',
            null,
            TAGS.map((tag) => createElement(tag, { key: tag, stretch: 'hamstring', ...props(tag) })),
          ),
        );
      });
    };
    try {
      render(GIVEN);
      await settled(host);
      expectGiven(host);
      expect(w.messages).to.deep.equal([]);
      for (const value of [null, undefined]) {
        render((tag) => nothingFor(tag, value));
        await settled(host);
        expectDefaults(host);
      }
      expect(w.messages).to.deep.equal([]);
      reactRoot.unmount();
    } finally {
      w.restore();
    }
  });

  it('takes over properties set before the elements were defined (a framework rendering before the script loads)', async () => {
    // Elements not yet upgraded: made in a template's document, which has no custom elements.
    const template = document.createElement('template');
    for (const tag of TAGS) {
      const el = template.content.ownerDocument.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
      el.setAttribute('stretch', 'hamstring');
      Object.assign(el, GIVEN(tag));
      template.content.append(el);
    }
    host.append(template.content);
    await settled(host);
    for (const tag of TAGS) {
      const el = within(host, tag);
      expect(el, tag).to.be.instanceOf(customElements.get(tag)!);
      for (const name of Object.keys(GIVEN(tag))) expect(Object.prototype.hasOwnProperty.call(el, name), `${tag}.${name}`).to.equal(false);
    }
    expectGiven(host);
  });

  it('Vue 3 passes numbers, arrays and null to every property of every element', async () => {
    const w = captureWarnings();
    const props = ref<(tag: string) => Record<string, unknown>>(GIVEN);
    const app = createApp({
      setup: () => () =>
        h(
          'div',
          TAGS.map((tag) => h(tag, { key: tag, stretch: 'hamstring', ...props.value(tag) })),
        ),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('cramp-');
    try {
      app.mount(host);
      await settled(host);
      expectGiven(host);
      expect(w.messages).to.deep.equal([]);
      for (const value of [null, undefined]) {
        props.value = (tag) => nothingFor(tag, value);
        await nextTick();
        await settled(host);
        expectDefaults(host);
      }
      expect(w.messages).to.deep.equal([]);
      app.unmount();
    } finally {
      w.restore();
    }
  });

  it('Vue 3 renders the elements, sets properties and receives events', async () => {
    const toggles: Detail[] = [];
    const layout = ref('tabs');
    const app = createApp({
      setup: () => () =>
        h('div', [
          h('cramp-cause-explainer', {
            layout: layout.value,
            open: 'strain',
            onCrampCauseToggle: (e: CustomEvent<Detail>) => toggles.push(e.detail),
          }),
          h('cramp-risk-checklist', { value: ['frequent'] }),
        ]),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('cramp-');
    app.mount(host);
    const explainer = host.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
    const checklist = host.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
    await explainer.updateComplete;
    await checklist.updateComplete;
    expect(explainer.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('tab-strain');
    expect(checklist.value).to.deep.equal(['frequent']);
    expect(checklist.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);
    explainer.shadowRoot!.querySelector<HTMLElement>('#tab-lifestyle')!.click();
    expect(toggles.at(-1)).to.deep.equal({ id: 'lifestyle', open: true });
    layout.value = 'accordion';
    await nextTick();
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(6);
    app.unmount();
  });

  it('Vue 3 templates bind attributes and listen with @event', async () => {
    const seen: Detail[] = [];
    const app = createApp({
      template: '<cramp-cause-explainer layout="cards" causes="strain" @cramp-cause-toggle="onToggle"></cramp-cause-explainer>',
      methods: { onToggle: (e: CustomEvent<Detail>) => seen.push(e.detail) },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('cramp-');
    app.mount(host);
    const explainer = host.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
    explainer.setAttribute('layout', 'accordion');
    await explainer.updateComplete;
    explainer.shadowRoot!.querySelector<HTMLElement>('#button-strain')!.click();
    expect(seen).to.deep.equal([{ id: 'strain', open: true }]);
    app.unmount();
  });

  /** The frameworks guide's Svelte and Angular examples: a checklist with diet ticked, and a line that counts the ticks. */
  async function expectTickedCount(tick: () => Promise<void>): Promise<void> {
    const checklist = within(host, 'cramp-risk-checklist');
    await checklist.updateComplete;
    const shadow = checklist.shadowRoot!;
    expect(shadow.querySelector('[part~="title"]')!.localName).to.equal('h3');
    expect([...shadow.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['diet']);
    shadow.querySelector<HTMLInputElement>('input[value="statin"]')!.click();
    await tick();
    expect(host.querySelector('p')!.textContent.trim()).to.equal('You ticked 2.');
  }

  it("Svelte 5 runs the frameworks guide's example: a number, a list and an event attribute (oncramp-checklist-change)", async () => {
    const app = mount(Checklist, { target: host });
    svelteFlush();
    await expectTickedCount(async () => {
      svelteFlush();
      await Promise.resolve();
    });
    await unmount(app);
    expect(host.querySelector('cramp-risk-checklist')).to.equal(null);
  });

  it("Angular 21 runs the frameworks guide's example: CUSTOM_ELEMENTS_SCHEMA, [value] and (cramp-checklist-change)", async () => {
    host.append(document.createElement('app-risks'));
    const app = await bootstrapApplication(RisksComponent, { providers: [provideZonelessChangeDetection()] });
    await app.whenStable();
    await expectTickedCount(async () => {
      await app.whenStable();
    });
    app.destroy();
    expect(host.querySelector('cramp-risk-checklist')).to.equal(null);
  });
});
