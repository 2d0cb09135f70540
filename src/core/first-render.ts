import type { PropertyValues, ReactiveElement } from 'lit';
import { renderTurn, rendered } from './slices.js';

/**
 * When an element first draws its template, and nothing else.
 *
 * An element's properties, its derived state and its methods are live from
 * the moment it is connected. Only its first render waits: for the file of
 * its language (one cramp-kit ships, on its way: `arriving`), then for its
 * turn (core/slices.ts: a page's first renders are spread over short tasks).
 * Meanwhile Lit's update cycle runs as usual, but `shouldUpdate` says no, and
 * what changed is kept; when the wait is over, the changes are asked for
 * again and the element renders, its first update with every change in it,
 * as if it had never waited. `updateComplete` waits for it.
 *
 * An element with no tree yet carries `data-cramp-loading` while it waits
 * for its language: the page's CSS can keep its room (README, "No jump while
 * loading"). A server-rendered tree stays on screen meanwhile.
 */
export class FirstRender {
  /** Changes kept while waiting, each with its value before the first of them. */
  private readonly kept = new Map<PropertyKey, unknown>();
  /** Set while waiting; resolves once the first render has run. */
  private waiting: Promise<void> | undefined;
  private done = false;

  constructor(
    private readonly host: ReactiveElement,
    /** The host's own `performUpdate` (Lit: "call performUpdate() to immediately process a pending update"). */
    private readonly performUpdate: () => void,
    /** A promise while the host's language file is on its way (see LangController.arriving). */
    private readonly arriving: () => Promise<unknown> | undefined,
    /** Whether the host has a server-rendered tree on screen (then it carries no loading mark). */
    private readonly hasTree: () => boolean,
  ) {}

  /** For the host's `shouldUpdate`: true once the first render may run; until then, keeps what changed. */
  allows(changed: PropertyValues): boolean {
    if (this.done) return true;
    for (const [key, old] of changed) if (!this.kept.has(key)) this.kept.set(key, old);
    this.waiting ??= this.wait();
    return false;
  }

  /** Resolves once the first render has run (at once after it). */
  get settled(): Promise<void> | undefined {
    return this.done ? undefined : this.waiting;
  }

  private async wait(): Promise<void> {
    // Never within the update that asked: the render below is an update of its own.
    await Promise.resolve();
    const arriving = this.arriving();
    if (arriving) {
      const empty = !this.hasTree();
      if (empty) this.host.setAttribute('data-cramp-loading', '');
      await arriving;
      if (empty) this.host.removeAttribute('data-cramp-loading');
    }
    const turn = renderTurn(this.host);
    if (turn) await turn;
    this.done = true;
    const { host, kept } = this;
    const ctor = host.constructor as typeof ReactiveElement;
    // Asked again as changes, not written to attributes again: Lit still has the reflections it owes.
    for (const [key, old] of kept) host.requestUpdate(key, old, { ...ctor.getPropertyOptions(key), reflect: false });
    kept.clear();
    host.requestUpdate();
    try {
      // Now, in this task: the slicer counts the time it takes.
      this.performUpdate();
    } catch (error) {
      // As Lit would: the page hears of it, and this element's next update runs as usual.
      setTimeout(() => {
        throw error;
      });
    } finally {
      rendered();
    }
  }
}
