/**
 * First renders share the main thread. What is on screen renders at once;
 * below it, elements render one after another in a task until it has run
 * `SLICE` ms, and the rest wait for the next task, in the order they asked.
 * A short page renders as before; a whole guide or a page of fifty
 * explainers is built over several tasks, top first, so no task holds the
 * page long (a long task delays a reader's tap or key). Nothing on screen
 * moves: what renders later is below the screen, and grows only what is
 * below it.
 */
export const SLICE = 15;

/** When this task's first render began; -1: none yet in this task. */
let sliceStart = -1;
/** True in the task that ran cramp-kit's script, which has spent its time on that already. */
let loading = false;
const waiting: { host: Element; go: () => void }[] = [];

/** Runs `fn` in a task of its own, at once (no timer clamping, and not held back in a background tab as timers are). */
function post(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

function begin(): void {
  sliceStart = performance.now();
  post(nextTask);
}

/** A new task: the elements still waiting render in it. */
function nextTask(): void {
  loading = false;
  sliceStart = -1;
  const first = waiting.shift();
  if (!first) return;
  begin();
  first.go();
}

/**
 * On the screen, or above it: rendering it later would move what the reader
 * sees. An element with no box (hidden, in a closed disclosure) is not.
 */
function onScreen(host: Element): boolean {
  if (!host.isConnected || !host.getClientRects().length) return false;
  return host.getBoundingClientRect().top < (host.ownerDocument.defaultView ?? window).innerHeight;
}

/**
 * Asked before an element's first render: undefined when it may render now
 * (it is on screen, or this task has room), else a promise that resolves
 * when its turn comes. Call `rendered()` after it has rendered, either way.
 */
export function renderTurn(host: Element): Promise<void> | undefined {
  // Where there are no message channels (some test environments), everything renders at once, as before.
  if (typeof MessageChannel !== 'function') return undefined;
  if (sliceStart < 0) begin();
  if (!loading && ((!waiting.length && performance.now() - sliceStart < SLICE) || onScreen(host))) return undefined;
  return new Promise((go) => waiting.push({ host, go }));
}

/**
 * An element has rendered for the first time: the next one waiting goes on
 * in this task if it still has room; any waiting one that is on screen now
 * goes on regardless.
 */
export function rendered(): void {
  if (loading || sliceStart < 0) return;
  if (performance.now() - sliceStart < SLICE) {
    waiting.shift()?.go();
    return;
  }
  const index = waiting.findIndex(({ host }) => onScreen(host));
  if (index >= 0) waiting.splice(index, 1)[0]?.go();
}

// The task that runs cramp-kit's script has spent its time on loading it (compiling, then running
// it), most of it before this line could measure it: the first renders start in a task of their own.
if (typeof MessageChannel === 'function') {
  loading = true;
  begin();
}
