/**
 * The CDN autoloader: load it once, and it imports only the cramp-kit
 * elements the page uses, when they appear, from beside its own URL (so it
 * works from any CDN path, with a query string, or from a site's own
 * server). It keeps watching for elements added later.
 *
 * <script type="module" src="https://cdn.example/cramp-kit@0.1/dist/cdn/autoloader.js"></script>
 */
import { ELEMENT_TAGS as TAGS } from './elements/registry.js';

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || !TAGS.includes(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(new URL(`${tag}.js`, import.meta.url).href).catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`cramp-kit: could not load <${tag}>: ${String(error)}`);
  });
}

function scan(root: Element): void {
  if (root.localName.startsWith('cramp-')) load(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName.startsWith('cramp-')) load(el.localName);
}

scan(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
