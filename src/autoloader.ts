/**
 * The CDN autoloader: load it once, and it imports only the cramp-kit
 * elements the page uses, when they appear, from beside its own URL (so it
 * works from any CDN path, with a query string, or from a site's own
 * server). It keeps watching for elements added later. An element in a
 * language cramp-kit ships (lang="es" on it or an ancestor) gets that
 * language's file from the same place, fetched beside the element's own.
 *
 * <script type="module" src="https://cdn.example/cramp-kit@0.1/dist/cdn/autoloader.js"></script>
 */
import { ELEMENT_TAGS as TAGS } from './elements/registry.js';
// The shipped languages' one list, and the one choice of an element's language and of its file that the elements and
// the server make too.
import { elementLang, shippedFor } from './languages/tags.js';

const requested = new Set<string>();

function load(file: string, what: string): void {
  if (requested.has(file)) return;
  requested.add(file);
  import(new URL(`${file}.js`, import.meta.url).href).catch((error: unknown) => {
    requested.delete(file);
    // A language file's element says so itself (once), and shows English.
    if (what) console.warn(`cramp-kit: could not load ${what}: ${String(error)}`);
  });
}

function found(el: Element): void {
  const tag = el.localName;
  if (!tag.startsWith('cramp-') || !TAGS.includes(tag) || customElements.get(tag)) return;
  load(tag, `<${tag}>`);
  // The element itself loads its language's file too: the browser fetches the same file once.
  const file = shippedFor(elementLang(el));
  if (file) load(`lang/${file}`, '');
}

function scan(root: Element): void {
  found(root);
  for (const el of root.querySelectorAll(':not(:defined)')) found(el);
}

scan(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
