import { css } from 'lit';

export const styles = css`
  :host {
    --_ex-radius: var(--cramp-explainer-radius, var(--_radius));
    --_ex-gap: var(--cramp-explainer-gap, var(--_space-m));
    --_ex-card-min: var(--cramp-explainer-card-min-width, 16em);
  }
  .panel > * + *,
  .tabpanel > * + *,
  .card > * + * {
    margin-block-start: var(--_space-s);
  }
  /* Sizes by role, not by level: the level follows the host page's outline. */
  .heading {
    font-size: 1.125em;
  }
  .section-heading {
    font-size: 1em;
    margin-block-start: var(--_space-m);
  }
  .list {
    padding-inline-start: 1.25em;
  }
  .summary {
    font-weight: 600;
  }
  .note {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space-s);
  }
  .base > .disclaimer {
    margin-block-start: var(--_space-l);
  }

  /* Accordion */
  .accordion {
    border: 1px solid var(--_border);
    border-radius: var(--_ex-radius);
  }
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  .trigger {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 0;
    border-radius: var(--_ex-radius);
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  /* Drawn inside the full-width button, so a host's overflow: hidden cannot clip it. */
  .trigger:focus-visible {
    outline-offset: calc(-1 * var(--_focus-width));
  }
  /* A long cause name wraps, even inside a word, rather than pushing the chevron off screen. */
  .label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .trigger:hover .label {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .icon {
    flex: none;
    color: var(--_accent);
    transition: transform var(--_duration) ease;
  }
  [aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .panel {
    padding: 0 var(--_space-m) var(--_space-m);
  }
  /* hidden="until-found" keeps a (content-less) box so find-in-page works. */
  .panel[hidden] {
    padding: 0;
  }

  /* Tabs */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .tab {
    flex: 1 1 auto;
    min-block-size: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-block-end-width: 4px;
    border-radius: var(--_ex-radius);
    background: none;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_text);
    font-weight: 600;
  }
  .tabpanel {
    margin-block-start: var(--_ex-gap);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_ex-radius);
  }

  /* Cards */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_ex-card-min)), 1fr));
    gap: var(--_ex-gap);
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_ex-radius);
    background: var(--_surface-alt);
  }

  /* On paper, and with no scripts to open them, every cause is open: no tabs, no chevrons. */
  @media print, (scripting: none) {
    .panel[hidden],
    .tabpanel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .panel[hidden] {
      padding: 0 var(--_space-m) var(--_space-m);
    }
    .tablist,
    .icon {
      display: none;
    }
    .item,
    .tabpanel,
    .card {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    /* The chevron, the header's only open/closed cue: the button's own system colour, never the accent. */
    .icon {
      color: ButtonText;
    }
    .tab[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: CanvasText;
    }
    .tab {
      border-color: ButtonText;
    }
  }
`;
