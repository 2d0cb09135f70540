import { expect, fixture, html } from '@open-wc/testing';
import '../src/cramp-cause-explainer.js';
import type { CrampCauseExplainer } from '../src/cramp-cause-explainer.js';
import '../src/cramp-risk-checklist.js';
import type { CrampRiskChecklist } from '../src/cramp-risk-checklist.js';
import '../src/index.js';
import { $, $$, TAGS, allRendered, contrast, deep, emulateMedia } from './helpers/index.js';
import { preferDark } from './helpers/dark.js';

/** Renders tabs and cards side by side, so every colour pair is on screen. */
async function themed(theme: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <cramp-cause-explainer theme=${theme} layout="tabs" open="strain"></cramp-cause-explainer>
    <cramp-cause-explainer theme=${theme} layout="cards" causes="genetics"></cramp-cause-explainer>
  </div>`);
  const [tabs, cards] = [...wrapper.querySelectorAll<CrampCauseExplainer>('cramp-cause-explainer')] as [
    CrampCauseExplainer,
    CrampCauseExplainer,
  ];
  await tabs.updateComplete;
  await cards.updateComplete;
  return { tabs, cards };
}

const color = (el: Element, prop = 'color') => getComputedStyle(el).getPropertyValue(prop);

describe('theme and tokens', () => {
  for (const theme of ['light', 'dark']) {
    it(`meets WCAG AA contrast in the ${theme} theme`, async () => {
      const { tabs, cards } = await themed(theme);
      const surface = color(tabs, 'background-color');
      const pairs: [string, string, string, number][] = [
        ['text', color($(tabs, '[part="intro"]')), surface, 4.5],
        ['muted text', color($(tabs, '[part="disclaimer"]')), surface, 4.5],
        ['link', color($(tabs, '[part="sources"] a')), surface, 4.5],
        ['selected tab', color($(tabs, '[aria-selected="true"]')), color($(tabs, '[aria-selected="true"]'), 'background-color'), 4.5],
        ['tab border', color($(tabs, '[aria-selected="false"]'), 'border-top-color'), surface, 3],
        ['card text', color($(cards, '[part="card"]')), color($(cards, '[part="card"]'), 'background-color'), 4.5],
        ['card muted text', color($(cards, '[part="sources"]')), color($(cards, '[part="card"]'), 'background-color'), 4.5],
        ['badge', color($(cards, '[part="badge"]')), color($(cards, '[part="card"]'), 'background-color'), 4.5],
      ];
      // The card's own background is drawn over the element's surface.
      for (const [name, fg, bg, min] of pairs) {
        const base = bg.endsWith(', 0)') || bg === 'transparent' ? surface : bg;
        expect(contrast(fg, base), `${name}: ${fg} on ${base}`).to.be.at.least(min);
      }
      const tab = $$(tabs, '[role="tab"]')[1]!;
      tab.focus({ focusVisible: true } as FocusOptions);
      const ring = getComputedStyle(tab);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(contrast(ring.outlineColor, surface), `focus ring ${ring.outlineColor}`).to.be.at.least(3);
    });
  }

  it('uses different colours for light and dark', async () => {
    const light = await themed('light');
    const dark = await themed('dark');
    expect(color(light.tabs, 'background-color')).to.not.equal(color(dark.tabs, 'background-color'));
    expect(color(light.tabs)).to.not.equal(color(dark.tabs));
  });

  it('follows the reader’s system with theme="auto"', async () => {
    // Light first: WebKit kept the simulated dark for an element made straight after it was put back.
    for (const scheme of ['light', 'dark']) {
      // Chromium emulates the reader's preference; elsewhere a dark preference is simulated (helpers/dark.ts).
      const emulated = await emulateMedia([{ name: 'prefers-color-scheme', value: scheme }]);
      const undo: (() => void)[] = [];
      try {
        const { tabs } = await themed('auto');
        if (emulated) expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
        else if (scheme === 'dark') expect(preferDark(document, undo)).to.be.greaterThan(0);
        const dark = emulated ? scheme === 'dark' : scheme === 'dark' || matchMedia('(prefers-color-scheme: dark)').matches;
        const { tabs: reference } = await themed(dark ? 'dark' : 'light');
        expect(color(tabs, 'background-color')).to.equal(color(reference, 'background-color'));
        expect(color(tabs)).to.equal(color(reference));
      } finally {
        for (const put of undo.reverse()) put();
      }
    }
    await emulateMedia([]);
  });

  it('follows the page’s color-scheme when no theme is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #000; color: #fff">
      <cramp-cause-explainer layout="tabs"></cramp-cause-explainer>
    </div>`);
    const el = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
    await el.updateComplete;
    const { tabs: dark } = await themed('dark');
    // Accent from the dark palette; text and background from the page.
    expect(color($(el, '[aria-selected="true"]'), 'background-color')).to.equal(
      color($(dark, '[aria-selected="true"]'), 'background-color'),
    );
    expect(color(el)).to.equal('rgb(255, 255, 255)');
    expect(color(el, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
  });

  it('mixes muted text and borders from the page’s text colour when no theme is set', async () => {
    for (const [bg, fg] of [
      ['rgb(255, 255, 255)', 'rgb(20, 20, 20)'],
      ['rgb(15, 30, 60)', 'rgb(250, 240, 200)'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background: ${bg}; color: ${fg}"><cramp-cause-explainer layout="tabs"></cramp-cause-explainer></div>`,
      );
      const el = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
      await el.updateComplete;
      expect(contrast(color($(el, '[part="disclaimer"]')), bg)).to.be.at.least(4.5);
      expect(contrast(color($(el, '[aria-selected="false"]'), 'border-top-color'), bg)).to.be.at.least(3);
    }
  });

  it('keeps the checklist’s "talk to a professional" notice readable on a dark page that sets no color-scheme', async () => {
    const bg = 'rgb(15, 30, 60)';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="background: ${bg}; color: rgb(250, 240, 200)"><cramp-risk-checklist></cramp-risk-checklist></div>`,
    );
    const el = wrapper.querySelector<CrampRiskChecklist>('cramp-risk-checklist')!;
    el.value = ['severe'];
    await el.updateComplete;
    const notice = $(el, '[part="notice"]');
    // No box of its own colour: the page shows through, so the page's text keeps its contrast.
    expect(color(notice, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
    expect(contrast(color(notice), bg)).to.be.at.least(4.5);
  });

  it('lets a site override any system token', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="--cramp-color-text: rgb(1, 2, 3); --cramp-color-text-muted: rgb(4, 5, 6); --cramp-color-surface: rgb(250, 250, 240); --cramp-color-border: rgb(7, 8, 9); --cramp-radius: 2px; --cramp-font-family: monospace; --cramp-line-height: 2"
    >
      <cramp-cause-explainer theme="light" layout="tabs"></cramp-cause-explainer>
    </div>`);
    const el = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
    await el.updateComplete;
    expect(color(el)).to.equal('rgb(1, 2, 3)');
    expect(color(el, 'background-color')).to.equal('rgb(250, 250, 240)');
    expect(color($(el, '[part="disclaimer"]'))).to.equal('rgb(4, 5, 6)');
    const tab = $(el, '[aria-selected="false"]');
    expect(color(tab, 'border-top-color')).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(tab).borderTopLeftRadius).to.equal('2px');
    expect(getComputedStyle(el).fontFamily).to.equal('monospace');
    expect(getComputedStyle(el).lineHeight).to.equal(`${String(2 * parseFloat(getComputedStyle(el).fontSize))}px`);
  });

  it('draws every icon, chevron and picture line in a system colour in forced colours (Windows high contrast)', async () => {
    const emulated = await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    try {
      if (navigator.userAgent.includes('Chrome/')) expect(emulated).to.equal(true);
      const forced = matchMedia('(forced-colors: active)').matches;
      // A site accent that forced colours must not keep (2:1 against a white canvas).
      // Every element twice, without and with a theme; the checklist with its notice showing, the card running.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--cramp-color-accent: #7ab8ff">
        ${[...TAGS, ...TAGS].map((tag, i) => {
          const el = document.createElement(tag);
          if (i >= TAGS.length) el.setAttribute('theme', 'light');
          if (tag === 'cramp-stretch-card') el.setAttribute('stretch', 'wall-calf');
          if (tag === 'cramp-risk-checklist') (el as CrampRiskChecklist).value = ['severe', 'statin'];
          return el;
        })}
      </div>`);
      const all = () => deep(wrapper);
      for (const el of all()) if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      for (const el of all()) if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // The system colours, as this browser paints them.
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = new Set(
        ['CanvasText', 'Canvas', 'ButtonText', 'ButtonFace', 'Highlight', 'HighlightText', 'LinkText', 'GrayText'].map((name) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        }),
      );
      probe.remove();
      const shapes = all().filter((el) => el instanceof SVGGeometryElement && el.getBoundingClientRect().width > 0);
      expect(shapes.length).to.be.greaterThan(5);
      for (const selector of ['.notice-icon *', '.track', '.icon *', '.mark *', '.prop', '.muscle']) {
        expect(
          shapes.some((shape) => shape.matches(selector)),
          selector,
        ).to.equal(true);
      }
      const wrong: string[] = [];
      for (const shape of shapes) {
        const style = getComputedStyle(shape);
        for (const prop of ['fill', 'stroke'] as const) {
          const value = style[prop];
          if (value === 'none') continue;
          // currentColor is reported as the colour itself; anything that is not a plain colour is wrong too.
          const rgb = /^rgba?\(/.test(value) ? value : '';
          if (forced && !system.has(rgb))
            wrong.push(
              `${(shape.getRootNode() as ShadowRoot).host.localName} ${shape.getAttribute('class') ?? shape.localName} ${prop} ${value}`,
            );
        }
      }
      expect(wrong).to.deep.equal([]);
    } finally {
      await emulateMedia([]);
    }
  });

  it('gives links in the care advice’s contact slot a readable colour on a themed element’s own surface', async () => {
    // A page whose link colour is light: fine on its own dark header, 2:1 on a white card.
    const style = document.createElement('style');
    style.textContent = 'a { color: #7ab8ff; } .site a:link { text-decoration: none; }';
    document.head.append(style);
    try {
      for (const [tag, theme] of [
        ['cramp-care-advice', 'light'],
        ['cramp-care-advice', 'dark'],
        ['cramp-guide', 'light'],
      ] as const) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div class="site">${document
            .createRange()
            .createContextualFragment(
              `<${tag} theme="${theme}"><p slot="contact">Call <a href="tel:01234567890">01234 567890</a> or <a href="https://example.org/">book online</a></p></${tag}>`,
            )}</div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const surface = color(el, 'background-color');
        for (const link of wrapper.querySelectorAll('a')) {
          expect(contrast(color(link), surface), `${tag} ${theme} ${link.textContent}`).to.be.at.least(4.5);
        }
        // The accent token sets it.
        el.style.setProperty('--cramp-color-accent', theme === 'dark' ? '#ffd479' : '#5c1f7a');
        expect(color(wrapper.querySelector('a')!)).to.equal(theme === 'dark' ? 'rgb(255, 212, 121)' : 'rgb(92, 31, 122)');
      }
      // Without a theme, the page's own link colour stays: the element has no surface of its own.
      const plain = await fixture<HTMLDivElement>(
        html`<div>${document
          .createRange()
          .createContextualFragment('<cramp-care-advice><p slot="contact"><a href="tel:1">1</a></p></cramp-care-advice>')}</div>`,
      );
      await allRendered(plain); // unrendered, the link is in no slot and has no colour at all
      expect(color(plain.querySelector('a')!)).to.equal('rgb(122, 184, 255)');
    } finally {
      style.remove();
    }
  });

  it('takes light or dark colours from the page’s color-scheme, as documented, for a reader in dark mode', async () => {
    const emulated = await emulateMedia([{ name: 'prefers-color-scheme', value: 'dark' }]);
    try {
      if (navigator.userAgent.includes('Chrome/')) expect(emulated).to.equal(true);
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      const accentOn = async (page: string) => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${page}>
          <cramp-cause-explainer layout="tabs"></cramp-cause-explainer>
        </div>`);
        const el = wrapper.querySelector<CrampCauseExplainer>('cramp-cause-explainer')!;
        await el.updateComplete;
        return { selected: color($(el, '[aria-selected="true"]'), 'background-color'), page: color(wrapper, 'background-color') };
      };
      // A page that says "light dark" and paints itself dark when the reader prefers dark: the dark accent, readable.
      const both = await accentOn(`color-scheme: light dark; background: ${dark ? '#111' : '#fff'}; color: ${dark ? '#eee' : '#111'}`);
      expect(contrast(both.selected, both.page)).to.be.at.least(3);
      expect(both.selected).to.equal(dark ? 'rgb(122, 184, 255)' : 'rgb(10, 91, 176)');
      // A page that says "light" stays light for every reader: the light accent.
      const light = await accentOn('color-scheme: light; background: #fff; color: #111');
      expect(light.selected).to.equal('rgb(10, 91, 176)');
      expect(contrast(light.selected, light.page)).to.be.at.least(4.5);
    } finally {
      await emulateMedia([]);
    }
  });
});
