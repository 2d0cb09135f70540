import { expect } from '@open-wc/testing';
// React 19 from npm, bundled to one ES module by the test server (React ships CommonJS).
import { createElement, createRoot, flushSync } from '/__react.js';
// Vue's own browser build (ES module, with its template compiler).
import { createApp, h, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
import '../src/index.js';
import type { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';

type Detail = Record<string, unknown>;

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
});
