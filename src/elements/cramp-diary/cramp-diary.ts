import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { reflectText, upgradeProperty } from '../../core/attributes.js';
import { deeper, heading } from '../../core/heading.js';
import { emit } from '../../core/events.js';
import { readableDate } from '../../core/dates.js';
import { nearest } from '../../core/jump.js';
import { SavedList } from '../../core/saved-list.js';
import { FormValue } from '../../core/form-value.js';
import { CopyBox } from '../../core/copy.js';
import { print, stopPrinting } from '../../core/print.js';
import { toJson } from '../../core/json.js';
import type { DiaryEntry } from '../../content/index.js';
import { SIGNS } from '../../content/facts.js';
import { shared } from '../../content/shared/en.js';
import { care } from '../../content/care/en.js';
import { diary } from '../../content/diary/en.js';
import { styles } from './cramp-diary.styles.js';
import { newestFirst, whenText } from './entries.js';
import { careLevel, safetyNet, RULE_SOURCES } from './safety.js';
import { diaryText, summarize } from './summary.js';
import { DIARY_STORAGE_KEY, SAVED_ENTRIES, readValue } from './diary-value.js';
import { entryForm } from './entry-form.js';
import { Editor } from './editor.js';
import { checklistView, safetyView, summaryView } from './summary-view.js';
import { openEntries, saveEntries } from './download.js';
import { actionsView, listView } from './list-view.js';

export { DIARY_STORAGE_KEY };
export type { DiaryChangeDetail } from '../../events/cramp-diary-change.js';

/**
 * A private cramp diary: the reader notes each cramp in a few taps (when,
 * which leg and where, how long, how bad, what they were doing, what
 * helped, a note), and gets a one-page summary for the doctor: cramps per
 * week as a chart with its table, the time of day, which leg, the longest,
 * what helped. The entries are read against the safety net (swelling in one
 * leg, a cramp over 10 minutes, swelling in both legs), which shows the
 * matching level of care with the emergency number. Entries stay in memory
 * unless the site opts in to saving them on the device with `persist`; the
 * reader can save and open a file (JSON or CSV). Inside a form, with a
 * `name`, the entries are submitted as JSON.
 *
 * @summary A private cramp diary with a printable summary for the doctor.
 * @tagname cramp-diary
 *
 * @attr {boolean} persist - Save entries on this device (localStorage) and restore them. Off by default.
 * @attr {string} storage-key - The localStorage key used with `persist`. Default `cramp-kit:diary`.
 * @attr {string} name - Form field name: the entries are submitted under it, as JSON.
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the safety notice, the "get help" lines and the copied summary. Default: "your local emergency number".
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @event cramp-diary-change - A reader added, changed, deleted or imported entries, or deleted them all.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction under the title.
 * @csspart privacy - The line that says where entries go (and why they are not saved, when they cannot be).
 * @csspart form - The form to add or change a cramp.
 * @csspart form-heading - The form's heading.
 * @csspart field - One question of the form.
 * @csspart action - A button.
 * @csspart status - The message after an action.
 * @csspart fallback - The text box with the summary, shown when copying is refused.
 * @csspart safety - The safety notices and the emergency line.
 * @csspart notice - One safety notice, at one level of care.
 * @csspart notice-heading - A notice's heading.
 * @csspart emergency - The emergency line under the notices.
 * @csspart summary - The summary for the doctor.
 * @csspart summary-heading - The summary's heading.
 * @csspart total - How many cramps in all.
 * @csspart chart - The chart of cramps per week (hidden from screen readers: the table beside it has the numbers).
 * @csspart weeks - The table of cramps per week.
 * @csspart times - The table of the time of day.
 * @csspart legs - The table of which leg.
 * @csspart longest - The longest cramp.
 * @csspart helped - The list of what helped.
 * @csspart list - The list of cramps.
 * @csspart list-heading - The list's heading.
 * @csspart entry - One cramp in the list.
 * @csspart confirm - The question before deleting everything.
 * @csspart checklist - The checklist's answers, in print, when a checklist is on the page.
 * @csspart number - The emergency number link.
 * @csspart sources - The sources line in the footer.
 * @csspart get-help - The "get help" lines before the footer (when used alone).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line (when used alone).

 */
export class CrampDiary extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...care, ...diary };
  static override facts = { signs: SIGNS };
  /** Headings nested below its own: the form, the notices, the summary and the list, all one level down. */
  static override headingDepth = 1;
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: 'storage-key' },
    name: { reflect: true, converter: reflectText },
    entries: { state: true, attribute: false },
    status: { state: true, attribute: false },
    checklistText: { state: true, attribute: false },
  };

  /** Save entries on this device and restore them. */
  declare persist: boolean;
  /** The localStorage key used with `persist`. */
  declare storageKey?: string;
  /** Form field name. */
  declare name?: string;

  /** @internal Newest first. */
  declare private entries: readonly DiaryEntry[];
  /** @internal The message after an action. */
  declare private status: string;
  /** @internal The checklist's summary, printed with the diary's. */
  declare private checklistText: string;

  /** Saved entries with `persist` (core/saved-list.ts, in the format of diary-value.ts). */
  private readonly saved = new SavedList(
    this,
    SAVED_ENTRIES,
    { get: () => this.entries, set: (list) => (this.entries = list) },
    this.warnOnce,
  );

  /** The entries in a form, under `name`, as JSON (core/form-value.ts). */
  private readonly form = new FormValue(
    this,
    () => this.text('name'),
    () => (this.entries.length ? [toJson(this.entries) ?? ''] : []),
  );

  /** Copy summary, and the box to copy it by hand when the clipboard is refused (core/copy.ts). */
  private readonly copier = new CopyBox(this, (message) => (this.status = message));

  /** Adding, changing and deleting cramps (editor.ts). */
  private readonly editor = new Editor(this, {
    entries: () => this.entries,
    change: (entries, message) => {
      this.changed(entries, message);
    },
    words: () => this.pack.diary,
  });

  constructor() {
    super();
    this.persist = false;
    this.entries = [];
    this.status = '';
    this.checklistText = '';
    upgradeProperty(this, 'value');
  }

  /** The entries, newest first. Settable (a list of entries, or null); what is not an entry is left out with a warning. */
  get value(): readonly DiaryEntry[] {
    return this.entries;
  }

  set value(entries: readonly DiaryEntry[] | null | undefined) {
    this.entries = readValue(entries, this.warnOnce);
    this.form.write();
  }

  /** Deletes every entry (and what `persist` saved). */
  reset(): void {
    this.entries = [];
    this.copier.clear();
    this.editor.reset();
    this.form.write();
  }

  /** The plain-text summary for the doctor: the safety notices, the summary and every cramp. */
  summaryText(): string {
    return diaryText(this.entries, summarize(this.entries, new Date()), this.pack, this.number, this.when, this.day);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopPrinting(this);
  }

  /** @internal Form reset clears the diary. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal The browser restores the entries (back/forward). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state as unknown as DiaryEntry[];
  }

  /** @internal A disabled fieldset or form disables the form and the buttons that change the diary. */
  formDisabledCallback(disabled: boolean): void {
    this.form.disable(disabled);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const takingOver = this.serverRendered && !this.hasUpdated;
    if (changed.has('persist') || changed.has('storageKey')) this.saved.configure(changed.get('persist') === true, takingOver);
    if (changed.has('entries')) this.saved.changed();
  }

  /** The server renders an empty diary: with entries already, the tree is rendered afresh. */
  protected override sameAsServer(): boolean {
    return !this.entries.length;
  }

  private readonly when = (at: string): string => whenText(at, this.pack, this.warnOnce);
  private readonly day = (parts: [number, number, number]): string => readableDate(this.pack, parts, this.warnOnce);

  /** A reader changed the entries: tell the page, and say what happened. */
  private changed(entries: readonly DiaryEntry[], message: string): void {
    this.entries = newestFirst(entries);
    this.status = message;
    this.copier.clear();
    emit(this, 'cramp-diary-change', { entries: [...this.entries], careLevel: careLevel(safetyNet(this.entries)) });
  }

  private async print(): Promise<void> {
    // The answers only, without what may help: the page says the rest (an older checklist gives its whole summary).
    const checklist = nearest(this, 'cramp-risk-checklist') as { summaryText?: (options: { brief: boolean }) => string } | null;
    this.checklistText = typeof checklist?.summaryText === 'function' ? checklist.summaryText({ brief: true }) : '';
    await this.updateComplete;
    print(this);
  }

  private save(kind: 'json' | 'csv'): void {
    if (!saveEntries(this, this.entries, kind)) this.warnOnce('could not save a file here.');
  }

  private async open(input: HTMLInputElement): Promise<void> {
    const read = await openEntries(input, this.entries);
    if (read === undefined) return;
    if (!read) {
      this.status = this.pack.diary.importFailed;
      return;
    }
    if (read.bad) this.warnOnce(`the file had ${String(read.bad)} line(s) that are not diary entries; they were left out.`);
    this.changed(read.entries, this.pack.diary.imported(read.added));
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const d = pack.diary;
    const sub = deeper(level);
    const disabled = this.form.disabled;
    const problem = this.persist ? this.saved.problem : null;
    const summary = summarize(this.entries, new Date());
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', d.title)}
      <p part="intro" class="intro">${d.intro}</p>
      <p part="privacy" class="privacy ${problem ? 'problem' : 'muted'}">
        ${problem ? d.notSaved[problem] : this.persist && this.saved.saving ? d.privacyPersist : d.privacy}
      </p>
      ${safetyView(pack, sub, safetyNet(this.entries), this.number, this.when)}
      ${entryForm(pack, sub, this.editor.draft, disabled, this.editor)}
      <p part="status" class="status" id="status" role="status">${this.status}</p>
      ${summaryView({ pack, level: sub, summary, when: this.when, day: this.day })}
      ${actionsView(d, disabled, {
        copy: () => void this.copier.copy(this.summaryText(), d),
        print: () => void this.print(),
        save: (kind) => {
          this.save(kind);
        },
        open: (input) => void this.open(input),
      })}
      ${this.copier.view(d.fallbackLabel, 'status')}
      ${listView({
        pack,
        level: sub,
        entries: this.entries,
        disabled,
        confirming: this.editor.confirming,
        shown: this.editor.shown,
        when: this.when,
        on: this.editor,
      })}
      ${checklistView(this.checklistText)}
      ${this.embedded ? nothing : this.footer(RULE_SOURCES)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-diary': CrampDiary;
  }
}
