import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChecklistItemId } from '../../content/index.js';
import { onServer } from '../../core/server.js';
import { toJson } from '../../core/json.js';
import { asText } from '../../core/ids.js';
import { inOrder, isItem } from './answers.js';

/** Where answers are saved with `persist`, unless `storage-key` says otherwise. */
export const DEFAULT_STORAGE_KEY = 'cramp-kit:risk-checklist';

/** The mark on what the checklist saves: it never overwrites or removes data without it. */
const MARKER = 'cramp-kit';
/** Tells the other checklists on this page that one saved (the storage event reaches only other tabs). */
const SYNC_EVENT = 'cramp-kit:checklist-saved';
interface Saved {
  key: string | null;
  from: unknown;
}

/** The checklist a SavedAnswers serves: its `persist` and `storage-key`. */
export type SavedAnswersHost = ReactiveControllerHost & HTMLElement & { persist: boolean; storageKey?: unknown };

/** The host's answers (its reactive state), read and set through it. */
export interface Answers {
  get(): ReadonlySet<ChecklistItemId>;
  set(checked: ReadonlySet<ChecklistItemId>): void;
}

/** The saved answers of the checklists on the page, so one never removes answers another still saves. */
const live = new Set<SavedAnswers>();

const sameSet = (a: ReadonlySet<ChecklistItemId>, b: ReadonlySet<ChecklistItemId>): boolean =>
  a.size === b.size && [...a].every((id) => b.has(id));

/**
 * A checklist's answers saved on this device with `persist` (localStorage,
 * under `storage-key`), as a Lit reactive controller: restored, saved as
 * they change, removed when `persist` is turned off, and kept in step with
 * the other checklists under the same key, on this page and in other tabs.
 * It only ever overwrites or removes data it wrote itself: data cramp-kit
 * did not write (or a newer format) under the key is left alone, with one
 * warning, and nothing is saved. The host calls `configure` and `changed`
 * from its `willUpdate`.
 */
export class SavedAnswers implements ReactiveController {
  /** The answers as this checklist last read them from storage or wrote them there. */
  private synced: ReadonlySet<ChecklistItemId> = new Set();
  /** Set when saved answers wait for a server-rendered checklist to be taken over. */
  private restoreLater = false;

  constructor(
    private readonly host: SavedAnswersHost,
    private readonly answers: Answers,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  /**
   * Whether `persist` can save: false where storage is refused or full, or
   * the key holds data cramp-kit did not write (the privacy line then does
   * not say "saved"). It changes only in the host's update, or with the
   * answers restored after a takeover, which asks for one.
   */
  saving = true;

  /** `storage-key`, or the default: a number a framework sets is its digits; anything else is not a key. */
  get key(): string {
    return asText(this.host.storageKey) || DEFAULT_STORAGE_KEY;
  }

  hostConnected(): void {
    live.add(this);
    window.addEventListener('storage', this.onStorage);
    window.addEventListener(SYNC_EVENT, this.onStorage);
  }

  hostDisconnected(): void {
    live.delete(this);
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener(SYNC_EVENT, this.onStorage);
  }

  /** Once the first update (the takeover of a server-rendered tree) is over, saved answers come back, as a new update. */
  hostUpdated(): void {
    if (!this.restoreLater) return;
    this.restoreLater = false;
    void this.host.updateComplete.then(() => {
      if (!this.host.persist) return;
      this.restore();
      this.host.requestUpdate();
    });
  }

  /**
   * `persist` or the key changed: restores the answers, or forgets them when
   * `persist` was on (`wasOn`) and is now off, so "not saved" on screen is
   * true. Saved answers come back in the browser only. The server says
   * nothing is saved (nothing is, yet), and a checklist it rendered is first
   * taken over as it stands (`takingOver`), unticked; then they show.
   */
  configure(wasOn: boolean, takingOver: boolean): void {
    if (!this.host.persist) {
      if (wasOn) this.forget();
    } else if (onServer || takingOver) {
      this.saving = false;
      this.restoreLater = !onServer;
    } else this.restore();
  }

  /** The answers changed: saved, with `persist`. */
  changed(): void {
    if (this.host.persist && !onServer && !this.restoreLater) this.save();
  }

  /** localStorage, or null (with one warning) where it is refused or missing. */
  private storage(): Storage | null {
    try {
      const storage = window.localStorage;
      storage.getItem(this.key);
      return storage;
    } catch {
      this.warn('cannot use localStorage here (private browsing, or blocked); answers will not be saved.');
      return null;
    }
  }

  /**
   * What is stored under the key: null (nothing), our answers, or "foreign"
   * (data cramp-kit did not write, or a format newer than it knows).
   */
  private stored(storage: Storage): null | 'foreign' | unknown[] {
    const raw = storage.getItem(this.key);
    if (raw == null) return null;
    let saved: unknown;
    try {
      saved = JSON.parse(raw);
    } catch {
      return 'foreign';
    }
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return 'foreign';
    const { v, by, checked } = saved as Record<string, unknown>;
    const keys = Object.keys(saved).sort().join(' ');
    // Ours: { by: "cramp-kit", v: 1, checked }, or { v: 1, checked } as 0.1 wrote it.
    const ours = v === 1 && Array.isArray(checked) && (by === MARKER ? keys === 'by checked v' : keys === 'checked v');
    return ours ? checked : 'foreign';
  }

  /** Warns once, and stops saving, when the key holds data that is not ours. */
  private foreign(): void {
    this.saving = false;
    this.warn(
      `storage-key "${this.key}" holds data cramp-kit did not write (or a newer format); it is left alone and answers are not saved. Use another storage-key.`,
    );
  }

  /** Restores saved answers, trusting nothing: each saved id is checked on its own. */
  private restore(): void {
    const storage = this.storage();
    this.saving = storage !== null;
    if (!storage) return;
    const list = this.stored(storage);
    if (list === 'foreign') {
      this.foreign();
      return;
    }
    if (list === null) {
      if (this.answers.get().size) this.save();
      return;
    }
    const good = list.filter(isItem);
    if (good.length < list.length) {
      this.warn(`ignored ${String(list.length - good.length)} saved answer(s) under "${this.key}" that it does not know.`);
    }
    this.answers.set((this.synced = new Set(good)));
  }

  /**
   * Saves the answers, or removes them when there are none, only ever over
   * data it wrote itself. Another tab (or checklist) with the key may have
   * saved since this one last read: what this one changed since then is laid
   * over what is stored, so answers ticked at nearly the same moment in two
   * tabs are both kept. The JSON is written by hand: a page may have
   * patched Array.prototype.toJSON (old Prototype.js), which JSON.stringify
   * would follow.
   */
  private save(): void {
    const storage = this.storage();
    if (!storage) {
      this.saving = false;
      return;
    }
    const stored = this.stored(storage);
    if (stored === 'foreign') {
      this.foreign();
      return;
    }
    const checked = this.answers.get();
    const merged = new Set((stored ?? []).filter(isItem));
    for (const id of this.synced) if (!checked.has(id)) merged.delete(id);
    for (const id of checked) if (!this.synced.has(id)) merged.add(id);
    this.synced = merged;
    // Another tab's answers came in: shown too (a set equal to the answers would only ask for another render).
    if (!sameSet(merged, checked)) this.answers.set(merged);
    try {
      if (!merged.size) storage.removeItem(this.key);
      else storage.setItem(this.key, toJson({ by: MARKER, v: 1, checked: inOrder(merged) }) ?? '');
      this.saving = true;
      window.dispatchEvent(new CustomEvent<Saved>(SYNC_EVENT, { detail: { key: this.key, from: this.host } }));
    } catch {
      this.saving = false;
      this.warn('could not save answers (storage full or blocked); the checklist still works.');
      // Older answers it saved would outlive the line that says nothing is saved: remove them.
      this.forget();
    }
  }

  /**
   * Removes what it saved (only its own data), unless another checklist on
   * this page still saves under the key: the answers are theirs too.
   */
  private forget(): void {
    const storage = this.storage();
    if (!storage || !Array.isArray(this.stored(storage))) return;
    for (const other of live) if (other !== this && other.host.persist && other.key === this.key) return;
    try {
      storage.removeItem(this.key);
    } catch {
      // Blocked storage: nothing more can be done, and the checklist has said so.
    }
  }

  /** Another checklist with this key (on this page or in another tab) saved: take its answers. */
  private readonly onStorage = (event: Event): void => {
    if (!this.host.persist) return;
    const { key, from }: Saved = event instanceof StorageEvent ? { key: event.key, from: null } : (event as CustomEvent<Saved>).detail;
    if (from === this.host || (key !== null && key !== this.key)) return;
    const storage = this.storage();
    const list = storage ? this.stored(storage) : null;
    if (list === 'foreign') return;
    const next = new Set((list ?? []).filter(isItem));
    this.synced = next;
    if (!sameSet(next, this.answers.get())) this.answers.set(next);
  };
}
