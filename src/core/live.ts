import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/**
 * Words that change while a reader watches (a timer's seconds and phase, a
 * button that turns from Start to Pause, a routine's step, a live region),
 * rendered as a new text node each time they change rather than changed in
 * place. A page translator (Chrome's own, Google Translate's widget)
 * replaces each text node it translates with `<font>` elements: Lit would go
 * on changing a node no longer on screen, and the words would freeze. A new
 * node is shown at once, and the translator translates it in turn.
 */
export const liveText = (text: string | number) => keyed(text, html`${text}`);
