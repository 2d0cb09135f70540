import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { reflectText } from '../../core/attributes.js';
import { heading } from '../../core/heading.js';
import { emit, sayAgain } from '../../core/events.js';
import { liveText } from '../../core/live.js';
import { SegmentTimer, type TimerState } from '../../core/timer.js';
import { CHAIR_SOURCES, STRETCHES } from '../../content/facts.js';
import { STRETCH_IDS, type Stretch, type StretchId, type NumberValue } from '../../content/index.js';
import { picture } from './pictures.js';
import { styles } from './cramp-stretch-card.styles.js';
import { shared } from '../../content/en/shared.js';
import { stretches } from '../../content/en/stretches.js';

export type { StretchCompleteDetail, StretchStartDetail } from '../../events/cramp-stretch.js';

/** One step of a timed stretch: a hold (on a side, or both legs) or a rest. */
interface Segment {
  rest: boolean;
  /** The rest before the first hold, to get into position ("Get ready"). */
  ready?: boolean;
  rep: number;
  side: 'left' | 'right' | '';
  seconds: number;
}

/** Seconds of rest between holds when the stretch itself names none. */
const MIN_REST = 5;

/** The holds and rests of a stretch, in order. */
export function segments(stretch: Stretch, hold: number, reps: number): Segment[] {
  const sides = stretch.perSide ? (['left', 'right'] as const) : ['' as const];
  const rest = stretch.rest || MIN_REST;
  const list: Segment[] = [];
  for (let rep = 1; rep <= reps; rep += 1) {
    for (const side of sides) {
      if (list.length) list.push({ rest: true, rep, side, seconds: rest });
      list.push({ rest: false, rep, side, seconds: hold });
    }
  }
  return list;
}

/** The card's parts, as documented below; the routine and the guide lift them out (core/parts.ts). */
export const CARD_PARTS =
  'base title use picture steps dose seated safety evidence sources get-help number footer timer ring count phase controls button error';

/** Total seconds of a stretch at its own dose, rests included. */
export function totalSeconds(stretch: Stretch): number {
  const holds = stretch.reps * (stretch.perSide ? 2 : 1);
  return holds * stretch.hold + (holds - 1) * (stretch.rest || MIN_REST);
}

/** The studies behind the line on what stretching to prevent cramps can do. */
const EVIDENCE_SOURCES = ['hallegraeff-2012', 'allen-kirby-2012'] as const;

/**
 * One stretch: a picture, numbered steps, how long to hold and how often,
 * a safety note, its sources, and a hold timer that keeps count of rounds and
 * legs. The timer has role="timer" and speaks only when it starts, at the end
 * of each hold and each rest, and when all is done.
 *
 * @summary One illustrated stretch with an accessible hold timer.
 * @tagname cramp-stretch-card
 *
 * @attr {string} stretch - The stretch id (required): wall-calf, bent-knee-calf, hamstring, towel-calf, toe-pull or heel-drop.
 * @attr {number} hold - Seconds to hold, 5 to 120. Default: the stretch's own.
 * @attr {number} reps - How many times, 1 to 10 (on each leg for one-leg stretches). Default: the stretch's own.
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the stretch's heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @event cramp-stretch-start - The timer started (or started again).
 * @event cramp-stretch-complete - Every hold is done.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The stretch's name.
 * @csspart use - When to use it: to prevent cramps, or during one.
 * @csspart picture - The picture (an SVG).
 * @csspart steps - The numbered steps.
 * @csspart dose - How long to hold and how many times.
 * @csspart seated - How to do the stretch sitting in a chair (stretches that have a chair version).
 * @csspart safety - The safety note.
 * @csspart evidence - The line on what studies show.
 * @csspart sources - The sources line.
 * @csspart get-help - The "get help" lines before the footer (when used alone): a clot in one leg, today; sudden breathlessness, chest pain or collapse, the emergency number.
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).
 * @csspart timer - The timer (role="timer"): ring, seconds and phase.
 * @csspart ring - The progress ring (it gives way on narrow screens with large text).
 * @csspart count - The seconds left.
 * @csspart phase - Which round and leg, "Rest", or "Get ready".
 * @csspart controls - The timer's buttons.
 * @csspart button - A timer button.
 * @csspart error - The message shown for an unknown stretch.
 *
 * @cssprop [--cramp-stretch-ring-size=7em] - Size of the progress ring.
 * @cssprop [--cramp-stretch-ring-width=8] - Thickness of the ring, in hundredths of its size.
 * @cssprop [--cramp-stretch-picture-width=18em] - Widest the picture gets.
 */
export class CrampStretchCard extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...stretches };

  static override facts = { stretches: STRETCHES };

  static override properties: PropertyDeclarations = {
    stretch: { reflect: true, converter: reflectText },
    hold: { type: Number },
    reps: { type: Number },
    announcement: { state: true, attribute: false },
  };

  /** The stretch id. */
  declare stretch?: StretchId;
  /** Seconds to hold (5-120). */
  declare hold?: NumberValue;
  /** How many times (1-10). */
  declare reps?: NumberValue;
  /**
   * What the live region says.
   * @internal
   */
  declare private announcement: string;

  /** The steps of the timer's current run: the plan, with a get-ready rest before it if asked for. */
  private run: Segment[] = [];
  /** The stretch, hold and reps the current run was made for (see `willUpdate`). */
  private runFor = '';

  /**
   * Set by a routine that is running the cards in turn: it speaks for the end.
   * @internal
   */
  quietDone = false;

  private readonly timer = new SegmentTimer(
    this,
    (index) => {
      this.holdEnded(index);
    },
    () => {
      this.finished();
    },
  );

  constructor() {
    super();
    this.announcement = '';
  }

  /** Where the timer is: `idle`, `running`, `paused` or `done`. */
  get state(): TimerState {
    return this.timer.state;
  }

  /**
   * Starts (or starts again) the timer from the first hold. A routine passes
   * `intro` ("Step 2 of 5: ...") to say it in the same breath, and `ready`:
   * seconds to get into position before the first hold (0 to 60). Does
   * nothing while the card is not on the page.
   */
  start(intro = '', ready = 0): void {
    // A server-rendered card not yet taken over: started once it is (changing it before would break the takeover).
    if (this.serverRendered && !this.hasUpdated) {
      void this.updateComplete.then(() => {
        this.start(intro, ready);
      });
      return;
    }
    const { shown, plan, key } = this.dose;
    const first = plan[0];
    // No timer runs for a card that is not on the page (a page may remove it at any moment).
    if (!shown || !first || !this.isConnected) return;
    this.runFor = key;
    const lead = Number.isFinite(ready) ? Math.min(60, Math.max(0, Math.round(ready))) : 0;
    const run = (this.run = lead ? [{ rest: true, ready: true, rep: 1, side: first.side, seconds: lead }, ...plan] : plan);
    this.timer.start(run.map((s) => s.seconds));
    const say = () => {
      const t = this.pack.stretch;
      this.announcement = `${typeof intro === 'string' ? intro : ''}${
        lead ? t.announceReady(lead, this.sideName(first)) : t.announceStart(first.seconds, this.sideName(first))
      }`;
    };
    // Before the first render, said once the live region is on the page: text already in a region as it appears is not read out.
    if (this.hasUpdated) say();
    else
      void this.updateComplete.then(() => {
        // Not if the card was paused, reset, removed or started again meanwhile, or has moved past its first step.
        if (this.run === run && this.timer.state === 'running' && this.timer.index === 0) say();
      });
    emit(this, 'cramp-stretch-start', { stretch: shown });
  }

  pause(): void {
    if (this.timer.state !== 'running') return;
    this.timer.pause();
    if (this.state === 'paused') this.announcement = sayAgain(this.announcement, this.pack.stretch.announcePause(this.timer.secondsLeft));
  }

  resume(): void {
    if (this.timer.state !== 'paused') return;
    this.timer.resume();
    if (this.state === 'running') this.announcement = sayAgain(this.announcement, this.pack.stretch.announceResume(this.timer.secondsLeft));
  }

  /** Stops the timer and sets it back to the start. */
  reset(): void {
    this.timer.reset();
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A run of another stretch (or hold, or reps) is not kept; one start() began for these is.
    if (this.timer.state !== 'idle' && this.dose.key !== this.runFor) this.reset();
  }

  /** The stretch shown, its hold and reps after checks, and its timed steps, from the properties as they are now. */
  private get dose(): { shown: StretchId | undefined; holdSeconds: number; repCount: number; plan: Segment[]; key: string } {
    const raw: unknown = this.stretch;
    const text = this.text('stretch');
    const id = (text ?? '').trim().toLowerCase();
    if (!(STRETCH_IDS as readonly string[]).includes(id)) {
      // A value of the wrong type was warned about already.
      if (text !== undefined || raw == null || typeof raw === 'string')
        this.warnOnce(
          `${text === undefined ? 'needs a stretch attribute' : `stretch="${text}" is not a known stretch`}. Valid ids: ${STRETCH_IDS.join(', ')}.`,
        );
      return { shown: undefined, holdSeconds: 0, repCount: 0, plan: [], key: '' };
    }
    const shown = id as StretchId;
    const item = this.pack.stretches[shown];
    const holdSeconds = this.clamp('hold', this.numberOf('hold'), 5, 120, item.hold);
    const repCount = this.clamp('reps', this.numberOf('reps'), 1, 10, item.reps);
    return {
      shown,
      holdSeconds,
      repCount,
      plan: segments(item, holdSeconds, repCount),
      key: `${shown} ${String(holdSeconds)} ${String(repCount)}`,
    };
  }

  private get shown(): StretchId | undefined {
    return this.dose.shown;
  }

  private get holdSeconds(): number {
    return this.dose.holdSeconds;
  }

  private get repCount(): number {
    return this.dose.repCount;
  }

  /** A whole number within range, else the nearest one (or the default), with a warning. */
  private clamp(name: string, value: number | undefined, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    const n = Number.isFinite(value) ? Math.round(value) : fallback;
    const ok = Math.min(max, Math.max(min, n));
    if (ok !== value)
      this.warnOnce(`${name}="${String(value)}" must be a whole number from ${String(min)} to ${String(max)}; using ${String(ok)}.`);
    return ok;
  }

  private sideName(segment: Segment): string {
    const t = this.pack.stretch;
    return segment.side ? t[segment.side] : '';
  }

  /** "Round 1 of 3, Left leg", "Round 1 of 3" for a two-leg stretch, or "Hold" for a single hold. */
  private holdName(segment: Segment): string {
    const t = this.pack.stretch;
    const side = this.sideName(segment);
    if (this.repCount === 1 && !side) return t.hold;
    return `${t.rep(segment.rep, this.repCount)}${side ? this.pack.listSeparator + side : ''}`;
  }

  /**
   * A segment ended. At the end of a hold, say how long to rest and what comes
   * next; at the end of a rest, say to hold again.
   */
  private holdEnded(index: number): void {
    const { run } = this;
    const ended = run[index];
    const t = this.pack.stretch;
    if (ended?.rest) {
      const hold = run[index + 1];
      if (hold) this.announcement = t.announceHold(hold.seconds, this.nextName(run[index - 1], hold));
      return;
    }
    const next = run[index + 2];
    if (!ended || !next) return;
    this.announcement = t.announceHoldEnd(run[index + 1]?.seconds ?? 0, this.nextName(ended, next));
  }

  /**
   * The hold after `previous`: within a round, the other leg; at a new round,
   * the round (and leg); nothing for a stretch held once on both legs.
   */
  private nextName(previous: Segment | undefined, next: Segment): string {
    if (previous && next.rep === previous.rep) return this.sideName(next);
    return this.repCount === 1 && !next.side ? '' : this.holdName(next);
  }

  private finished(): void {
    if (!this.shown) return;
    const t = this.pack.stretch;
    if (!this.quietDone) {
      this.announcement =
        this.pack.stretches[this.shown].use === 'during' ? t.announceCheck(this.holdSeconds) : t.announceDone(this.repCount);
    }
    emit(this, 'cramp-stretch-complete', { stretch: this.shown, reps: this.repCount });
  }

  private async onReset(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.primary')?.focus();
  }

  protected override render(): TemplateResult {
    const { pack, level, shown: id } = this;
    const t = pack.stretch;
    if (!id) {
      return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
        <p part="error" class="error">${t.unknown}</p>
      </div>`;
    }
    const item = pack.stretches[id];
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', item.name)}
      <p part="use" class="use">${item.use === 'during' ? t.useDuring : t.usePrevent}</p>
      <div class="body">
        ${picture(id, item.alt)}
        <div class="text">
          <ol part="steps" class="steps">
            ${item.steps.map((step) => html`<li>${step}</li>`)}
          </ol>
          <p part="dose" class="dose">
            ${item.use === 'during' ? t.doseDuring : t.dose(this.holdSeconds, this.repCount, item.perSide)}
          </p>
          ${item.chair && item.seated ? html`<p part="seated" class="seated"><strong>${t.chairLabel}</strong> ${item.seated}</p>` : nothing}
          <p part="safety" class="safety">
            <strong>${t.safetyLabel}</strong> ${item.safety} ${item.use === 'prevent' ? t.safety : nothing}
          </p>
        </div>
      </div>
      ${this.renderTimer()}
      ${item.use === 'prevent' ? html`<p part="evidence" class="evidence muted">${t.evidence}</p>` : nothing}
      ${this.footer([...item.sources, ...(item.use === 'prevent' ? EVIDENCE_SOURCES : []), ...(item.chair ? CHAIR_SOURCES : [])])}
      <div class="visually-hidden" role="status" aria-atomic="true">${liveText(this.announcement)}</div>
    </div>`;
  }

  private renderTimer(): TemplateResult {
    const t = this.pack.stretch;
    const { state, index, secondsLeft } = this.timer;
    const segment = state === 'idle' ? this.dose.plan[0] : this.run[index];
    const seconds = state === 'idle' ? this.holdSeconds : secondsLeft;
    const progress = segment && state !== 'idle' ? (state === 'done' ? 1 : 1 - secondsLeft / segment.seconds) : 0;
    const phase = state === 'done' ? t.done : segment?.ready ? t.ready : !segment || segment.rest ? t.rest : this.holdName(segment);
    // The words that change as the timer runs are new text each time (core/live.ts): they stay live on a translated page.
    const primary: [string, () => void] =
      state === 'running'
        ? [t.pause, this.pause]
        : state === 'paused'
          ? [t.resume, this.resume]
          : [state === 'done' ? t.again : t.start, this.start];
    // "fresh": a hold or rest has just begun; the ring empties without sweeping back.
    const fresh = progress === 0 ? 'fresh' : '';
    // Named with the stretch, so that several cards on a page do not give a list of identical "Start" buttons.
    const name = this.shown ? this.pack.stretches[this.shown].name : '';
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
            : html`<button part="button" type="button" class="btn reset" aria-label=${t.named(t.reset, name)} @click=${this.onReset}>${t.reset}</button>`
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-stretch-card': CrampStretchCard;
  }
}
