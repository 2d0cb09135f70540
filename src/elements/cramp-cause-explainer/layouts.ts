import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { serverSafe } from '../../core/server.js';
import { deeper, heading, type HeadingLevel } from '../../core/heading.js';
import { rovingIndex } from '../../core/ids.js';
import { lessCertainBadge } from '../../core/badge.js';
import { sourcesLine } from '../../core/sources.js';
import type { Cause, CauseId, ContentPack } from '../../content/index.js';

/**
 * The explainer's three layouts (accordion, tabs, cards) and their keys, as
 * functions of what they show: the element keeps the state (what is open,
 * which tab is chosen) and passes it in with what to call when it changes.
 */

/**
 * What the layouts are made from: the pack, the causes shown in order, the
 * level of a cause's heading, the element's state and what to call when the
 * reader changes it. Each layout takes the part it needs.
 */
export interface LayoutContext {
  pack: ContentPack;
  shown: readonly CauseId[];
  level: HeadingLevel;
  /** The accordion's open causes. */
  expanded: ReadonlySet<CauseId>;
  /** Opens or closes an accordion item (and tells the page). */
  setOpen: (id: CauseId, open: boolean) => void;
  /** The cause whose tab is chosen. */
  selected: CauseId;
  /** Whether the tabs sit one under another (a phone): the tab list is then vertical. */
  vertical: boolean;
  /** Chooses a tab (and tells the page). */
  select: (id: CauseId) => void;
  /** The tab list's keys (see `arrowTab`). */
  onTabKeydown: (event: KeyboardEvent) => void;
}

/**
 * A closed panel is hidden="until-found": hidden, but find-in-page can still
 * reach its text, and opens it through `beforematch`. (The cast: lit-analyzer's
 * DOM typings predate that value of `hidden`.)
 */
const untilFound = (open: boolean) => (open ? false : 'until-found') as unknown as boolean;

const chevron = html`<svg part="icon" class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** The "Less certain" badge of a cause the evidence is less sure of. */
function badge(pack: ContentPack, cause: Cause): TemplateResult | typeof nothing {
  return cause.certainty === 'less-certain' ? lessCertainBadge(pack.explainer.lessCertain, pack.listSeparator) : nothing;
}

/** What a cause says, under its heading: summary, why, triggers, who, what helps and its sources. */
function causeBody(pack: ContentPack, cause: Cause, level: HeadingLevel): TemplateResult {
  const t = pack.explainer;
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
    ${heading(level, 'section-heading', t.helps)} ${list(cause.helps)} ${sourcesLine(pack, cause.sources)}`;
}

export function accordion({ pack, shown, level, expanded, setOpen }: LayoutContext): TemplateResult {
  return html`<div class="accordion" @keydown=${onAccordionKeydown}>
    ${shown.map((id) => {
      const cause = pack.causes[id];
      const open = expanded.has(id);
      return html`<div part="item" class="item">
        ${heading(
          level,
          'heading',
          html`<button
            part="button"
            class="trigger"
            id="button-${id}"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="panel-${id}"
            @click=${() => {
              setOpen(id, !open);
            }}
          >
            <span class="label">${cause.title}${badge(pack, cause)}</span>${chevron}
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
            setOpen(id, true);
          }}
        >
          ${causeBody(pack, cause, deeper(level))}
        </div>
      </div>`;
    })}
  </div>`;
}

export function tabs({ pack, shown, level, selected, vertical, select, onTabKeydown }: LayoutContext): TemplateResult {
  return html`<div
      part="tablist"
      class="tablist"
      role="tablist"
      aria-label=${pack.explainer.tabsLabel}
      aria-orientation=${vertical ? 'vertical' : 'horizontal'}
      @keydown=${onTabKeydown}
    >
      ${shown.map((id) => {
        const chosen = id === selected;
        return html`<button
          part="tab"
          class="tab"
          role="tab"
          id="tab-${id}"
          aria-selected=${chosen ? 'true' : 'false'}
          aria-controls="tabpanel-${id}"
          tabindex=${chosen ? 0 : -1}
          @click=${() => {
            select(id);
          }}
        >
          ${pack.causes[id].title}
        </button>`;
      })}
    </div>
    ${shown.map((id) => {
      const cause = pack.causes[id];
      return html`<div
        part="panel"
        class="tabpanel"
        role="tabpanel"
        id="tabpanel-${id}"
        aria-labelledby="tab-${id}"
        tabindex="0"
        ?hidden=${id !== selected}
      >
        ${heading(level, 'heading', html`${cause.title}${badge(pack, cause)}`)} ${causeBody(pack, cause, deeper(level))}
      </div>`;
    })}`;
}

export function cards({ pack, shown, level }: LayoutContext): TemplateResult {
  return html`<ul part="cards" class="cards" role="list">
    ${shown.map((id) => {
      const cause = pack.causes[id];
      return html`<li part="card" class="card" id="card-${id}">
        ${heading(level, 'heading', html`${cause.title}${badge(pack, cause)}`)} ${causeBody(pack, cause, deeper(level))}
      </li>`;
    })}
  </ul>`;
}

/**
 * The tab that the tab list's arrow keys, Home or End choose from `selected`,
 * or undefined for any other key. Left and Right follow the reading direction.
 */
export function arrowTab(event: KeyboardEvent, shown: readonly CauseId[], selected: CauseId, rtl: boolean): CauseId | undefined {
  // Alt+Arrow is the browser's Back and Forward; leave modified keys alone.
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const index = shown.indexOf(selected);
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
  return shown[rovingIndex(key, index, shown.length, rtl ? 'ArrowRight' : 'ArrowLeft', rtl ? 'ArrowLeft' : 'ArrowRight')];
}

/** Optional keys of the accordion pattern: Up, Down, Home and End move between headers. */
function onAccordionKeydown(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.trigger')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  const target = buttons[rovingIndex(event.key, index, buttons.length, 'ArrowUp', 'ArrowDown')];
  if (!target) return;
  event.preventDefault();
  target.focus();
}
