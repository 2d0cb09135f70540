import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentPackFor, onContentPack, withEnglish, type ContentPack, type PartialWords } from '../content/index.js';
import { lateLang, loadingFor, packFor } from '../languages/load.js';
// The one choice of an element's language, which the server and the autoloader make too.
import { elementLang } from '../languages/tags.js';
import type { FactParts } from '../content/facts.js';

/**
 * How long an element waits, at most, for its language's file before its
 * first render; after that it shows English and changes when the file comes.
 */
export const LANG_WAIT = 3000;

// One observer for the whole document, shared by every element.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** How many elements are watching for lang changes (for the leak tests). */
export const watching = (): number => listeners.size;

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

/**
 * Keeps `pack` equal to the content for the host's language: the English
 * parts the element brings (`english`), with any registered pack over them
 * and the facts of those parts (`facts`) joined in.
 */
export class LangController implements ReactiveController {
  pack: ContentPack;
  private unwatch: (() => void) | undefined;
  private unlisten: (() => void) | undefined;
  /** The pack of the last render. */
  private rendered: ContentPack | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly english: PartialWords,
    private readonly facts: FactParts,
  ) {
    this.pack = withEnglish(english, contentPackFor(''), facts);
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.unwatch = watchLang(() => {
      this.refresh();
    });
    this.unlisten = onContentPack(() => {
      this.refresh();
    });
  }

  /**
   * After the host renders a new pack, the elements inside its shadow root
   * look again: the host's new `lang` is set there, where the document's
   * observer does not see it (a lang change on the page reaches the guide
   * first, then the parts inside it).
   */
  hostUpdated(): void {
    if (this.rendered === this.pack) return;
    const first = this.rendered === undefined;
    this.rendered = this.pack;
    if (!first) for (const fn of [...listeners]) fn();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unlisten?.();
    this.unwatch = this.unlisten = undefined;
  }

  /** The pack for the host's language now (before it is connected, too). */
  current(): ContentPack {
    return withEnglish(this.english, packFor(elementLang(this.host)), this.facts);
  }

  /**
   * `loading()`: the file of the host's language (one cramp-kit ships) is on
   * its way. `arriving()`: while it is, a promise that settles when it has arrived or failed, or after
   * `LANG_WAIT` ms at most (then with one warning per file). Else undefined.
   */
  loading(): boolean {
    return loadingFor(elementLang(this.host)) !== undefined;
  }

  arriving(limit = true): Promise<unknown> | undefined {
    const lang = elementLang(this.host);
    const loading = loadingFor(lang);
    if (!loading || !limit) return loading;
    return Promise.race([loading, new Promise((resolve) => setTimeout(resolve, LANG_WAIT))]).then(() => {
      // Still on its way (a file that never answers): the element shows English now, and one warning says why.
      if (loadingFor(lang)) lateLang(lang, LANG_WAIT / 1000);
    });
  }

  /**
   * On the server (cramp-kit/ssr) there is no tree to look up and no
   * connection: the language is the host's own `lang` (prerender gives each
   * element the nearest one), and a pack registered in Node applies.
   */
  useLang(lang: string): void {
    this.pack = withEnglish(this.english, packFor(lang), this.facts);
  }

  private refresh(): void {
    const pack = this.current();
    if (pack !== this.pack) {
      this.pack = pack;
      this.host.requestUpdate();
    }
  }
}
