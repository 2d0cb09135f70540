/**
 * First renders share the main thread. What is on screen renders at once;
 * below it, elements render one after another in a task until it has run
 * `SLICE` ms, and the rest wait for the next task, in the order they asked.
 * A short page renders as before; a whole guide or a page of fifty
 * explainers is built over several tasks, top first, so no task holds the
 * page long (a long task delays a reader's tap or key). Nothing on screen
 * moves: what renders later is below the screen, and grows only what is
 * below it. What is on screen is found by one look at the page for all the
 * elements that ask together, not one each.
 */
export const SLICE = 15;

/** When this task's first render began; -1: none yet in this task. */
let sliceStart = -1;
/** True in the task that ran cramp-kit's script, which has spent its time on that already. */
let loading = false;
const waiting: { host: Element; go: () => void }[] = [];
/** Set while a look at what is on screen is due, at the end of this batch of microtasks. */
let lookDue = false;

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

/**
 * On the screen, or above it: rendering it later would move what the reader
 * sees. An element with no box (hidden, in a closed disclosure) is not.
 */
function onScreen(host: Element): boolean {
  if (!host.isConnected || !host.getClientRects().length) return false;
  return host.getBoundingClientRect().top < (host.ownerDocument.defaultView ?? window).innerHeight;
}

/**
 * Every waiting element that is on screen now goes on, in order; the rest
 * keep waiting. The page is laid out once for all of them: a look at one
 * element, then a render, then a look at the next would lay the whole page
 * out again for each (on a phone, half the first task's time went on that).
 * Returns whether any went on.
 */
function look(): boolean {
  lookDue = false;
  const seen = waiting.filter(({ host }) => onScreen(host));
  for (const turn of seen) waiting.splice(waiting.indexOf(turn), 1);
  for (const { go } of seen) go();
  return seen.length > 0;
}

/** A new task: what is on screen goes first (the reader may have scrolled), then the others in order, while there is room. */
function nextTask(): void {
  loading = false;
  sliceStart = -1;
  if (!waiting.length) return;
  begin();
  if (!look()) waiting.shift()?.go();
}

/**
 * Asked before an element's first render: undefined when it may render now
 * (this task has room), else a promise that resolves when its turn comes:
 * in this task if it is on screen, else in a later one. Call `rendered()`
 * after it has rendered, either way.
 */
export function renderTurn(host: Element): Promise<void> | undefined {
  // Where there are no message channels (some test environments), everything renders at once, as before.
  if (typeof MessageChannel !== 'function') return undefined;
  if (sliceStart < 0) begin();
  if (!loading && !waiting.length && performance.now() - sliceStart < SLICE) return undefined;
  const turn = new Promise<void>((go) => waiting.push({ host, go }));
  // The elements asking together (a guide's sections, just created) are looked at together, once they all have.
  if (!loading && !lookDue) {
    lookDue = true;
    queueMicrotask(look);
  }
  return turn;
}

/** An element has rendered for the first time: the next one waiting goes on in this task if it still has room. */
export function rendered(): void {
  if (loading || sliceStart < 0) return;
  if (performance.now() - sliceStart < SLICE) waiting.shift()?.go();
}

// The task that runs cramp-kit's script has spent its time on loading it (compiling, then running
// it), most of it before this line could measure it: the first renders start in a task of their own.
if (typeof MessageChannel === 'function') {
  loading = true;
  begin();
}
