import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { reflectText } from '../../core/attributes.js';
import { heading } from '../../core/heading.js';
import { emit, sayAgain } from '../../core/events.js';
import { liveText } from '../../core/live.js';
import { SegmentTimer, type TimerState } from '../../core/timer.js';
import { CHAIR_SOURCES, STRETCHES } from '../../content/facts.js';
import { STRETCH_IDS, type StretchId, type NumberValue } from '../../content/index.js';
import { picture } from './pictures.js';
import { segments, type Segment } from './plan.js';
import { doneWords, segmentEndWords, startWords } from './announce.js';
import { timerView } from './timer-view.js';
import { styles } from './cramp-stretch-card.styles.js';
import { shared } from '../../content/shared/en.js';
import { stretches } from '../../content/stretches/en.js';

export type { StretchCompleteDetail, StretchStartDetail } from '../../events/cramp-stretch.js';
// Other files take these from here, with the element.
export { CARD_PARTS, segments, totalSeconds } from './plan.js';

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
      this.announcement = `${typeof intro === 'string' ? intro : ''}${startWords(this.pack, first, lead)}`;
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

  /** A whole number within range, else the nearest one (or the default), with a warning. */
  private clamp(name: string, value: number | undefined, min: number, max: number, fallback: number): number {
    if (value === undefined) return fallback;
    const n = Number.isFinite(value) ? Math.round(value) : fallback;
    const ok = Math.min(max, Math.max(min, n));
    if (ok !== value)
      this.warnOnce(`${name}="${String(value)}" must be a whole number from ${String(min)} to ${String(max)}; using ${String(ok)}.`);
    return ok;
  }

  /** A step ended (not the last): say what comes next. */
  private holdEnded(index: number): void {
    const words = segmentEndWords(this.pack, this.run, index, this.dose.repCount);
    if (words !== undefined) this.announcement = words;
  }

  private finished(): void {
    const { shown, holdSeconds, repCount } = this.dose;
    if (!shown) return;
    if (!this.quietDone) this.announcement = doneWords(this.pack, this.pack.stretches[shown], holdSeconds, repCount);
    emit(this, 'cramp-stretch-complete', { stretch: shown, reps: repCount });
  }

  private async onReset(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.primary')?.focus();
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const { shown: id, holdSeconds, repCount, plan } = this.dose;
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
            ${item.use === 'during' ? t.doseDuring : t.dose(holdSeconds, repCount, item.perSide)}
          </p>
          ${item.chair && item.seated ? html`<p part="seated" class="seated"><strong>${t.chairLabel}</strong> ${item.seated}</p>` : nothing}
          <p part="safety" class="safety">
            <strong>${t.safetyLabel}</strong> ${item.safety} ${item.use === 'prevent' ? t.safety : nothing}
          </p>
        </div>
      </div>
      ${timerView({
        pack,
        timer: this.timer,
        run: this.run,
        first: plan[0],
        holdSeconds,
        repCount,
        name: item.name,
        start: this.start,
        pause: this.pause,
        resume: this.resume,
        reset: this.onReset,
      })}
      ${item.use === 'prevent' ? html`<p part="evidence" class="evidence muted">${t.evidence}</p>` : nothing}
      ${this.footer([...item.sources, ...(item.use === 'prevent' ? EVIDENCE_SOURCES : []), ...(item.chair ? CHAIR_SOURCES : [])])}
      <div class="visually-hidden" role="status" aria-atomic="true">${liveText(this.announcement)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-stretch-card': CrampStretchCard;
  }
}
