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
 * (CDN or npm, which carry Lit's hydrate support) take the rendered elements
 * over without rendering them again.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import './index.js';
import { ELEMENT_TAGS } from './elements/registry.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /** A CSP nonce for the inline `<style>` and `<script>` elements that prerender adds (a strict `style-src`). */
  nonce?: string;
}

const TAGS: ReadonlySet<string> = new Set(ELEMENT_TAGS);
const NAME = /^[a-z_:][-a-z0-9_:.]*$/;
const NONCE = /^[A-Za-z0-9+/_=-]+$/;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The outermost cramp-* elements, in document order (not inside <template>, <script> or another cramp-* element). */
function elementsIn(node: Node, found: Element[] = []): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (TAGS.has(child.tagName)) found.push(child);
    else elementsIn(child, found);
  }
  return found;
}

/** The nearest `lang` on the element or an ancestor: the language the element speaks. */
function langOf(element: Element): string | undefined {
  for (let node: Node | null = element; node && 'attrs' in node; node = node.parentNode as Node | null) {
    const lang = node.attrs.find((a) => a.name === 'lang');
    if (lang) return lang.value;
  }
  return undefined;
}

/** An element already rendered (a page prerendered twice): left as it is. */
const rendered = (element: Element) =>
  element.childNodes.some(
    (child) => 'tagName' in child && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
  );

interface Rendered {
  shadow: string;
  jsonLd: string | null;
}

/** Renders one element with its attributes (and its language): its declarative shadow root, and a guide's JSON-LD. */
async function renderElement(element: Element, nonce: string | undefined): Promise<Rendered> {
  const seen: { serverJsonLd?: () => string | null }[] = [];
  class Watched extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      seen.push(this.element as unknown as (typeof seen)[number]);
    }
  }
  const attrs = element.attrs.filter((a) => NAME.test(a.name));
  const lang = langOf(element);
  if (lang !== undefined && !attrs.some((a) => a.name === 'lang')) attrs.push({ name: 'lang', value: lang });
  const tag = unsafeStatic(element.tagName);
  const written = unsafeStatic(attrs.map((a) => `${a.name}="${attribute(a.value)}"`).join(' '));
  const out = await collectResult(render(staticHtml`<${tag} ${written}></${tag}>`, { elementRenderers: [Watched] }));
  const start = out.indexOf('<template');
  const end = out.lastIndexOf(`</${element.tagName}>`);
  if (start < 0 || end < start) throw new Error('no shadow root was rendered');
  let shadow = out.slice(start, end);
  if (nonce) shadow = shadow.replaceAll('<style>', `<style nonce="${nonce}">`);
  return { shadow, jsonLd: seen[0]?.serverJsonLd?.() ?? null };
}

/**
 * Renders every cramp-* element in `html` (a whole document or a fragment) to
 * declarative shadow DOM and returns the HTML, otherwise unchanged. The first
 * guide with `structured-data` adds its JSON-LD once: in `<head>` when there
 * is one, else just before that guide. An element that cannot be rendered is
 * left as written (the browser renders it), with a console warning naming it.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  const given: unknown = html; // JavaScript callers may pass anything.
  if (typeof given !== 'string') {
    throw new TypeError(`cramp-kit prerender: html must be a string of HTML, not ${given === null ? 'null' : typeof given}.`);
  }
  const nonce: unknown = options.nonce;
  if (nonce !== undefined && (typeof nonce !== 'string' || !NONCE.test(nonce))) {
    throw new TypeError('cramp-kit prerender: options.nonce must be a base64 or URL-safe text (letters, digits, + / _ = -).');
  }
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html)[\s>]/i.test(html);
  const tree = whole ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const edits: { at: number; to: number; text: string }[] = [];
  let jsonLd: { text: string; before: number } | undefined;
  for (const element of elementsIn(tree)) {
    const place = element.sourceCodeLocation;
    if (!place?.startTag || rendered(element)) continue;
    try {
      const { shadow, jsonLd: data } = await renderElement(element, nonce);
      edits.push({ at: place.startTag.endOffset, to: place.startTag.endOffset, text: shadow });
      if (data !== null && !jsonLd) jsonLd = { text: data, before: place.startOffset };
    } catch (error) {
      console.warn(`cramp-kit prerender: <${element.tagName}> was left for the browser to render: ${(error as Error).message}`);
    }
  }
  if (jsonLd) {
    const head = whole ? findHead(tree) : undefined;
    const at = head?.sourceCodeLocation?.endTag?.startOffset ?? jsonLd.before;
    const script = `<script type="application/ld+json" data-cramp-kit${nonce ? ` nonce="${nonce}"` : ''}>${jsonLd.text}</script>`;
    edits.push({ at, to: at, text: script });
  }
  let out = html;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.to);
  return out;
}

function findHead(node: Node): Element | undefined {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'head') return child;
    const inner = findHead(child);
    if (inner) return inner;
  }
  return undefined;
}
