import { html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, DiaryEntry, DiaryWords } from '../../content/index.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import { entryLine } from './summary.js';
import { PAGE } from './editor.js';

/** What the list of cramps is drawn from, and what its buttons call. */
export interface ListViewInput {
  pack: ContentPack;
  level: HeadingLevel;
  /** Newest first. */
  entries: readonly DiaryEntry[];
  /** A disabled form or fieldset around the diary: nothing can be changed. */
  disabled: boolean;
  /** Asking before deleting everything. */
  confirming: boolean;
  /** How many cramps to show, newest first. */
  shown: number;
  when: (at: string) => string;
  on: {
    edit: (entry: DiaryEntry) => void;
    remove: (entry: DiaryEntry) => void;
    askClear: (on: boolean) => void;
    clearAll: () => void;
    showMore: () => void;
  };
}

/** The newest cramps (`shown` of them, and a button to show more), each with Change and Delete, and "Delete everything" (which asks first). */
export function listView({ pack, level, entries, disabled, confirming, shown, when, on }: ListViewInput): TemplateResult {
  const d = pack.diary;
  const clear = confirming
    ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text">
        <p id="confirm-text"><strong>${d.clearConfirm}</strong></p>
        <button part="action" type="button" class="btn danger clear-yes" @click=${() => {
          on.clearAll();
        }}>${d.clearYes}</button>
        <button part="action" type="button" class="btn clear-no" @click=${() => {
          on.askClear(false);
        }}>${d.cancel}</button>
      </div>`
    : html`<button part="action" type="button" class="btn clear" ?disabled=${disabled} @click=${() => {
        on.askClear(true);
      }}>${d.clear}</button>`;
  return html`<section class="list-section" aria-labelledby="list-heading">
    ${heading(level, 'list-heading', html`<span id="list-heading">${d.listTitle}</span>`)}
    ${
      entries.length
        ? html`<ul part="list" class="list">
          ${entries.slice(0, shown).map((entry) => {
            const at = when(entry.at);
            return html`<li part="entry" class="entry" data-id=${entry.id}>
              <span class="entry-text">${entryLine(entry, pack, when)}</span>
              <span class="entry-actions">
                <button
                  part="action"
                  type="button"
                  class="btn edit"
                  aria-label=${d.edit(at)}
                  ?disabled=${disabled}
                  @click=${() => {
                    on.edit(entry);
                  }}
                >
                  ${d.editButton}
                </button>
                <button
                  part="action"
                  type="button"
                  class="btn delete"
                  aria-label=${d.remove(at)}
                  ?disabled=${disabled}
                  @click=${() => {
                    on.remove(entry);
                  }}
                >
                  ${d.deleteButton}
                </button>
              </span>
            </li>`;
          })}
        </ul>`
        : html`<p class="muted empty">${d.empty}</p>`
    }
    ${
      entries.length > shown
        ? html`<button
          part="action"
          type="button"
          class="btn more"
          @click=${() => {
            on.showMore();
          }}
        >
          ${d.showMore(Math.min(PAGE, entries.length - shown))}
        </button>`
        : nothing
    }
    ${entries.length ? clear : nothing}
  </section>`;
}

/** Copy, print, save a file (JSON or CSV) and open one. */
export function actionsView(
  d: DiaryWords,
  disabled: boolean,
  on: { copy: () => void; print: () => void; save: (kind: 'json' | 'csv') => void; open: (input: HTMLInputElement) => void },
): TemplateResult {
  return html`<div part="actions" class="actions">
    <button part="action" type="button" class="btn copy" @click=${on.copy}>${d.copy}</button>
    <button part="action" type="button" class="btn print" @click=${on.print}>${d.print}</button>
    <button part="action" type="button" class="btn export-json" @click=${() => {
      on.save('json');
    }}>${d.exportJson}</button>
    <button part="action" type="button" class="btn export-csv" @click=${() => {
      on.save('csv');
    }}>${d.exportCsv}</button>
    <button
      part="action"
      type="button"
      class="btn import"
      ?disabled=${disabled}
      @click=${(e: Event) => (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('.file')?.click()}
    >
      ${d.import}
    </button>
    <input
      class="file"
      type="file"
      accept=".json,.csv,application/json,text/csv"
      hidden
      @change=${(e: Event) => {
        on.open(e.target as HTMLInputElement);
      }}
    />
  </div>`;
}
