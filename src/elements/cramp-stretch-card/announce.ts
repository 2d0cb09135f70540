import type { ContentPack, Stretch } from '../../content/index.js';
import type { Segment } from './plan.js';

/**
 * What the card's live region says as a run goes (it speaks only when the
 * timer starts, at the end of each hold and each rest, and when all is done),
 * and the names of holds the timer shows: functions of the pack and the run.
 */

/** "Left leg" or "Right leg", or "" for a stretch on both legs. */
export function sideName(pack: ContentPack, segment: Segment): string {
  const t = pack.stretch;
  return segment.side ? t[segment.side] : '';
}

/** "Round 1 of 3, Left leg", "Round 1 of 3" for a two-leg stretch, or "Hold" for a single hold. */
export function holdName(pack: ContentPack, segment: Segment, reps: number): string {
  const t = pack.stretch;
  const side = sideName(pack, segment);
  if (reps === 1 && !side) return t.hold;
  return `${t.rep(segment.rep, reps)}${side ? pack.listSeparator + side : ''}`;
}

/**
 * The hold after `previous`: within a round, the other leg; at a new round,
 * the round (and leg); nothing for a stretch held once on both legs.
 */
function nextName(pack: ContentPack, previous: Segment | undefined, next: Segment, reps: number): string {
  if (previous && next.rep === previous.rep) return sideName(pack, next);
  return reps === 1 && !next.side ? '' : holdName(pack, next, reps);
}

/** What is said as a run starts: get into position for `lead` seconds, or hold the first hold. */
export function startWords(pack: ContentPack, first: Segment, lead: number): string {
  const t = pack.stretch;
  return lead ? t.announceReady(lead, sideName(pack, first)) : t.announceStart(first.seconds, sideName(pack, first));
}

/**
 * What is said when step `index` of `run` ends (not the last): at the end of
 * a hold, how long to rest and what comes next; at the end of a rest, to hold
 * again. Undefined when there is nothing new to say.
 */
export function segmentEndWords(pack: ContentPack, run: readonly Segment[], index: number, reps: number): string | undefined {
  const ended = run[index];
  const t = pack.stretch;
  if (ended?.rest) {
    const hold = run[index + 1];
    return hold ? t.announceHold(hold.seconds, nextName(pack, run[index - 1], hold, reps)) : undefined;
  }
  const next = run[index + 2];
  if (!ended || !next) return undefined;
  return t.announceHoldEnd(run[index + 1]?.seconds ?? 0, nextName(pack, ended, next, reps));
}

/** What is said when every hold is done: during a cramp, to check it has eased; else, well done. */
export function doneWords(pack: ContentPack, stretch: Stretch, hold: number, reps: number): string {
  const t = pack.stretch;
  return stretch.use === 'during' ? t.announceCheck(hold) : t.announceDone(reps);
}
