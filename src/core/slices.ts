/**
 * First renders share the main thread. Elements render one after another in
 * a task until it has run `SLICE` ms; the rest wait for the next task, in the
 * order they asked. A short page renders in one task, as before; a whole guide
 * or a page of fifty explainers is built over several tasks, top first, so no
 * task holds the page long (a long task delays a reader's tap or key), and
 * the browser can paint between them.
 */
export const SLICE = 10;

/** When this task's first render began; -1: none yet in this task. */
let sliceStart = -1;
const waiting: (() => void)[] = [];

/** Runs `fn` in a task of its own, at once (no timer clamping, and not held back in a background tab as timers are). */
function post(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** A new task: the elements still waiting render in it. */
function nextTask(): void {
  sliceStart = -1;
  const first = waiting.shift();
  if (!first) return;
  begin();
  first();
}

function begin(): void {
  sliceStart = performance.now();
  post(nextTask);
}

/**
 * Asked before an element's first render: undefined when it may render now
 * (this task has room), else a promise that resolves when its turn comes.
 * Call `rendered()` after it has rendered, either way.
 */
export function renderTurn(): Promise<void> | undefined {
  if (sliceStart < 0) begin();
  if (!waiting.length && performance.now() - sliceStart < SLICE) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}

/** An element has rendered for the first time: the next one waiting goes on in this task if it still has room. */
export function rendered(): void {
  if (sliceStart >= 0 && performance.now() - sliceStart < SLICE) waiting.shift()?.();
}

// The task that runs cramp-kit's script has already spent its time on loading it (compiling, then
// running it), most of which happens before this line can measure it: that task counts as full, so
// the first renders start in a task of their own.
if (typeof MessageChannel === 'function') {
  begin();
  sliceStart -= SLICE;
}
