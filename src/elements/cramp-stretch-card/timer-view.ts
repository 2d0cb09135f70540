import { html, nothing, type TemplateResult } from 'lit';
import { liveText } from '../../core/live.js';
import type { SegmentTimer } from '../../core/timer.js';
import type { ContentPack } from '../../content/index.js';
import { holdName } from './announce.js';
import type { Segment } from './plan.js';

/** What the timer's view is made from. */
export interface TimerViewContext {
  pack: ContentPack;
  /** Where the timer is: its state, its step in the run and the seconds left in that step. */
  timer: Pick<SegmentTimer, 'state' | 'index' | 'secondsLeft'>;
  /** The steps of the current run. */
  run: readonly Segment[];
  /** The first step of the plan, shown before a run. */
  first: Segment | undefined;
  holdSeconds: number;
  repCount: number;
  /** The stretch's name, which names the timer and its buttons. */
  name: string;
  /** The buttons' listeners (Lit calls them with the element as `this`). */
  start: () => unknown;
  pause: () => unknown;
  resume: () => unknown;
  reset: () => unknown;
}

/**
 * The hold timer: a ring, the seconds left, which hold or rest it is, and its
 * buttons (start, pause, resume or again; reset once it has run).
 */
export function timerView({
  pack,
  timer,
  run,
  first,
  holdSeconds,
  repCount,
  name,
  start,
  pause,
  resume,
  reset,
}: TimerViewContext): TemplateResult {
  const t = pack.stretch;
  const { state, index, secondsLeft } = timer;
  const segment = state === 'idle' ? first : run[index];
  const seconds = state === 'idle' ? holdSeconds : secondsLeft;
  const progress = segment && state !== 'idle' ? (state === 'done' ? 1 : 1 - secondsLeft / segment.seconds) : 0;
  const phase =
    state === 'done' ? t.done : segment?.ready ? t.ready : !segment || segment.rest ? t.rest : holdName(pack, segment, repCount);
  // The words that change as the timer runs are new text each time (core/live.ts): they stay live on a translated page.
  const primary: [string, () => unknown] =
    state === 'running' ? [t.pause, pause] : state === 'paused' ? [t.resume, resume] : [state === 'done' ? t.again : t.start, start];
  // "fresh": a hold or rest has just begun; the ring empties without sweeping back.
  const fresh = progress === 0 ? 'fresh' : '';
  // Named with the stretch, so that several cards on a page do not give a list of identical "Start" buttons.
  return html`<div part="timer" class="timer ${state} ${fresh}" role="timer" aria-label=${t.named(t.timer, name)}>
      <svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true">
        <circle class="track" cx="50" cy="50" r="44" />
        <circle class="bar" cx="50" cy="50" r="44" pathLength="100" stroke-dashoffset=${100 - progress * 100} />
      </svg>
      <p class="readout">
        <span part="count" class="count">${liveText(seconds)}</span> <span class="unit">${liveText(seconds === 1 ? t.second : t.seconds)}</span>
      </p>
      <p part="phase" class="phase">${liveText(state === 'paused' ? `${t.paused} ${phase}` : phase)}</p>
    </div>
    <div part="controls" class="controls">
      <button part="button" type="button" class="btn primary" aria-label=${t.named(primary[0], name)} @click=${primary[1]}>${liveText(primary[0])}</button>
      ${
        state === 'idle'
          ? nothing
          : html`<button part="button" type="button" class="btn reset" aria-label=${t.named(t.reset, name)} @click=${reset}>${t.reset}</button>`
      }
    </div>`;
}
