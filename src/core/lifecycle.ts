import { LitElement, type PropertyValues } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import { keepClass, renderRoot, restyle } from './adopt.js';
import { ServerTree, atPath } from './takeover.js';
import { FirstRender } from './first-render.js';

/**
 * When and where a cramp-kit element renders, apart from what it renders
 * (core/base.ts): nothing else needs to know about these.
 * - Its first render waits for its language file and its turn (core/first-render.ts);
 *   its properties and methods are live before that.
 * - A tree rendered on the server is taken over, or rendered afresh over (core/takeover.ts);
 *   `defer-hydration` holds it until a server-rendered parent lets go.
 * - Moved into another document (an iframe's), it keeps its class and its styles (core/adopt.ts).
 * - `updateComplete` waits for the cramp-kit elements inside it too.
 */
export abstract class RenderedElement extends LitElement {
  /** A tree rendered on the server (cramp-kit/ssr), until the first render takes it over or renders afresh over it. */
  private readonly serverTree = new ServerTree(this);

  private readonly firstRender = new FirstRender(
    this,
    () => {
      this.performUpdate();
    },
    () => this.languageArriving(),
    () => this.serverTree.pending,
  );

  /** The language the element renders in: a server tree in another is rendered afresh. */
  protected abstract get renderLang(): string;

  /** While the file of the element's language is on its way: a promise that settles when it has come (or failed, or waited long enough). */
  protected abstract languageArriving(): Promise<unknown> | undefined;

  /** True until the first render when the element has a tree rendered on the server (see core/takeover.ts). */
  protected get serverRendered(): boolean {
    return this.serverTree.pending;
  }

  /** Whether the element's own state is still what the server rendered (the checklist: nothing ticked). */
  protected sameAsServer(): boolean {
    return true;
  }

  /** A shadow root with its styles (core/adopt.ts), or the tree the server rendered, kept until the first render. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.serverTree.root() ?? renderRoot(this, this.styleSheets, () => super.createRenderRoot());
  }

  /** The first render over a server-rendered tree takes it over, or renders afresh over it: never a dead widget. */
  protected override update(changed: PropertyValues): void {
    const focus = this.serverTree.takeOver(
      this.renderLang,
      (tree) => {
        this.renderOptions.isConnected = this.isConnected;
        hydrate(this.render(), tree, this.renderOptions);
      },
      () => this.sameAsServer(),
      (tree) => {
        restyle(this, tree, this.styleSheets);
      },
    );
    // Taken over, Lit's render finds its parts and changes nothing; else it renders the element afresh.
    super.update(changed);
    if (focus && this.shadowRoot) atPath(this.shadowRoot, focus)?.focus({ preventScroll: true });
  }

  /**
   * Lit's own attributes and `defer-hydration`.
   * @internal
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  /**
   * On the page: starts, unless it waits for a server-rendered parent
   * (`defer-hydration`). Its first update runs at once, so its properties
   * (those a page set before cramp-kit defined it too) and its methods are
   * live from here; only the first render waits.
   */
  override connectedCallback(): void {
    keepClass(this);
    if (!this.serverTree.connect()) return;
    super.connectedCallback();
    if (!this.hasUpdated) this.performUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.serverTree.released(name, value)) {
      super.connectedCallback();
      if (!this.hasUpdated) this.performUpdate();
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** Renders only once its language and its turn have come. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.firstRender.allows(changed) && super.shouldUpdate(changed);
  }

  /** Resolves once this element and every cramp-kit element in its shadow root (a guide's sections) have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.firstRender.settled;
    const own = await super.getUpdateComplete();
    // Those on the page and not waiting for a server-rendered parent (a detached one never renders).
    const inner = [...this.renderRoot.querySelectorAll('*')].filter(
      (el): el is RenderedElement => el instanceof RenderedElement && el.isConnected && !el.hasAttribute('defer-hydration'),
    );
    // One at a time (they render meanwhile all the same), not Promise.all: that resolves with a list, and on a page that
    // set `then` on every object (Object.prototype.then) a list looks like a promise, and the wait would never end.
    let all = own;
    for (const el of inner) all = (await el.updateComplete) && all;
    return all;
  }

  /** Moved into another document (an iframe's): keeps its styles there (browsers drop the old sheets). */
  adoptedCallback(): void {
    keepClass(this);
    if (this.shadowRoot) restyle(this, this.shadowRoot, this.styleSheets);
  }

  private get styleSheets() {
    return (this.constructor as typeof LitElement).elementStyles;
  }
}
