import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sayAgain } from './events.js';

/** How long it waits after the last change before it speaks. */
const DELAY = 500;

/**
 * What a polite live region says, once a burst of changes settles, as a Lit
 * reactive controller. Removed from the page, it keeps what it was about to
 * say, and says it once it comes back (a page that moves it); no timer is
 * left behind.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  /** What to say once changes settle: worked out then, from the state then; undefined when nothing waits. */
  private next: (() => string) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says what `say` gives once changes stop for half a second (the last call wins). */
  later(say: () => string): void {
    this.next = say;
    this.wait();
  }

  private wait(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.next) return;
      // The same words again are changed a little, so they are said again.
      this.text = sayAgain(this.text, this.next());
      this.next = undefined;
      this.host.requestUpdate();
    }, DELAY);
  }

  hostConnected(): void {
    // Moved while it waited to speak: it speaks now.
    if (this.next) this.wait();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
