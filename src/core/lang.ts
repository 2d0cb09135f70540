import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentPackFor, en, type ContentPack } from '../content/index.js';

/**
 * The language that applies to an element: its own `lang`, else the nearest
 * ancestor's, crossing shadow roots, else "" (unknown).
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

// One observer for the whole document, shared by every element.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

function watchLang(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const fn of listeners) fn();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Keeps `pack` equal to the content pack for the host's language. */
export class LangController implements ReactiveController {
  pack: ContentPack = en;
  private unwatch: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.unwatch = watchLang(() => {
      this.refresh();
    });
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private refresh(): void {
    const pack = contentPackFor(resolveLang(this.host));
    if (pack !== this.pack) {
      this.pack = pack;
      this.host.requestUpdate();
    }
  }
}
