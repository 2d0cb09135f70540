import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the items of a row that wraps sit each on a line of its own (a
 * phone, large text): a tab list is then vertical, and says so
 * (`aria-orientation`). Measured after each render that has the items, and
 * when the window is resized (a phone turned, the page zoomed); the host
 * renders again when the answer changes. Not a ResizeObserver: its callback
 * runs Lit's pending renders, whose new sizes would make a resize loop (an
 * error on the page). Nothing is measured where there is no layout (the
 * server): not stacked.
 */
export class StackedController implements ReactiveController {
  stacked = false;

  private readonly onResize = (): void => {
    this.measure();
  };

  private view: Window | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The items, in the host's shadow root. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.view = this.host.ownerDocument.defaultView;
    this.view?.addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    this.view?.removeEventListener('resize', this.onResize);
    this.view = null;
  }

  hostUpdated(): void {
    this.measure();
  }

  private measure(): void {
    const items = [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>(this.selector) ?? [])];
    // None (another layout): nothing to measure, and no layout forced.
    if (!items.length && !this.stacked) return;
    const stacked = items.length > 1 && items.every((item, i) => i === 0 || item.offsetTop > (items[i - 1]?.offsetTop ?? 0));
    if (stacked === this.stacked) return;
    this.stacked = stacked;
    this.host.requestUpdate();
  }
}
