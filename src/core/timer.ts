import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a timer is. */
export const TIMER_STATES = ['idle', 'running', 'paused', 'done'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/**
 * The clock every timer reads. Tests swap its functions for a fake clock;
 * nothing else should touch it.
 */
export const clock = {
  now: (): number => performance.now(),
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (handle: unknown): void => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * A timer over a list of segments (say hold, rest, hold), as a Lit reactive
 * controller. Time is measured from elapsed clock time, never by counting
 * ticks, so it does not drift; it wakes once per whole second to update the
 * host. It pauses when the page is hidden and when the host leaves the page.
 */
export class SegmentTimer implements ReactiveController {
  state: TimerState = 'idle';
  /** Index of the current segment. */
  index = 0;
  /** Whole seconds left in the current segment. */
  secondsLeft = 0;

  private durations: number[] = [];
  /** Milliseconds run so far, up to the clock's reading `since` (while running). */
  private banked = 0;
  private since = 0;
  private wake: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when a segment ends (not the last: then `onDone`). */
    private readonly onSegmentEnd: (index: number) => void,
    private readonly onDone: () => void,
  ) {
    host.addController(this);
  }

  /** Starts from the beginning over segments of these many seconds. */
  start(seconds: number[]): void {
    this.stopClock();
    this.durations = seconds.map((s) => s * 1000);
    this.banked = 0;
    this.index = 0;
    this.run();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.stopClock();
    // Catch up first: after a stall (a frozen tab, a busy page) the run may be past this segment, or done.
    const end = this.advance();
    if (end === undefined) return;
    this.state = 'paused';
    this.update(end);
  }

  /** Runs on from where it paused; never for a host that is not on the page. */
  resume(): void {
    if (this.state === 'paused' && this.host.isConnected) this.run();
  }

  reset(): void {
    this.stopClock();
    this.state = 'idle';
    this.banked = 0;
    this.index = 0;
    this.secondsLeft = 0;
    this.host.requestUpdate();
  }

  /**
   * Elapsed milliseconds of the whole run. Only time forward counts: a clock
   * set back (a page that patched performance.now) adds nothing, so the
   * timer never shows more than the hold and never counts up.
   */
  private elapsed(): number {
    if (this.state === 'running') {
      const now = clock.now();
      const step = now - this.since;
      if (step > 0) this.banked += step;
      if (Number.isFinite(now)) this.since = now;
    }
    return this.banked;
  }

  private run(): void {
    this.since = clock.now();
    this.state = 'running';
    this.tick();
  }

  private stopClock(): void {
    clock.clear(this.wake);
    this.wake = undefined;
  }

  /**
   * Works out where the run is and reports the segments that have ended since.
   * Returns the end of the current segment (ms into the run), or undefined when
   * the run is over (then `onDone` has been called).
   */
  private advance(): number | undefined {
    const elapsed = this.elapsed();
    let end = 0;
    let index = 0;
    for (const duration of this.durations) {
      end += duration;
      if (elapsed < end) break;
      index += 1;
    }
    while (this.index < index && this.index < this.durations.length - 1) this.onSegmentEnd(this.index++);
    if (index < this.durations.length) return end;
    this.stopClock();
    this.state = 'done';
    this.index = this.durations.length - 1;
    this.secondsLeft = 0;
    this.host.requestUpdate();
    this.onDone();
    return undefined;
  }

  /** Brings the run up to date and sleeps until the next whole second. */
  private tick = (): void => {
    const end = this.advance();
    if (end === undefined) return;
    this.update(end);
    this.wake = clock.set(this.tick, (end - this.elapsed()) % 1000 || 1000);
  };

  /** Seconds left until `end`, the end of the current segment in ms of the run. */
  private update(end: number): void {
    this.secondsLeft = Math.max(0, Math.ceil((end - this.elapsed()) / 1000));
    this.host.requestUpdate();
  }

  private onVisibility = (): void => {
    if (document.hidden) this.pause();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.pause();
  }
}
