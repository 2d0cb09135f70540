import { clock } from '../../src/core/timer.js';

/**
 * A fake clock for the timers: time moves only when a test calls tick(), so
 * no test waits in real time. Timeouts due in the ticked span run in order.
 */
export function fakeClock() {
  const saved = { ...clock };
  let now = 1000;
  /** How far the clock the timers read was set back (`rewind`): timeouts still run in real time. */
  let back = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  clock.now = () => now - back;
  clock.set = (fn, ms) => {
    seq += 1;
    timers.set(seq, { at: now + ms, fn });
    return seq;
  };
  clock.clear = (handle) => {
    timers.delete(handle as number);
  };
  return {
    /** Moves time on by ms, running every timeout due on the way. */
    tick(ms: number): void {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    /** A stalled main thread: time moves on by ms, but no timeout runs until the next tick(). */
    stall(ms: number): void {
      now += ms;
    },
    /** A page that patched performance.now to go back by ms: what the timers read goes back, timeouts do not. */
    rewind(ms: number): void {
      back += ms;
    },
    /** How many timeouts are waiting: 0 means no timer is running. */
    get pending(): number {
      return timers.size;
    },
    restore(): void {
      Object.assign(clock, saved);
    },
  };
}
