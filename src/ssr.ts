/**
 * cramp-kit/ssr (Node): renders the cramp-* elements of an HTML page or
 * fragment on the server, so their words are in the HTML before any script.
 *
 *   import { prerender } from 'cramp-kit/ssr';
 *   const html = await prerender(await readFile('page.html', 'utf8'), { nonce });
 *
 * Each element gets its shadow tree as declarative shadow DOM
 * (`<template shadowrootmode="open">`); its own attributes and children, and
 * everything else in the HTML, stay exactly as written. The elements' scripts
 * (CDN or npm) take a rendered element over without rendering it again when
 * its tree is exactly what they would render, and render afresh over it
 * otherwise (core/takeover.ts). A shadow tree already there (a page
 * prerendered twice, an old cached copy, another tool's) is rendered anew.
 * The page is parsed in time that grows with it, within limits
 * (server/parse.ts).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { DefaultTreeAdapterMap } from 'parse5';
import './index.js';
import { loadLang } from './languages/load.js';
// The one choice of an element's language, which the elements and the autoloader make too.
import { SHIPPED_LANGS, langOf } from './languages/tags.js';
import { ELEMENT_TAGS } from './elements/registry.js';
import { ATTRIBUTE_NAME, PENDING, stamp } from './core/takeover.js';
import { PRERENDER_LIMITS, isDocument, parsePage } from './server/parse.js';

export { PRERENDER_LIMITS };

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /** A CSP nonce for the inline `<style>` and `<script>` elements that prerender adds (a strict `style-src`). */
  nonce?: string;
}

const TAGS: ReadonlySet<string> = new Set(ELEMENT_TAGS);

/**
 * Every language cramp-kit ships (src/languages/shipped.json), loaded as this
 * module is: each prerender waits for them, so the server renders an element
 * in its language at once, never in English while a file loads.
 */
const LANGUAGES = Promise.all(SHIPPED_LANGS.map((lang) => loadLang(lang)));
const NONCE = /^[A-Za-z0-9+/_=-]+$/;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The outermost cramp-* HTML elements, in document order (not inside
 * <template>, <svg> or another cramp-* element), and the <head>. A loop, not
 * recursion, that sees each node once.
 */
function walk(root: Node): { found: Element[]; head: Element | undefined } {
  const found: Element[] = [];
  let head: Element | undefined;
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node !== root && 'tagName' in node) {
      if (TAGS.has(node.tagName)) {
        found.push(node);
        continue;
      }
      if (node.tagName === 'head') head ??= node;
    }
    if (!('childNodes' in node)) continue;
    // Children pushed last first, so that they come off the stack in document order.
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child && 'tagName' in child && (child.namespaceURI as string) === HTML_NS) stack.push(child);
    }
  }
  if (found.length > PRERENDER_LIMITS.elements) {
    throw new RangeError(
      `cramp-kit prerender: the HTML has ${String(found.length)} cramp-kit elements; it renders at most ${String(PRERENDER_LIMITS.elements)} in one call (PRERENDER_LIMITS.elements).`,
    );
  }
  return { found, head };
}

/**
 * The language an element of the parsed HTML speaks: the one choice the
 * browser makes too (languages/tags.ts), read from parse5's tree (an
 * element's `attrs`, its `parentNode`).
 */
const parsedLang = (element: Element): string =>
  langOf<Node>(
    element,
    (node) => ('attrs' in node ? node.attrs.find((a) => a.name === 'lang')?.value : undefined),
    (node) => ('parentNode' in node ? node.parentNode : null),
  );

/** A shadow tree already in the HTML (a page prerendered twice, an old cached copy, another tool's): rendered anew in its place. */
const shadowTemplate = (element: Element): Element | undefined =>
  element.childNodes.find(
    (child): child is Element => 'tagName' in child && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
  );

interface Rendered {
  shadow: string;
  jsonLd: string | null;
}

/**
 * The template each element is rendered from: its tag alone, one per tag.
 * Its attributes go to its renderer (below), not into the template: Lit
 * keeps every static template it has seen, for good, and one per attribute
 * set grew a long-running server by 1.4 kB a set.
 */
const TEMPLATES = new Map(
  ELEMENT_TAGS.map((name) => {
    const tag = unsafeStatic(name);
    return [name, staticHtml`<${tag}></${tag}>`] as const;
  }),
);

/**
 * Written into the tree of each element rendered inside another's (a guide's
 * parts), after its styles, until the browser takes that tree over
 * (core/takeover.ts removes it): while the page loads, a part off the screen
 * is neither styled, laid out nor painted (the parser would otherwise lay out
 * the whole guide as its HTML arrives, after the first paint); each part is
 * laid out when its own takeover comes, over the short tasks that spread
 * first renders (core/slices.ts), as a client render is. Not without scripts
 * (nothing would take it out), nor on paper; and only where its focus rings
 * are not clipped at its edge (overflow-clip-margin).
 */
const PENDING_STYLE = `<style ${PENDING}>@media screen and (scripting:enabled){@supports (overflow-clip-margin:1px){:host{content-visibility:auto;contain-intrinsic-block-size:auto 40em;overflow-clip-margin:8px}}}</style>`;

/** Renders one element with its attributes (and its language): its declarative shadow root, and a guide's JSON-LD. */
async function renderElement(element: Element, nonce: string | undefined): Promise<Rendered> {
  const template = TEMPLATES.get(element.tagName);
  if (!template) throw new Error('not a cramp-kit element');
  const attrs = element.attrs.filter((a) => ATTRIBUTE_NAME.test(a.name));
  // The mark the browser reads before it takes the tree over: this version, the language, the attributes as written.
  const asWritten = attrs.map((a) => [a.name, a.value] as const);
  const lang = parsedLang(element);
  if (lang && !attrs.some((a) => a.name === 'lang')) attrs.push({ name: 'lang', value: lang });
  const seen: { serverJsonLd?: () => string | null; pack?: { lang: string } }[] = [];
  class Watched extends LitElementRenderer {
    private readonly outer = seen.length === 0;
    constructor(tagName: string) {
      super(tagName);
      seen.push(this.element as unknown as (typeof seen)[number]);
    }
    override connectedCallback(): void {
      // Where Lit sets a template's static attributes: the element's own, as written (those inside its tree have theirs).
      if (this.outer) for (const { name, value } of attrs) this.setAttribute(name, value);
      super.connectedCallback();
    }
    override renderShadow(info: RenderInfo): ThunkedRenderResult | undefined {
      const shadow = super.renderShadow(info);
      if (this.outer || !shadow) return shadow;
      // After its styles (the first `</style>`), before its template.
      const at = shadow.indexOf('</style>') + 1;
      return [...shadow.slice(0, at), PENDING_STYLE, ...shadow.slice(at)];
    }
  }
  const out = await collectResult(render(template, { elementRenderers: [Watched] }));
  const start = out.indexOf('<template');
  const end = out.lastIndexOf(`</${element.tagName}>`);
  if (start < 0 || end < start) throw new Error('no shadow root was rendered');
  let shadow = out.slice(start, end);
  const open = shadow.indexOf('>') + 1;
  const observed = (customElements.get(element.tagName) as unknown as { observedAttributes: string[] }).observedAttributes;
  shadow = `${shadow.slice(0, open)}<!--${stamp(seen[0]?.pack?.lang ?? '', asWritten, observed)}-->${shadow.slice(open)}`;
  if (nonce) shadow = shadow.replace(/<style(?=[\s>])/g, `<style nonce="${nonce}"`);
  // An object with no prototype: a promise resolved with it never looks for a `then` a page's code added to Object.
  return Object.assign(Object.create(null) as Rendered, { shadow, jsonLd: seen[0]?.serverJsonLd?.() ?? null });
}

/**
 * Renders every cramp-* element in `html` (a whole document or a fragment) to
 * declarative shadow DOM and returns the HTML, otherwise unchanged. The first
 * guide with `structured-data` adds its JSON-LD once: in `<head>` when there
 * is one, else just before that guide. An element that cannot be rendered is
 * left as written (the browser renders it), with a console warning naming it.
 *
 * Its time grows in proportion to the HTML. It takes at most
 * `PRERENDER_LIMITS`: 10,000,000 characters, elements nested 512 deep, 256
 * attributes on any one element, 200 cramp-* elements in one call.
 *
 * @throws {TypeError} when `html` is not a string or `options.nonce` could break out of its attribute.
 * @throws {RangeError} when the HTML is past one of `PRERENDER_LIMITS`; the message names the limit.
 * @throws {Error} when a shipped language's file could not be loaded (a broken install).
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  const given: unknown = html; // JavaScript callers may pass anything.
  if (typeof given !== 'string') {
    throw new TypeError(`cramp-kit prerender: html must be a string of HTML, not ${given === null ? 'null' : typeof given}.`);
  }
  // The caller's own option only, never one inherited from a changed Object.prototype.
  const nonce: unknown = Object.hasOwn(options, 'nonce') ? options.nonce : undefined;
  if (nonce !== undefined && (typeof nonce !== 'string' || !NONCE.test(nonce))) {
    throw new TypeError('cramp-kit prerender: options.nonce must be a base64 or URL-safe text (letters, digits, + / _ = -).');
  }
  const loaded = await LANGUAGES;
  const lost = SHIPPED_LANGS.filter((_, i) => !loaded[i]);
  if (lost.length) throw new Error(`cramp-kit prerender: could not load the language files of ${lost.join(', ')} (dist/lang/).`);
  const whole = isDocument(html);
  const tree = parsePage(html, whole);
  // Each edit puts text at `at`, in place of what runs to `to` (an old shadow tree), or of nothing.
  const edits: { at: number; to?: number; text: string }[] = [];
  let jsonLd: { text: string; before: number } | undefined;
  const { found, head } = walk(tree);
  for (const element of found) {
    const place = element.sourceCodeLocation;
    if (!place?.startTag) continue;
    const old = shadowTemplate(element)?.sourceCodeLocation;
    try {
      const { shadow, jsonLd: data } = await renderElement(element, nonce);
      edits.push(old ? { at: old.startOffset, to: old.endOffset, text: shadow } : { at: place.startTag.endOffset, text: shadow });
      if (data !== null && !jsonLd) jsonLd = { text: data, before: place.startOffset };
    } catch (error) {
      console.warn(`cramp-kit prerender: <${element.tagName}> was left for the browser to render: ${(error as Error).message}`);
    }
  }
  if (jsonLd) {
    const at = (whole ? head?.sourceCodeLocation?.endTag?.startOffset : undefined) ?? jsonLd.before;
    edits.push({
      at,
      text: `<script type="application/ld+json" data-cramp-kit${nonce ? ` nonce="${nonce}"` : ''}>${jsonLd.text}</script>`,
    });
  }
  // Put together in one pass: the HTML between the insertions, as written.
  const parts: string[] = [];
  let from = 0;
  for (const edit of edits.sort((a, b) => a.at - b.at)) {
    parts.push(html.slice(from, edit.at), edit.text);
    from = edit.to ?? edit.at;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
