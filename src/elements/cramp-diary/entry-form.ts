import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DOING_IDS, HELPED_IDS, LEG_IDS, PLACE_IDS, SEVERITY_IDS, type ContentPack, type DiaryEntry } from '../../content/index.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import { MAX_MINUTES, MAX_NOTE, lastNight, parseAt, readEntry, toAt } from './entries.js';

/** What the form shows: the entry being written (a new one has an id not yet in the diary), and what is wrong with it. */
export interface Draft {
  entry: DiaryEntry;
  /** Editing an entry already in the diary. */
  editing: boolean;
  error: '' | 'when' | 'minutes';
}

/** A new entry's draft: now, and the leg and place of the last cramp (a cramp often comes back where it was). */
export function newDraft(id: string, now: Date, last: DiaryEntry | undefined): Draft {
  const entry: DiaryEntry = {
    id,
    at: toAt(now),
    leg: last?.leg ?? 'left',
    place: last?.place ?? 'calf',
    minutes: 1,
    severity: 'moderate',
    doing: 'asleep',
    helped: [],
    swelling: false,
    note: '',
  };
  return { entry, editing: false, error: '' };
}

/** The entry the form says, or what is wrong with it: a time not later than `now`, minutes from 1 to MAX_MINUTES. */
export function readForm(form: HTMLFormElement, draft: Draft, now: Date): DiaryEntry | 'when' | 'minutes' {
  const data = new FormData(form);
  const text = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const at = text('at').slice(0, 16);
  if (!parseAt(at) || at > toAt(now)) return 'when';
  const minutes = Number(text('minutes'));
  if (!text('minutes').trim() || !(minutes >= 1 && minutes <= MAX_MINUTES)) return 'minutes';
  const entry = readEntry({
    id: draft.entry.id,
    at,
    leg: text('leg'),
    place: text('place'),
    minutes,
    severity: text('severity'),
    doing: text('doing'),
    helped: data.getAll('helped'),
    swelling: data.has('swelling'),
    note: text('note').trim(),
  });
  return entry ?? 'minutes';
}

/** What the form calls back. */
export interface FormHandlers {
  submit: (form: HTMLFormElement) => void;
  cancel: () => void;
  setAt: (at: string) => void;
}

/** One group of radio buttons, or of checkboxes (`many`). */
function choices(
  name: string,
  legend: string,
  ids: readonly string[],
  labels: Record<string, string>,
  isOn: (id: string) => boolean,
  many = false,
): TemplateResult {
  return html`<fieldset part="field" class="field choices">
    <legend>${legend}</legend>
    ${ids.map(
      (id) =>
        html`<label class="choice"
          ><input type=${many ? 'checkbox' : 'radio'} name=${name} value=${id} .checked=${live(isOn(id))} /><span
            >${labels[id]}</span
          ></label
        >`,
    )}
  </fieldset>`;
}

/** The form to add or change a cramp. */
export function entryForm(pack: ContentPack, level: HeadingLevel, draft: Draft, disabled: boolean, on: FormHandlers): TemplateResult {
  const d = pack.diary;
  const { entry, error } = draft;
  return html`<form
    part="form"
    class="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      on.submit(e.currentTarget as HTMLFormElement);
    }}
  >
    ${heading(level, 'form-heading', draft.editing ? d.editTitle : d.formTitle)}
    <fieldset class="fields" ?disabled=${disabled}>
      <div part="field" class="field">
        <label for="at">${d.when}</label>
        <input
          id="at"
          name="at"
          type="datetime-local"
          max=${toAt(new Date())}
          .value=${live(entry.at)}
          aria-invalid=${error === 'when' ? 'true' : 'false'}
          aria-describedby=${error === 'when' ? 'error' : nothing}
        />
        <span class="quick">
          <button part="action" type="button" class="btn now" @click=${() => {
            on.setAt(toAt(new Date()));
          }}>${d.now}</button>
          <button part="action" type="button" class="btn last-night" @click=${() => {
            on.setAt(lastNight(new Date()));
          }}>
            ${d.lastNight}
          </button>
        </span>
      </div>
      ${choices('leg', d.leg, LEG_IDS, d.legs, (id) => entry.leg === id)}
      ${choices('place', d.place, PLACE_IDS, d.places, (id) => entry.place === id)}
      <div part="field" class="field">
        <label for="minutes">${d.minutes}</label>
        <input
          id="minutes"
          name="minutes"
          type="number"
          inputmode="numeric"
          min="1"
          max=${MAX_MINUTES}
          step="1"
          .value=${live(String(entry.minutes))}
          aria-invalid=${error === 'minutes' ? 'true' : 'false'}
          aria-describedby=${error === 'minutes' ? 'error' : nothing}
        />
      </div>
      ${choices('severity', d.severity, SEVERITY_IDS, d.severities, (id) => entry.severity === id)}
      ${choices('doing', d.doing, DOING_IDS, d.doings, (id) => entry.doing === id)}
      ${choices('helped', d.helped, HELPED_IDS, d.helps, (id) => (entry.helped as string[]).includes(id), true)}
      <label class="choice swelling"><input type="checkbox" name="swelling" .checked=${live(entry.swelling)} /><span>${d.swelling}</span></label>
      <div part="field" class="field">
        <label for="note">${d.note}</label>
        <textarea id="note" name="note" rows="2" maxlength=${MAX_NOTE} .value=${live(entry.note)}></textarea>
      </div>
      ${error ? html`<p id="error" class="error" role="alert">${error === 'when' ? d.badWhen : d.badMinutes}</p>` : nothing}
      <div class="actions">
        <button part="action" type="submit" class="btn primary save">${draft.editing ? d.save : d.add}</button>
        ${
          draft.editing
            ? html`<button part="action" type="button" class="btn cancel" @click=${() => {
                on.cancel();
              }}>${d.cancel}</button>`
            : nothing
        }
      </div>
    </fieldset>
  </form>`;
}
