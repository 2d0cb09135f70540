import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CAUSES } from '../../content/facts.js';
import { CrampElement } from '../../core/base.js';
import { StackedController } from '../../core/stacked.js';
import { deeper, heading } from '../../core/heading.js';
import { emit } from '../../core/events.js';
import { parseIds } from '../../core/ids.js';
import { CAUSE_IDS, type CauseId, type IdList, type Layout } from '../../content/index.js';
import { styles } from './cramp-cause-explainer.styles.js';
import { shared } from '../../content/shared/en.js';
import { causes } from '../../content/causes/en.js';
import { LAYOUTS } from '../../content/types.js';
import { accordion, arrowTab, cards, tabs, type LayoutContext } from './layouts.js';

export type { CauseToggleDetail } from '../../events/cramp-cause-toggle.js';

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
    const { pack, level, mode, shown } = this;
    const t = pack.explainer;
    const context: LayoutContext = {
      pack,
      shown,
      level: deeper(level),
      expanded: this.expanded,
      setOpen: this.setOpen.bind(this),
      selected: this.selected,
      vertical: this.tabRows.stacked,
      select: this.select.bind(this),
      onTabKeydown: this.onTabKeydown,
    };
    const body = (mode === 'tabs' ? tabs : mode === 'cards' ? cards : accordion)(context);
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.title)}
      <p part="intro" class="intro">${t.intro}</p>
      ${body}
      <p part="disclaimer" class="disclaimer muted">${t.notDiagnosis}</p>
      ${this.embedded ? nothing : this.footer(shown.flatMap((id) => pack.causes[id].sources))}
    </div>`;
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

  /** The tab list's keys: they choose a tab and move focus to it. */
  private onTabKeydown(event: KeyboardEvent): void {
    const id = arrowTab(event, this.shown, this.selected, this.pack.dir === 'rtl');
    if (!id) return;
    event.preventDefault();
    this.select(id);
    this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-cause-explainer': CrampCauseExplainer;
  }
}
