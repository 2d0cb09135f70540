import { ELEMENTS, ELEMENT_TAGS } from '../../src/elements/registry.js';
import { executeServerCommand } from '@web/test-runner-commands';

/** Collects cramp-kit console warnings while a test runs. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('cramp-kit:')) messages.push(text);
    else original.apply(console, args);
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Emulates media features (Chromium). Resolves false where the browser
 * cannot emulate them (Firefox over WebDriver BiDi).
 */
export async function emulateMedia(features: { name: string; value: string }[], media = ''): Promise<boolean> {
  const result: unknown = await executeServerCommand('media', { features, media });
  return result === true;
}

/** Parses a computed `rgb()`/`rgba()` or `color(srgb ...)` colour. */
export function parseColor(value: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(value);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((v) => Number(v) * 255) as [number, number, number];
    return [r, g, b, srgb[4] ? Number(srgb[4]) : 1];
  }
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
  if (!rgb) throw new Error(`cannot parse colour ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] ? Number(rgb[4]) : 1];
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = (c ?? 0) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG contrast ratio of a colour over an opaque background. */
export function contrast(foreground: string, background: string): number {
  const bg = parseColor(background);
  const fg = parseColor(foreground);
  const a = fg[3];
  const blended = [0, 1, 2].map((i) => (fg[i] ?? 0) * a + (bg[i] ?? 0) * (1 - a));
  const [hi, lo] = [luminance(blended), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** All elements of a shadow root matching a selector. */
export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return host.shadowRoot ? [...host.shadowRoot.querySelectorAll<T>(selector)] : [];
}

/** The first element of a shadow root matching a selector; throws if none. */
export function $(host: Element, selector: string): HTMLElement {
  const found = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** Text as a reader sees it: white space collapsed. */
export const text = (node: Element): string => node.textContent.replace(/\s+/g, ' ').trim();

/** Every element cramp-kit defines: the registry's list (src/elements/registry.json). */
export const TAGS = ELEMENT_TAGS as readonly ElementTag[];
/** The attributes an element needs to show its content (the registry's `example`), as name: value. */
export function exampleAttributes(tag: string): Record<string, string> {
  const template = document.createElement('template');
  template.innerHTML = `<x-example ${ELEMENTS.find((element) => element.tag === tag)?.example ?? ''}></x-example>`;
  const el = template.content.firstElementChild!;
  return Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));
}

/** The elements another element renders inside itself (its class's `dependencies`). */
export function containedIn(tag: string): string[] {
  const ctor: unknown = customElements.get(tag);
  const dependencies = (ctor as { dependencies?: object } | undefined)?.dependencies;
  return Object.keys(dependencies ?? {});
}

/** The tags the elements declare for TypeScript (each in HTMLElementTagNameMap). */
type ElementTag = Extract<keyof HTMLElementTagNameMap, `cramp-${string}`>;

/**
 * Every attribute an element observes (all its public properties), and
 * `lang` (a global attribute the elements read): a new attribute is in the
 * tests that use this without a list to keep.
 */
export const attributesOf = (tag: string): string[] => [
  // Not `defer-hydration`: the server renderer's word to an element inside another, not a site's attribute.
  ...(customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes.filter((a) => a !== 'defer-hydration'),
  'lang',
];

/** The public properties of an element: its attributes' properties, and the checklist's value. */
export const propertiesOf = (tag: string): string[] => {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean; attribute?: unknown }> };
  const names = [...ctor.elementProperties].filter(([, o]) => !o.state && o.attribute !== false).map(([name]) => name);
  return tag === 'cramp-risk-checklist' ? [...names, 'value'] : names;
};

/** Every element inside a root, and inside the shadow roots within it. */
export function deep(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...deep(el.shadowRoot)] : [el]));
}

/** An iframe on the page, loaded from `src` (an address) or `srcdoc` (HTML), once its load event has come. */
export async function frame(source: { src: string } | { srcdoc: string }): Promise<HTMLIFrameElement> {
  const iframe = Object.assign(document.createElement('iframe'), source);
  const loaded = new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
  });
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/**
 * Waits until every cramp-kit element in a root, and in the shadow roots within
 * it, is defined and has rendered. An element below the screen renders in a
 * later task (render slicing), and an element inside an iframe is mostly below
 * its small screen: a fixed wait is too short on a slow machine. Fails naming
 * the elements still waiting after about five seconds.
 */
export async function allRendered(root: ParentNode): Promise<void> {
  // Not one waiting for its server-rendered parent (`defer-hydration`): it renders with its parent, or goes with the tree it was in.
  const waiting = () =>
    withRoot(root).filter(
      (el) =>
        el.localName.startsWith('cramp-') && !el.hasAttribute('defer-hydration') && !(el as Element & { hasUpdated?: boolean }).hasUpdated,
    );
  for (let round = 0; round < 500; round++) {
    const pending = waiting();
    if (!pending.length) return;
    // An element not yet defined has no updateComplete: it is waited for by the next round.
    await Promise.all(pending.flatMap((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? []));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`still not rendered: ${[...new Set(waiting().map((el) => `<${el.localName}>`))].join(', ')}`);
}

/** A root (when it is an element) and every element inside it, in shadow roots too. */
const withRoot = (root: ParentNode): Element[] =>
  (root as Node).nodeType === Node.ELEMENT_NODE ? [root as Element, ...deep(root)] : deep(root);

/**
 * Waits until every element in a root has rendered (`allRendered`), then for
 * the updates that follow (a checklist's saved answers coming back, a
 * section re-rendered in its pack's language): three rounds of every Lit
 * element's `updateComplete`.
 */
export async function settled(root: ParentNode): Promise<void> {
  await allRendered(root);
  for (let i = 0; i < 3; i += 1)
    await Promise.all(
      withRoot(root).flatMap((el) =>
        el.hasAttribute('defer-hydration') ? [] : ((el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? []),
      ),
    );
}

/**
 * An element not yet upgraded, as a script that runs before cramp-kit's would
 * find it: made from `markup` in a template's document, which has no custom
 * elements. Set properties on it, then put it on the page.
 */
export function notYetDefined(markup: string): HTMLElement & Record<string, unknown> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild as HTMLElement & Record<string, unknown>;
}

/** Waits until `check()` is true (polled every 20 ms); fails after `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out after ${String(ms)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * What a page translator (Chrome's own, Google Translate's widget) does to a
 * tree: every text node with words, outside `translate="no"`, is replaced by
 * two <font> elements holding the translation (here the text marked "[fr] ").
 * Once: a real translator then translates what is added later, too.
 */
export function translatePage(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    if (!node.data.trim() || node.parentElement?.closest('[translate="no"], style, script')) continue;
    const font: string = 'font';
    const [outer, inner] = [document.createElement(font), document.createElement(font)];
    outer.style.verticalAlign = inner.style.verticalAlign = 'inherit';
    inner.textContent = `[fr] ${node.data.trim()}`;
    outer.append(inner);
    node.replaceWith(outer);
  }
}
