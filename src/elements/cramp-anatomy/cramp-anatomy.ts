import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CrampElement } from '../../core/base.js';
import { deeper, heading } from '../../core/heading.js';
import { rovingIndex } from '../../core/ids.js';
import { emit } from '../../core/events.js';
import { jumpTo, nearest } from '../../core/jump.js';
import { onServer } from '../../core/server.js';
import { sourcesLine } from '../../core/sources.js';
import { STRUCTURES } from '../../content/facts.js';
import { STRUCTURE_IDS, type StructureId } from '../../content/index.js';
import { shared } from '../../content/shared/en.js';
import { anatomy } from '../../content/anatomy/en.js';
import type { CrampCauseExplainer } from '../cramp-cause-explainer/cramp-cause-explainer.js';
import { CREASE, OUTLINE, SHAPES } from './picture.js';
import { styles } from './cramp-anatomy.styles.js';

// Its event's detail, with the element.
export type { AnatomySelectDetail } from '../../events/cramp-anatomy-select.js';

const isStructure = (id: string): id is StructureId => (STRUCTURE_IDS as readonly string[]).includes(id);

/**
 * The back of the knee (the popliteal fossa), explained: a picture drawn by
 * cramp-kit of the calf muscle's two heads, the hamstring tendons, the
 * popliteus, the popliteal vein and artery, the tibial nerve and where a
 * Baker's cyst forms, with a list of the same structures beside it.
 * Choosing one shows what it is, why it matters for cramps or as a warning
 * sign, its sources, and a link to the matching cause (in a cause explainer
 * on the page) or to the care advice (the vein, a Baker's cyst).
 *
 * The picture and the list are each a WAI-ARIA radio group (one choice at a
 * time): Tab enters at the chosen structure (else the first), the arrow keys
 * move and choose, Home and End go to the first and last. The picture's
 * shapes have the structures' names; the list is the same choice for anyone
 * who cannot use the picture (big targets, text zoom). What is chosen is read
 * out politely.
 *
 * @summary The back of the knee: a picture of its muscles, vessels and nerve, explained.
 * @tagname cramp-anatomy
 *
 * @attr {string} structure - The structure chosen at the start: gastrocnemius hamstring-tendons popliteus popliteal-vein popliteal-artery tibial-nerve bakers-cyst. Default: none.
 * @attr {string} heading-level - Level (2-6, or 7-9 as an h6 with aria-level) of the top heading. Default 2.
 * @attr {"light" | "dark" | "auto"} theme - Colour theme. Unset: follows the page's color-scheme.
 * @attr {string} lang - Language of the content (on the element or any ancestor).
 * @attr {string} emergency-number - The local emergency number (digits, +, spaces, dashes), in the "get help" lines. Default: "your local emergency number".
 *
 * @event cramp-anatomy-select - The reader chose a structure (in the picture or the list).
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The top heading.
 * @csspart intro - The introduction.
 * @csspart picture - The picture (an SVG).
 * @csspart list - The list of the structures.
 * @csspart item - One structure in the list.
 * @csspart detail - What the chosen structure is (or the hint before one is chosen).
 * @csspart detail-heading - The chosen structure's name.
 * @csspart more - The link to the matching cause or to the care advice.
 * @csspart sources - The sources line, in the detail and in the footer.
 * @csspart get-help - The "get help" lines before the footer (when used alone).
 * @csspart number - The emergency number link in the "get help" lines (with `emergency-number`).
 * @csspart footer - The footer: sources, review date and the "not a diagnosis" line.
 */
export class CrampAnatomy extends CrampElement {
  static override styles = [...CrampElement.styles, styles];

  static override english = { ...shared, ...anatomy };

  static override facts = { structures: STRUCTURES };

  /** Headings nested below its own (the chosen structure's name). */
  static override headingDepth = 1;

  static override properties: PropertyDeclarations = {
    structure: {},
    chosen: { state: true, attribute: false },
  };

  /** The structure chosen at the start (or now: setting it chooses another). Unset: none. */
  declare structure?: StructureId | null;

  /**
   * The structure shown, if any: from `structure`, then the reader's choices.
   * @internal
   */
  declare private chosen: StructureId | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('structure')) return;
    const id = this.text('structure')?.trim().toLowerCase();
    if (id === undefined || isStructure(id)) {
      this.chosen = id;
      return;
    }
    this.warnOnce(`ignored structure="${id.slice(0, 40)}"; use one of ${STRUCTURE_IDS.join(', ')}. None is chosen.`);
    this.chosen = undefined;
  }

  /** The reader chose a structure: show it, keep it in `structure`, and tell the page. */
  private choose(id: StructureId): void {
    if (id === this.chosen) return;
    this.chosen = id;
    this.structure = id;
    emit(this, 'cramp-anatomy-select', { id });
  }

  /** The radio groups' keys (WAI-ARIA radio group): arrows move and choose, Home and End go to the ends. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const group = event.currentTarget as Element;
    const current = STRUCTURE_IDS.indexOf((event.target as Element).getAttribute('data-id') as StructureId);
    const rtl = this.pack.dir === 'rtl';
    const key = { ArrowUp: 'ArrowLeft', ArrowDown: 'ArrowRight' }[event.key] ?? event.key;
    let next = rovingIndex(key, current, STRUCTURE_IDS.length, rtl ? 'ArrowRight' : 'ArrowLeft', rtl ? 'ArrowLeft' : 'ArrowRight');
    if (next < 0 && (event.key === ' ' || event.key === 'Enter') && current >= 0) next = current;
    if (next < 0) return;
    event.preventDefault();
    const id = STRUCTURE_IDS[next] as StructureId;
    this.choose(id);
    void this.updateComplete.then(() => {
      group.querySelector<HTMLElement | SVGElement>(`[data-id="${id}"]`)?.focus();
    });
  };

  /** A shape that takes focus comes into view: Firefox scrolls to a focused HTML element, not to an SVG shape. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const shape = event.target as Element;
    shape.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Where that did nothing (Firefox), the page scrolls by what is still out of view.
    const { top, bottom } = shape.getBoundingClientRect();
    if (bottom > innerHeight) scrollBy(0, Math.min(bottom - innerHeight, top));
    else if (top < 0) scrollBy(0, top);
  };

  private readonly onClick = (event: Event): void => {
    const id = (event.target as Element).closest('[data-id]')?.getAttribute('data-id') ?? '';
    if (isStructure(id)) this.choose(id);
  };

  /** A radio's focus and state: the chosen one (else the first) is the group's one Tab stop. */
  private radio(id: StructureId): { checked: 'true' | 'false'; tabindex: number } {
    const stop = this.chosen ?? STRUCTURE_IDS[0];
    return { checked: id === this.chosen ? 'true' : 'false', tabindex: id === stop ? 0 : -1 };
  }

  private picture(): TemplateResult {
    const { pack } = this;
    return html`<svg
      part="picture"
      class="picture"
      viewBox="0 0 200 320"
      role="radiogroup"
      aria-label=${pack.anatomy.picture}
      @keydown=${this.onKeydown}
      @focusin=${this.onFocusIn}
      @click=${this.onClick}
    >
      <path class="outline" d=${OUTLINE} aria-hidden="true"></path>
      <path class="crease" d=${CREASE} aria-hidden="true"></path>
      ${STRUCTURE_IDS.map((id) => {
        const { checked, tabindex } = this.radio(id);
        const { kind, paths } = SHAPES[id];
        return svg`<g class="shape ${kind}" role="radio" data-id=${id} aria-checked=${checked} tabindex=${tabindex} aria-label=${pack.structures[id].name}>${paths.map(
          (d) => svg`<path class="hit" d=${d}></path><path class="ink" d=${d}></path>`,
        )}</g>`;
      })}
    </svg>`;
  }

  private detail(): TemplateResult {
    const { pack, chosen } = this;
    if (!chosen) return html`<p class="hint muted">${pack.anatomy.hint}</p>`;
    const s = pack.structures[chosen];
    return html`${heading(deeper(this.level), 'detail-heading', s.name)}
      <p>${s.text}</p>
      ${sourcesLine(pack, s.sources)} ${this.more(chosen)}`;
  }

  /** The link to read more: the cause in a cause explainer on the page (or in the guide), or the care advice there. */
  private more(id: StructureId): TemplateResult | typeof nothing {
    // On the server there is no page to look in: the browser adds the link when it takes over.
    if (onServer) return nothing;
    const { link, more } = this.pack.structures[id];
    if (link === 'care') {
      const care = nearest(this, 'cramp-care-advice[id]')?.id;
      return care
        ? html`<p>
            <a
              part="more"
              href="#${care}"
              @click=${(e: Event) => {
                if (jumpTo(this, care)) e.preventDefault();
              }}
              >${more}</a
            >
          </p>`
        : nothing;
    }
    const explainer = nearest(this, 'cramp-cause-explainer') as CrampCauseExplainer | null;
    if (typeof explainer?.hasCause !== 'function' || !explainer.hasCause(link)) return nothing;
    return html`<p>
      <a
        part="more"
        href="#${explainer.id}"
        @click=${(e: Event) => {
          e.preventDefault();
          void explainer.show(link);
        }}
        >${more}</a
      >
    </p>`;
  }

  protected override render(): TemplateResult {
    const { pack, level } = this;
    const t = pack.anatomy;
    return html`<div part="base" class="base" lang=${pack.lang} dir=${pack.dir}>
      ${heading(level, 'title', t.title)}
      <p part="intro" class="intro">${t.intro}</p>
      <div class="layout">
        ${this.picture()}
        <ul part="list" class="list" role="radiogroup" aria-label=${t.list} @keydown=${this.onKeydown} @click=${this.onClick}>
          ${STRUCTURE_IDS.map((id) => {
            const { checked, tabindex } = this.radio(id);
            return html`<li part="item" class="item" role="radio" data-id=${id} aria-checked=${checked} tabindex=${tabindex}>
              ${pack.structures[id].name}
            </li>`;
          })}
        </ul>
      </div>
      <div part="detail" class="detail" aria-live="polite">${this.detail()}</div>
      ${this.footer(STRUCTURE_IDS.flatMap((id) => pack.structures[id].sources))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-anatomy': CrampAnatomy;
  }
}
