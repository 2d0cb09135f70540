import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { reflectText, upgradeProperty } from '../../core/attributes.js';
import { deeper, heading } from '../../core/heading.js';
import { emit } from '../../core/events.js';
import type { ChecklistItemId, IdList } from '../../content/index.js';
import { ABOUT, CAUSES, RISKS } from '../../content/facts.js';
import { styles } from './cramp-risk-checklist.styles.js';
import { shared } from '../../content/shared/en.js';
import { causes } from '../../content/causes/en.js';
import { checklist } from '../../content/checklist/en.js';
import { ITEM_SOURCES, inOrder, isItem, readValue } from './answers.js';
import { spoken, summarize, summaryText, type Summary } from './summary.js';
import { SAVED_ANSWERS } from './saved-answers.js';
import { SavedList } from '../../core/saved-list.js';
import { FormValue } from '../../core/form-value.js';
import { CopyBox } from '../../core/copy.js';
import { Announcer } from '../../core/announcer.js';
import { print, stopPrinting } from '../../core/print.js';
import { summaryView } from './summary-view.js';
import { questionsView } from './questions-view.js';

export { summarize, type ChecklistChangeDetail } from './summary.js';
export { DEFAULT_STORAGE_KEY } from './saved-answers.js';

/**
 * A private self-check of leg-cramp risk factors. Readers tick what applies;
 * a live summary shows which cause groups may fit and what to try, and a
 * clear notice to talk to a professional appears when their answers call for
 * it. It informs and never diagnoses. Answers stay in memory unless the site
 * opts in to saving them on the device with `persist`. Inside a form, with a
 * `name`, the ticked ids are submitted with the form.
 *
 * @summary A private, accessible checklist of leg-cramp risk factors with a live summary.
 * @tagname cramp-risk-checklist
 *
 * @attr {boolean} persist - Save answers on this device (localStorage) and restore them. Off by default.
 * @attr {string} storage-key - The localStorage key used with `persist`. Default `cramp-kit:risk-checklist`.
 * @attr {string} name - Form field name: the ticked ids are submitted under it, one entry each.
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), used in the notice, the "get help" lines and the copied summary. Default: "your local emergency number". Inside the guide, the guide's.
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @event cramp-checklist-change -
 *   A reader ticked or cleared an item, or cleared all answers.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction under the title.
 * @csspart privacy - The line that says where answers go.
 * @csspart hint - "Tick all that apply", under the privacy line: every group's description.
 * @csspart group - One group of items (a fieldset), its legend a question.
 * @csspart legend - The title of a group.
 * @csspart item - One item: its checkbox and label.
 * @csspart checkbox - One checkbox.
 * @csspart actions - The row of buttons.
 * @csspart action - A button: clear, copy or print.
 * @csspart status - The message after copying.
 * @csspart fallback - The text box with the summary, shown when copying is refused.
 * @csspart summary - The live summary.
 * @csspart summary-heading - The summary's heading.
 * @csspart causes - The list of causes that may fit.
 * @csspart cause - One cause that may fit.
 * @csspart cause-heading - The name of a cause that may fit.
 * @csspart count - How many answers point to a cause.
 * @csspart badge - The "Less certain" badge of a cause the evidence links less surely.
 * @csspart tips - The list of what to try for a cause.
 * @csspart more - The button that shows a cause in the cause explainer on the page.
 * @csspart notice - The "talk to a professional" notice.
 * @csspart notice-icon - The notice's icon.
 * @csspart notice-heading - The notice's heading.
 * @csspart disclaimer - The "not a diagnosis" line.
 * @csspart sources - The sources line in the footer.
 * @csspart number - The emergency number link in the notice and the "get help" lines.
 * @csspart get-help - The "get help" lines before the footer (when used alone): a clot in one leg, today; sudden breathlessness, chest pain or collapse, the emergency number.
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).
 *
 * @cssprop [--cramp-checklist-notice-color=var(--cramp-color-accent)] - Border and icon colour of the notice.
 * @cssprop [--cramp-checklist-checkbox-size=max(40px, 1.5em)] - Size of the checkboxes (40 px, as NHS checkboxes, and more with larger text; each row is at least 44 px high to tap).
 */
export class CrampRiskChecklist extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...causes, ...checklist };
  static override facts = { causes: CAUSES, risks: RISKS, about: ABOUT };
  /** Its summary says "not a diagnosis". */
  static override ownDisclaimer = true;
  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 2;
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key' },
    name: { reflect: true, converter: reflectText },
    checked: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Save answers on this device and restore them. */
  declare persist: boolean;
  /** The localStorage key used with `persist`. */
  declare storageKey?: string;
  /** Form field name. */
  declare name?: string;

  /** @internal Ticked items. */
  declare private checked: ReadonlySet<ChecklistItemId>;
  /** @internal Message after copying. */
  declare private status: string;

  /** Saved answers with `persist` (core/saved-list.ts, in the format of saved-answers.ts). */
  private readonly saved = new SavedList(
    this,
    SAVED_ANSWERS,
    { get: () => inOrder(this.checked), set: (ids) => (this.checked = new Set(ids)) },
    this.warnOnce,
  );

  /** The ticked ids in a form, under `name` (core/form-value.ts). */
  private readonly form = new FormValue(
    this,
    () => this.text('name'),
    () => this.value,
  );

  /** Copy summary, and the box to copy it by hand when the clipboard is refused (core/copy.ts). */
  private readonly copier = new CopyBox(this, (message) => (this.status = message));

  /** What the live region says once changes settle (core/announcer.ts). */
  private readonly announcer = new Announcer(this);

  constructor() {
    super();
    this.persist = false;
    this.checked = new Set();
    this.status = '';
    upgradeProperty(this, 'value');
  }

  /** The ticked item ids, in the checklist's order. Settable; unknown ids are ignored with a warning. */
  get value(): readonly ChecklistItemId[] {
    return inOrder(this.checked);
  }

  set value(ids: IdList<ChecklistItemId> | null | undefined) {
    this.checked = readValue(ids, this.warnOnce);
    this.form.write(); // a form read at once has the new answers, not the last render's
  }

  /** Clears every answer (and what `persist` saved). */
  reset(): void {
    this.checked = new Set();
    this.status = '';
    this.copier.clear();
    this.form.write();
  }

  /**
   * The plain-text summary a reader can bring to an appointment.
   * @param options - `brief: true` leaves out what may help for each cause and "not a diagnosis": the diary prints the answers so, under its own summary, which says the last. The emergency line stays.
   */
  summaryText(options?: { brief?: boolean }): string {
    // As the answers and number are now, though the render that would bring them up to date is still to come.
    return summaryText(this.checked, this.pack, this.number, this.result, options?.brief === true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page before the browser said printing ended (some never say): its print sheet goes with it.
    stopPrinting(this);
  }

  /** @internal Form reset clears the answers. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal The browser restores answers (back/forward, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state.split(' ').filter(Boolean) as ChecklistItemId[];
  }

  /** @internal A disabled fieldset or form disables the checkboxes. */
  formDisabledCallback(disabled: boolean): void {
    this.form.disable(disabled);
  }

  // Untyped keys: `checked` is private, so not a key of PropertyValues<this>.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const takingOver = this.serverRendered && !this.hasUpdated;
    // Boxes a reader ticked in the server-rendered page before the script came are answers too: kept, and summed up.
    if (takingOver) {
      const ticked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value).filter(isItem);
      if (ticked.length) this.checked = new Set([...this.checked, ...ticked]);
    }
    if (changed.has('persist') || changed.has('storageKey')) this.saved.configure(changed.get('persist') === true, takingOver);
    // The form hears of the answers and the name next, in this update (core/form-value.ts): another tab's answers too.
    if (changed.has('checked')) this.saved.changed();
  }

  /** The server renders nothing ticked: with answers already (set by a script, or ticked before it came), the tree is rendered afresh. */
  protected override sameAsServer(): boolean {
    return !this.checked.size;
  }

  /** The summary of the answers as they are now. */
  private get result(): Summary {
    return summarize(this.checked);
  }

  /** A reader changed the answers: tell the page, and say the result once things settle. */
  private changed(checked: ReadonlySet<ChecklistItemId>, message?: string): void {
    this.checked = checked;
    this.status = '';
    this.copier.clear();
    emit(this, 'cramp-checklist-change', { checked: inOrder(this.checked), ...this.result });
    // The answers as they are when it speaks.
    this.announcer.later(() => message ?? spoken(this.checked, this.pack, this.result));
  }

  private readonly toggle = (id: ChecklistItemId, on: boolean): void => {
    const next = new Set(this.checked);
    if (on) next.add(id);
    else next.delete(id);
    this.changed(next);
  };

  private clear(): void {
    this.changed(new Set(), this.pack.checklist.cleared);
  }

  private async copy(): Promise<void> {
    await this.copier.copy(this.summaryText(), this.pack.checklist);
  }

  private print(): void {
    print(this);
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const c = pack.checklist;
    const sub = deeper(level);
    const footer = this.embedded ? nothing : this.footer(ITEM_SOURCES);
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', c.title)}
      <p part="intro" class="intro">${c.intro}</p>
      <p class="no-script">${c.noScript}</p>
      <p part="privacy" class="privacy muted">${this.persist && this.saved.saving ? c.privacyPersist : c.privacy}</p>
      <p part="hint" class="hint muted" id="hint">${c.selectAll}</p>
      ${questionsView({ pack, checked: this.checked, disabled: this.form.disabled, toggle: this.toggle })}
      <div part="actions" class="actions">
        <button part="action" type="button" class="btn clear" ?disabled=${this.form.disabled} @click=${this.clear}>${c.reset}</button>
        <button part="action" type="button" class="btn copy" @click=${this.copy}>${c.copy}</button>
        <button part="action" type="button" class="btn print" @click=${this.print}>${c.print}</button>
      </div>
      <p part="status" class="status" id="copy-status" role="status">${this.status}</p>
      ${this.copier.view(c.fallbackLabel, 'copy-status')}
      ${summaryView({ host: this, pack, level: sub, checked: this.checked, result: this.result, number: this.number, footer })}
      <div class="visually-hidden" role="status" aria-atomic="true">${this.announcer.text}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-risk-checklist': CrampRiskChecklist;
  }
}
