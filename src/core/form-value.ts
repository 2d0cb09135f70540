import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A form-associated element's value (`ElementInternals`), as a Lit reactive
 * controller: one form entry per value under the host's `name`, given to the
 * form in each update of the host, and at once when `write` is called (a
 * form read straight after a property is set has the new values, not the
 * last render's). The host declares `static formAssociated = true` and
 * forwards the form's callbacks: reset and restore to its own API,
 * `formDisabledCallback` to `disable`. Older browsers have no
 * form-associated custom elements: the host still works, outside forms.
 */
export class FormValue implements ReactiveController {
  /** Set by a disabled fieldset or form (see `disable`). */
  disabled = false;
  private readonly internals: ElementInternals | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The host's field name, as text, not yet trimmed. */
    private readonly name: () => string | undefined,
    /** The host's values now: asked for only when it has a name (a diary's are its whole JSON). */
    private readonly values: () => readonly string[],
  ) {
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
    host.addController(this);
  }

  /** For the host's `formDisabledCallback`. */
  disable(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }

  /** Gives the form one entry per value, under the name; nothing without a name or values. */
  write(): void {
    if (!this.internals?.setFormValue) return;
    const name = this.name()?.trim();
    const values = name ? this.values() : [];
    if (!name || !values.length) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const value of values) data.append(name, value);
    this.internals.setFormValue(data, values.join(' '));
  }

  /** Each update of the host: its name or values may have changed. */
  hostUpdate(): void {
    this.write();
  }
}
