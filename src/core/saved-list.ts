import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onServer } from './server.js';
import { asText } from './ids.js';
import { byKey, readStored, sameItems, savedText, type SavedFormat } from './saved-format.js';

/** What a save tells the other elements on this page: the key, and which element saved. */
interface Saved {
  key: string | null;
  from: unknown;
}

/** Why `persist` saves nothing: storage refused, full, or the key holds data cramp-kit did not write. */
export type SaveProblem = 'blocked' | 'full' | 'foreign';

/** The element a SavedList serves: its `persist` and `storage-key`. */
export type SavedListHost = ReactiveControllerHost & HTMLElement & { persist: boolean; storageKey?: unknown };

/** The host's items (its reactive state), read and set through it. */
export interface Items<T> {
  get(): readonly T[];
  set(items: readonly T[]): void;
}

/** The saved lists on the page, so one never removes what another still saves. */
const live = new Set<{ readonly key: string; readonly persisting: boolean }>();

/**
 * An element's list saved on this device with `persist` (localStorage,
 * under `storage-key`), as a Lit reactive controller: restored, saved as it
 * changes, removed when `persist` is turned off, and kept in step with the
 * other elements under the same key, on this page and in other tabs. It only
 * ever overwrites or removes data it wrote itself: data cramp-kit did not
 * write (or a newer format) under the key is left alone, with one warning,
 * and nothing is saved. The host calls `configure` and `changed` from its
 * `willUpdate`.
 */
export class SavedList<T> implements ReactiveController {
  /** The items as this element last read them from storage or wrote them there, by key. */
  private synced = new Map<string, T>();
  /** Set when saved items wait for a server-rendered element to be taken over. */
  private restoreLater = false;

  constructor(
    private readonly host: SavedListHost,
    private readonly format: SavedFormat<T>,
    private readonly items: Items<T>,
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  /**
   * Whether `persist` can save: false where storage is refused or full, or
   * the key holds data cramp-kit did not write (`problem` says which). It
   * changes only in the host's update, or with the items restored after a
   * takeover, which asks for one.
   */
  saving = true;
  /** Why nothing is saved, when `persist` is on and it cannot be; null otherwise. */
  problem: SaveProblem | null = null;

  /** `storage-key`, or the default: a number a framework sets is its digits; anything else is not a key. */
  get key(): string {
    return asText(this.host.storageKey) || this.format.defaultKey;
  }

  /** Whether its element has `persist` on. */
  get persisting(): boolean {
    return this.host.persist;
  }

  hostConnected(): void {
    live.add(this);
    window.addEventListener('storage', this.onStorage);
    window.addEventListener(this.format.syncEvent, this.onStorage);
  }

  hostDisconnected(): void {
    live.delete(this);
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener(this.format.syncEvent, this.onStorage);
  }

  /** Once the first update (the takeover of a server-rendered tree) is over, saved items come back, as a new update. */
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
   * `persist` or the key changed: restores the items, or forgets them when
   * `persist` was on (`wasOn`) and is now off, so "not saved" on screen is
   * true. Saved items come back in the browser only. The server says
   * nothing is saved (nothing is, yet), and an element it rendered is first
   * taken over as it stands (`takingOver`); then they show.
   */
  configure(wasOn: boolean, takingOver: boolean): void {
    this.problem = null;
    if (!this.host.persist) {
      if (wasOn) this.forget();
    } else if (onServer || takingOver) {
      this.saving = false;
      this.restoreLater = !onServer;
    } else this.restore();
  }

  /** The items changed: saved, with `persist`. */
  changed(): void {
    if (this.host.persist && !onServer && !this.restoreLater) this.save();
  }

  private fail(problem: SaveProblem): void {
    this.saving = false;
    this.problem = problem;
  }

  /** localStorage, or null (with one warning) where it is refused or missing. */
  private storage(): Storage | null {
    try {
      const storage = window.localStorage;
      storage.getItem(this.key);
      return storage;
    } catch {
      this.warn(`cannot use localStorage here (private browsing, or blocked); ${this.format.many} will not be saved.`);
      return null;
    }
  }

  /** What is stored under the key: null (nothing), our list, or "foreign" (core/saved-format.ts). */
  private stored(storage: Storage): null | 'foreign' | unknown[] {
    return readStored(storage.getItem(this.key), this.format);
  }

  /** Warns once, and stops saving, when the key holds data that is not ours. */
  private foreign(): void {
    this.fail('foreign');
    this.warn(
      `storage-key "${this.key}" holds data cramp-kit did not write (or a newer format); it is left alone and ${this.format.many} are not saved. Use another storage-key.`,
    );
  }

  /** Restores saved items, trusting nothing: each saved item is checked on its own. */
  private restore(): void {
    const storage = this.storage();
    if (!storage) {
      this.fail('blocked');
      return;
    }
    this.saving = true;
    const list = this.stored(storage);
    if (list === 'foreign') {
      this.foreign();
      return;
    }
    if (list === null) {
      // Nothing under this key (a new one): what it shows is saved whole, whatever it read under another key.
      this.synced = new Map();
      if (this.items.get().length) this.save();
      return;
    }
    const good = byKey(list, this.format);
    const bad = list.filter((raw) => this.format.read(raw) === null).length;
    if (bad) this.warn(`ignored ${String(bad)} saved ${this.format.one}(s) under "${this.key}" that it does not know.`);
    this.synced = good;
    this.items.set(this.format.order([...good.values()]));
  }

  /**
   * Saves the items, or removes them when there are none, only ever over
   * data it wrote itself. Another tab (or element) with the key may have
   * saved since this one last read: what this one changed since then is
   * laid over what is stored, so items changed at nearly the same moment in
   * two tabs are all kept.
   */
  private save(): void {
    const storage = this.storage();
    if (!storage) {
      this.fail('blocked');
      return;
    }
    const stored = this.stored(storage);
    if (stored === 'foreign') {
      this.foreign();
      return;
    }
    const { keyOf, same, order } = this.format;
    const items = this.items.get();
    const current = new Map(items.map((item) => [keyOf(item), item]));
    const merged = byKey(stored ?? [], this.format);
    for (const key of this.synced.keys()) if (!current.has(key)) merged.delete(key);
    for (const [key, item] of current) {
      const before = this.synced.get(key);
      if (before === undefined || !same(before, item)) merged.set(key, item);
    }
    this.synced = merged;
    const list = order([...merged.values()]);
    // Another tab's items came in: shown too (a list equal to the items would only ask for another render).
    if (!sameItems(merged, items, this.format)) this.items.set(list);
    try {
      if (!merged.size) storage.removeItem(this.key);
      else storage.setItem(this.key, savedText(list, this.format));
      this.saving = true;
      this.problem = null;
      window.dispatchEvent(new CustomEvent<Saved>(this.format.syncEvent, { detail: { key: this.key, from: this.host } }));
    } catch (error) {
      this.fail(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'blocked');
      this.warn(`could not save ${this.format.many} (storage full or blocked); the ${this.format.owner} still works.`);
      // Older items it saved would outlive the line that says nothing is saved: removed, unless the format keeps them.
      if (!this.format.keepOnFailure) this.forget();
    }
  }

  /** Removes what it saved (only its own data), unless another element on this page still saves under the key. */
  private forget(): void {
    const storage = this.storage();
    if (!storage || !Array.isArray(this.stored(storage))) return;
    for (const other of live) if (other !== this && other.persisting && other.key === this.key) return;
    try {
      storage.removeItem(this.key);
    } catch {
      // Blocked storage: nothing more can be done, and the element has said so.
    }
  }

  /** Another element with this key (on this page or in another tab) saved: take its items. */
  private readonly onStorage = (event: Event): void => {
    if (!this.host.persist) return;
    const { key, from }: Saved = event instanceof StorageEvent ? { key: event.key, from: null } : (event as CustomEvent<Saved>).detail;
    if (from === this.host || (key !== null && key !== this.key)) return;
    const storage = this.storage();
    const list = storage ? this.stored(storage) : null;
    if (list === 'foreign') return;
    const next = byKey(list ?? [], this.format);
    this.synced = next;
    if (!sameItems(next, this.items.get(), this.format)) this.items.set(this.format.order([...next.values()]));
  };
}
