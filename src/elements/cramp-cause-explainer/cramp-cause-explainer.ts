import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { serverSafe } from '../../core/server.js';
import { CAUSES } from '../../content/facts.js';
import { CrampElement } from '../../core/base.js';
import { StackedController } from '../../core/stacked.js';
import { deeper, heading, type HeadingLevel } from '../../core/heading.js';
import { emit } from '../../core/events.js';
import { parseIds, rovingIndex } from '../../core/ids.js';
import { lessCertainBadge } from '../../core/badge.js';
import { sourcesLine } from '../../core/sources.js';
import { CAUSE_IDS, type Cause, type CauseId, type IdList, type Layout } from '../../content/index.js';
import { styles } from './cramp-cause-explainer.styles.js';
import { shared } from '../../content/en/shared.js';
import { causes } from '../../content/en/causes.js';
import { LAYOUTS } from '../../content/types.js';

export type { CauseToggleDetail } from '../../events/cramp-cause-toggle.js';

/**
 * A closed panel is hidden="until-found": hidden, but find-in-page can still
 * reach its text, and opens it through `beforematch`. (The cast: lit-analyzer's
 * DOM typings predate that value of `hidden`.)
 */
const untilFound = (open: boolean) => (open ? false : 'until-found') as unknown as boolean;

const chevron = html`<svg part="icon" class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * The six cause groups of leg cramps behind the knee, each with a plain
 * summary, why it can cause cramps, common triggers, who it affects most,
 * what helps and its sources. Shown as an accordion, tabs or cards.
 *
 * @summary What can cause cramps behind the knee, as an accordion, tabs or cards.
 * @tagname cramp-cause-explainer
 *
 * @attr {"accordion" | "tabs" | "cards"} layout - How causes are shown. Default `accordion`.
 * @attr {string} open - Space-separated cause ids expanded (accordion) or selected (tabs) at start.
 * @attr {string} causes - Space-separated cause ids to show, in order. Default: all six.
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 *
 * @event cramp-cause-toggle - A reader opened or
 *   closed a cause (accordion), or selected a tab (one event for the tab left, one for the tab chosen).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction under the title.
 * @csspart disclaimer - The "not a diagnosis" line at the end.
 * @csspart item - One accordion item (heading and panel).
 * @csspart heading - The heading of a cause (accordion item, tab panel or card).
 * @csspart button - The accordion button that opens and closes a cause.
 * @csspart icon - The accordion's chevron icon.
 * @csspart panel - The content of a cause (accordion panel or tab panel).
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab.
 * @csspart cards - The list of cards.
 * @csspart card - One card.
 * @csspart badge - The "Less certain" badge.
 * @csspart summary - The one-sentence summary of a cause.
 * @csspart note - The note on how certain a cause is.
 * @csspart section-heading - The small headings inside a cause ("Things linked to it", ...).
 * @csspart list - The lists of triggers and of what helps.
 * @csspart sources - The sources line of a cause.
 * @csspart get-help - The "get help" lines before the footer (when used alone): a clot in one leg, today; sudden breathlessness, chest pain or collapse, the emergency number.
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: all sources, review date and the "not a diagnosis" line (when used alone).
 *
 * @cssprop [--cramp-explainer-radius=var(--cramp-radius)] - Corner radius of items, tabs and cards.
 * @cssprop [--cramp-explainer-gap=var(--cramp-space-m)] - Space between cards and between tabs and panel.
 * @cssprop [--cramp-explainer-card-min-width=16em] - Narrowest a card gets before the grid wraps.
 */
export class CrampCauseExplainer extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...causes };

  static override facts = { causes: CAUSES };

  /** Its closing line says "not a diagnosis". */
  static override ownDisclaimer = true;

  /** Headings nested below its own (see CrampElement.headingDepth). */
  static override headingDepth = 2;

  /** Whether the tabs sit one under another (a phone): the tab list is then vertical. */
  private readonly tabRows = new StackedController(this, '.tab');

  static override properties: PropertyDeclarations = {
    layout: {},
    open: {},
    causes: {},
    expanded: { state: true, attribute: false },
    selected: { state: true, attribute: false },
  };

  /** `accordion` (default), `tabs` or `cards`. */
  declare layout?: Layout;

  /** Space-separated cause ids expanded (accordion) or selected (tabs) at start. */
  declare open?: IdList<CauseId>;

  /** Space-separated cause ids to show, in order. Default: all six. */
  declare causes?: IdList<CauseId>;

  /**
   * Expanded accordion items.
   * @internal
   */
  declare private expanded: Set<CauseId>;
  /**
   * The selected tab.
   * @internal
   */
  declare private selected: CauseId;

  constructor() {
    super();
    this.expanded = new Set();
    this.selected = CAUSE_IDS[0];
  }

  /** The layout in use, after validation. */
  private get mode(): Layout {
    const value = (this.text('layout') ?? '').trim().toLowerCase();
    if (!value) return 'accordion';
    if ((LAYOUTS as readonly string[]).includes(value)) return value as Layout;
    this.warnOnce(`unknown layout="${String(this.text('layout'))}"; using accordion. Use ${LAYOUTS.join(', ')}.`);
    return 'accordion';
  }

  /** The causes shown, in order. */
  private get shown(): CauseId[] {
    const causes = this.text('causes');
    if (causes === undefined) return [...CAUSE_IDS];
    const { ids, unknown } = parseIds(causes, CAUSE_IDS);
    this.warnUnknown('causes', unknown, ids.length ? '' : ' It names no known cause, so all six are shown.');
    return ids.length ? ids : [...CAUSE_IDS];
  }

  /** What `open` opens (accordion) or selects (tabs), when it changes; the reader's choices after that are kept. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { shown } = this;
    if (changed.has('open')) {
      const { ids, unknown } = parseIds(this.text('open'), CAUSE_IDS);
      this.warnUnknown('open', unknown);
      this.expanded = new Set(ids);
      this.selected = ids.find((id) => shown.includes(id)) ?? shown[0] ?? CAUSE_IDS[0];
    }
    if (!shown.includes(this.selected)) this.selected = shown[0] ?? CAUSE_IDS[0];
  }

  /** Whether this explainer shows the cause `id` (its `causes` attribute may leave some out). */
  hasCause(id: CauseId): boolean {
    return this.shown.includes(id);
  }

  /**
   * Shows one cause to the reader: opens it (accordion) or selects it (tabs),
   * then moves focus to it, which scrolls it into view. The risk checklist
   * uses this for its "Read more" buttons. Resolves false if the cause is not
   * among those shown.
   */
  async show(id: CauseId): Promise<boolean> {
    // After what the page set is in place (its `open` too), so the render keeps what this opens.
    await this.updateComplete;
    if (!this.hasCause(id)) return false;
    const { mode } = this;
    if (mode === 'accordion') this.expanded = new Set(this.expanded).add(id);
    else if (mode === 'tabs') this.selected = id;
    await this.updateComplete;
    // A card's heading, not the card: focus that names the cause in a few words, not the whole card's text.
    const target = this.renderRoot.querySelector<HTMLElement>(`#button-${id}, #tab-${id}, #card-${id} .heading`);
    if (target && mode === 'cards') target.tabIndex = -1;
    target?.focus();
    return true;
  }

  /** One warning for the unknown ids of one attribute value. */
  private warnUnknown(attribute: string, unknown: string[], more = ''): void {
    if (!unknown.length && !more) return;
    this.warnOnce(
      `${
        unknown.length
          ? `ignored unknown cause id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`
          : 'ignored an empty list'
      } in ${attribute}="…".${more} Valid ids: ${CAUSE_IDS.join(', ')}.`,
    );
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const t = pack.explainer;
    const body =
      this.mode === 'tabs' ? this.renderTabs(level) : this.mode === 'cards' ? this.renderCards(level) : this.renderAccordion(level);
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.title)}
      <p part="intro" class="intro">${t.intro}</p>
      ${body}
      <p part="disclaimer" class="disclaimer muted">${t.notDiagnosis}</p>
      ${this.embedded ? nothing : this.footer(this.shown.flatMap((id) => pack.causes[id].sources))}
    </div>`;
  }

  private renderAccordion(level: HeadingLevel): TemplateResult {
    const sub = deeper(level);
    return html`<div class="accordion" @keydown=${this.onAccordionKeydown}>
      ${this.shown.map((id) => {
        const cause = this.pack.causes[id];
        const open = this.expanded.has(id);
        return html`<div part="item" class="item">
          ${heading(
            sub,
            'heading',
            html`<button
              part="button"
              class="trigger"
              id="button-${id}"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="panel-${id}"
              @click=${() => {
                this.setOpen(id, !open);
              }}
            >
              <span class="label">${cause.title}${this.badge(cause)}</span>${chevron}
            </button>`,
          )}
          <div
            part="panel"
            class="panel"
            id="panel-${id}"
            role=${ifDefined(open ? 'region' : undefined)}
            aria-labelledby=${ifDefined(open ? `button-${id}` : undefined)}
            .hidden=${serverSafe(untilFound(open))}
            @beforematch=${() => {
              this.setOpen(id, true);
            }}
          >
            ${this.renderCause(cause, deeper(sub))}
          </div>
        </div>`;
      })}
    </div>`;
  }

  private renderTabs(level: HeadingLevel): TemplateResult {
    const sub = deeper(level);
    return html`<div
        part="tablist"
        class="tablist"
        role="tablist"
        aria-label=${this.pack.explainer.tabsLabel}
        aria-orientation=${this.tabRows.stacked ? 'vertical' : 'horizontal'}
        @keydown=${this.onTabKeydown}
      >
        ${this.shown.map((id) => {
          const selected = id === this.selected;
          return html`<button
            part="tab"
            class="tab"
            role="tab"
            id="tab-${id}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="tabpanel-${id}"
            tabindex=${selected ? 0 : -1}
            @click=${() => {
              this.select(id);
            }}
          >
            ${this.pack.causes[id].title}
          </button>`;
        })}
      </div>
      ${this.shown.map((id) => {
        const cause = this.pack.causes[id];
        return html`<div
          part="panel"
          class="tabpanel"
          role="tabpanel"
          id="tabpanel-${id}"
          aria-labelledby="tab-${id}"
          tabindex="0"
          ?hidden=${id !== this.selected}
        >
          ${heading(sub, 'heading', html`${cause.title}${this.badge(cause)}`)}
          ${this.renderCause(cause, deeper(sub))}
        </div>`;
      })}`;
  }

  private renderCards(level: HeadingLevel): TemplateResult {
    const sub = deeper(level);
    return html`<ul part="cards" class="cards" role="list">
      ${this.shown.map((id) => {
        const cause = this.pack.causes[id];
        return html`<li part="card" class="card" id="card-${id}">
          ${heading(sub, 'heading', html`${cause.title}${this.badge(cause)}`)}
          ${this.renderCause(cause, deeper(sub))}
        </li>`;
      })}
    </ul>`;
  }

  private badge(cause: Cause): TemplateResult | typeof nothing {
    return cause.certainty === 'less-certain' ? lessCertainBadge(this.pack.explainer.lessCertain, this.pack.listSeparator) : nothing;
  }

  private renderCause(cause: Cause, level: HeadingLevel): TemplateResult {
    const t = this.pack.explainer;
    const list = (items: string[]) =>
      html`<ul part="list" class="list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
    return html`<p part="summary" class="summary">${cause.summary}</p>
      ${cause.certaintyNote ? html`<p part="note" class="note"><strong>${t.lessCertain}:</strong> ${cause.certaintyNote}</p>` : nothing}
      ${heading(level, 'section-heading', t.why)}
      <p>${cause.why}</p>
      ${heading(level, 'section-heading', t.triggers)} ${list(cause.triggers)}
      ${heading(level, 'section-heading', t.who)}
      <p>${cause.who}</p>
      ${heading(level, 'section-heading', t.helps)} ${list(cause.helps)} ${sourcesLine(this.pack, cause.sources)}`;
  }

  /** Opens or closes an accordion item and tells the page. */
  private setOpen(id: CauseId, open: boolean): void {
    if (this.expanded.has(id) === open) return;
    const expanded = new Set(this.expanded);
    if (open) expanded.add(id);
    else expanded.delete(id);
    this.expanded = expanded;
    emit(this, 'cramp-cause-toggle', { id, open });
  }

  /** Selects a tab and tells the page: one event for the tab left, one for the tab chosen. */
  private select(id: CauseId): void {
    const previous = this.selected;
    if (previous === id) return;
    this.selected = id;
    emit(this, 'cramp-cause-toggle', { id: previous, open: false });
    emit(this, 'cramp-cause-toggle', { id, open: true });
  }

  private onTabKeydown(event: KeyboardEvent): void {
    // Alt+Arrow is the browser's Back and Forward; leave modified keys alone.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.pack.dir === 'rtl';
    const index = this.shown.indexOf(this.selected);
    // Up and Down too: on a narrow screen the tabs wrap, one per row, into a vertical list.
    const key =
      event.key === 'ArrowUp'
        ? rtl
          ? 'ArrowRight'
          : 'ArrowLeft'
        : event.key === 'ArrowDown'
          ? rtl
            ? 'ArrowLeft'
            : 'ArrowRight'
          : event.key;
    const next = rovingIndex(key, index, this.shown.length, rtl ? 'ArrowRight' : 'ArrowLeft', rtl ? 'ArrowLeft' : 'ArrowRight');
    const id = this.shown[next];
    if (!id) return;
    event.preventDefault();
    this.select(id);
    this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  }

  /** Optional keys of the accordion pattern: Up, Down, Home and End move between headers. */
  private onAccordionKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.trigger')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const target = buttons[rovingIndex(event.key, index, buttons.length, 'ArrowUp', 'ArrowDown')];
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-cause-explainer': CrampCauseExplainer;
  }
}
