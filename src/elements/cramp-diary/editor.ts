import type { ReactiveControllerHost } from 'lit';
import type { DiaryEntry, DiaryWords } from '../../content/index.js';
import { newId } from './entries.js';
import { newDraft, readForm, type Draft } from './entry-form.js';

/** How many more cramps the list shows at a time. */
export const PAGE = 50;

/** What the editor reads from and tells the diary. */
export interface EditorOptions {
  /** The entries, newest first. */
  entries: () => readonly DiaryEntry[];
  /** A reader changed the entries: the diary takes them, says `message` and tells the page. */
  change: (entries: readonly DiaryEntry[], message: string) => void;
  words: () => DiaryWords;
}

/**
 * Adding, changing and deleting the diary's cramps, for its host element:
 * the form's draft, the question before deleting everything,
 * and where focus goes after each (the field to fix, the cramp changed, the
 * list's heading, the button that asked).
 */
export class Editor {
  /** The form's entry. */
  draft: Draft = newDraft(newId(), new Date(), undefined);
  /** Asking before deleting everything. */
  confirming = false;
  /** How many cramps the list shows, newest first (a long list would slow every change). */
  shown = PAGE;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: EditorOptions,
  ) {}

  private set(draft: Draft): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  private focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** A fresh form and no question: after deleting everything, or a form reset. */
  reset(): void {
    this.confirming = false;
    this.set(newDraft(newId(), new Date(), undefined));
  }

  /** The form was sent: the cramp is added (or changed), or the field to fix is named and focused. */
  submit(form: HTMLFormElement): void {
    const entry = readForm(form, this.draft, new Date());
    if (typeof entry === 'string') {
      this.set({ ...this.draft, error: entry });
      this.focus(entry === 'when' ? '#at' : '#minutes');
      return;
    }
    const { editing } = this.draft;
    const d = this.options.words();
    this.options.change([entry, ...this.options.entries().filter((e) => e.id !== entry.id)], editing ? d.saved : d.added);
    this.set(newDraft(newId(), new Date(), entry));
    if (editing) this.focus(`[data-id="${CSS.escape(entry.id)}"] .edit`);
  }

  setAt(at: string): void {
    this.set({ ...this.draft, entry: { ...this.draft.entry, at }, error: '' });
  }

  edit(entry: DiaryEntry): void {
    this.set({ entry, editing: true, error: '' });
    this.focus('#at');
  }

  cancel(): void {
    const { id } = this.draft.entry;
    this.set(newDraft(newId(), new Date(), this.options.entries()[0]));
    this.focus(`[data-id="${CSS.escape(id)}"] .edit`);
  }

  remove(entry: DiaryEntry): void {
    if (this.draft.editing && this.draft.entry.id === entry.id) this.set(newDraft(newId(), new Date(), undefined));
    this.options.change(
      this.options.entries().filter((e) => e.id !== entry.id),
      this.options.words().removed,
    );
    this.focus('#list-heading');
  }

  /** Shows PAGE more cramps; focus goes to the first of them. */
  showMore(): void {
    const first = this.options.entries()[this.shown];
    this.shown += PAGE;
    this.host.requestUpdate();
    if (first) this.focus(`[data-id="${CSS.escape(first.id)}"] .edit`);
  }

  askClear(on: boolean): void {
    this.confirming = on;
    this.host.requestUpdate();
    this.focus(on ? '.clear-yes' : '.clear');
  }

  clearAll(): void {
    this.reset();
    this.options.change([], this.options.words().cleared);
    this.focus('#list-heading');
  }
}
