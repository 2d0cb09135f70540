import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STRETCHES } from '../../content/facts.js';
import { CrampElement } from '../../core/base.js';
import { deeper, heading } from '../../core/heading.js';
import { emit } from '../../core/events.js';
import { liveText } from '../../core/live.js';
import { parseIds } from '../../core/ids.js';
import { exportParts } from '../../core/parts.js';
import { STRETCH_IDS, type StretchId, type IdList } from '../../content/index.js';
import { CARD_PARTS, CrampStretchCard, totalSeconds } from '../cramp-stretch-card/cramp-stretch-card.js';
// The routine renders stretch cards, so it registers them.
import { styles } from './cramp-stretch-routine.styles.js';
import { shared } from '../../content/shared/en.js';
import { stretches } from '../../content/stretches/en.js';

/** Seconds to get into position before each stretch of a running routine (some stand, some sit). */
export const READY_SECONDS = 10;

/** The card's parts, lifted out of the routine as `card-*`. */
export const CARD_EXPORTS = exportParts(CARD_PARTS, 'card-');

export type { RoutineCompleteDetail } from '../../events/cramp-stretch.js';

/**
 * A guided sequence of stretches, one card at a time, with Previous, Next and
 * "Step n of N". "Start routine" runs each card's timer in turn and moves on
 * by itself; `cramp-routine-complete` is sent at the end.
 *
 * @summary A guided sequence of stretch cards.
 * @tagname cramp-stretch-routine
 *
 * @attr {string} stretches - Stretch ids, in order. Default: wall-calf, bent-knee-calf, hamstring, towel-calf.
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the routine's heading; each stretch is one below. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @event cramp-routine-complete - The routine ran to its end.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The routine's heading.
 * @csspart intro - How many stretches, and about how long.
 * @csspart progress - "Step n of N".
 * @csspart card - The stretch card of the current step (style its inside through its own parts).
 * @csspart nav - The row of buttons.
 * @csspart button - Previous, Next or Start routine.
 * @csspart sources - The sources line in the footer.
 * @csspart get-help - The "get help" lines before the footer (when used alone): a clot in one leg, today; sudden breathlessness, chest pain or collapse, the emergency number.
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).
 */
export class CrampStretchRoutine extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...stretches };

  static override facts = { stretches: STRETCHES };

  /**
   * The routine shows one stretch card at a time: defining it defines the card.
   * @internal
   */
  static override dependencies = { 'cramp-stretch-card': CrampStretchCard };

  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 1;

  static override properties: PropertyDeclarations = {
    stretches: {},
    step: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Stretch ids, in order. */
  declare stretches?: IdList<StretchId>;
  /**
   * The current step, from 0.
   * @internal
   */
  declare private step: number;
  /**
   * What the live region says.
   * @internal
   */
  declare private announcement: string;

  /** True while "Start routine" is running the cards in turn. */
  private running = false;
  /** True while the routine itself starts a card (a reader's own Start ends the routine run). */
  private starting = false;

  constructor() {
    super();
    this.step = 0;
    this.announcement = '';
  }

  /** The stretches shown, in order. */
  private get list(): StretchId[] {
    const text = this.text('stretches');
    const { ids, unknown } = parseIds(text, STRETCH_IDS);
    if (unknown.length || (text !== undefined && !ids.length)) {
      this.warnOnce(
        `ignored ${unknown.length ? unknown.map((id) => `"${id}"`).join(', ') : 'an empty list'} in stretches="…"${
          ids.length ? '' : '; showing the usual routine'
        }. Valid ids: ${STRETCH_IDS.join(', ')}.`,
      );
    }
    return ids.length ? ids : STRETCH_IDS.filter((id) => this.pack.stretches[id].routine);
  }

  /** Another list of stretches: the step stays within it, and a routine run ends. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('stretches')) {
      this.step = Math.min(this.step, this.list.length - 1);
      this.running = false;
    }
  }

  private get card(): CrampStretchCard | null {
    return this.renderRoot.querySelector('cramp-stretch-card');
  }

  /** "Step 2 of 5: Bent-knee calf stretch". */
  private stepName(step: number): string {
    const id = this.list[step];
    return id ? `${this.pack.stretch.step(step + 1, this.list.length)}: ${this.pack.stretches[id].name}` : '';
  }

  /** A reader moved with Previous or Next: the routine run ends, and the step is said. */
  private move(by: number): void {
    const step = this.step + by;
    if (!this.list[step]) return;
    this.setRunning(false);
    this.card?.reset();
    this.step = step;
    this.announcement = this.stepName(step);
  }

  private setRunning(running: boolean): void {
    this.running = running;
    const card = this.card;
    if (card) card.quietDone = running;
  }

  /** Shows a step and starts its card, saying the step and the start in one message. */
  private async run(step: number): Promise<void> {
    // The card's Reset goes while it changes stretch: focus there moves to its Pause.
    const hadFocus = this.card?.matches(':focus-within') ?? false;
    this.step = step;
    this.setRunning(true);
    await this.updateComplete;
    const card = this.card;
    if (!card) return;
    await card.updateComplete;
    this.starting = true;
    card.start(`${this.stepName(step)}. `, READY_SECONDS);
    this.starting = false;
    if (hadFocus && !card.matches(':focus-within')) {
      await card.updateComplete;
      card.shadowRoot?.querySelector<HTMLElement>('.primary')?.focus();
    }
  }

  private async startRoutine(): Promise<void> {
    await this.run(0);
    const card = this.card;
    await card?.updateComplete;
    card?.shadowRoot?.querySelector<HTMLElement>('.primary')?.focus();
  }

  /** A reader's own Start on the card ends the routine run: it will not move on by itself. */
  private onCardStart(): void {
    if (!this.starting) this.setRunning(false);
  }

  /** A card finished: in a running routine, go on to the next, or end. */
  private async onCardComplete(): Promise<void> {
    if (!this.running) return;
    // Let the card's event reach the page before the routine's own.
    await this.updateComplete;
    // A page may remove the routine as the card finishes: then it goes no further.
    if (!this.isConnected) {
      this.setRunning(false);
      return;
    }
    if (this.step < this.list.length - 1) {
      await this.run(this.step + 1);
      return;
    }
    this.setRunning(false);
    this.announcement = this.pack.stretch.routineDone;
    // Focus on the finished card's "Start again" would restart one stretch: offer the routine again.
    if (this.card?.matches(':focus-within')) this.renderRoot.querySelector<HTMLElement>('.start')?.focus();
    emit(this, 'cramp-routine-complete', { stretches: [...this.list] });
  }

  protected override render(): TemplateResult {
    const { pack, level, list, step } = this;
    const t = pack.stretch;
    const seconds = list.reduce((sum, id) => sum + READY_SECONDS + totalSeconds(pack.stretches[id]), 0);
    const last = step === list.length - 1;
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.routineTitle)}
      <p part="intro" class="intro">${t.routineIntro(list.length, Math.max(1, Math.round(seconds / 60)))}</p>
      <p part="progress" class="progress">${liveText(t.step(step + 1, list.length))}</p>
      <p class="no-script">${t.routineNoScript}</p>
      <cramp-stretch-card
        data-inside
        lang=${this.pack.lang}
        part="card"
        exportparts=${CARD_EXPORTS}
        stretch=${ifDefined(list[step])}
        heading-level=${deeper(level)}
        @cramp-stretch-start=${this.onCardStart}
        @cramp-stretch-complete=${this.onCardComplete}
      ></cramp-stretch-card>
      <div part="nav" class="nav">
        <button part="button" type="button" class="btn previous" aria-disabled=${step === 0 ? 'true' : 'false'} @click=${() => {
          if (step > 0) this.move(-1);
        }}>${t.previous}</button>
        <button part="button" type="button" class="btn next" aria-disabled=${last ? 'true' : 'false'} @click=${() => {
          if (!last) this.move(1);
        }}>${t.next}</button>
        <button part="button" type="button" class="btn start" @click=${this.startRoutine}>${t.startRoutine}</button>
      </div>
      ${this.embedded ? nothing : this.footer(list.flatMap((id) => pack.stretches[id].sources))}
      <div class="visually-hidden" role="status" aria-atomic="true">${liveText(this.announcement)}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-stretch-routine': CrampStretchRoutine;
  }
}
