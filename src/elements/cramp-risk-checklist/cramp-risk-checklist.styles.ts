import { css } from 'lit';

export const styles = css`
  :host {
    --_cl-notice: var(--cramp-checklist-notice-color, var(--_accent));
    --_cl-box: var(--cramp-checklist-checkbox-size, max(40px, 1.5em));
  }
  .group {
    min-inline-size: 0;
    margin-inline: 0;
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .about {
    border-width: 2px;
  }
  legend {
    padding-inline: var(--_space-s);
    font-weight: 700;
  }
  .item {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 44px;
    padding-block: var(--_space-s);
    cursor: pointer;
  }
  input {
    flex: none;
    font: inherit;
    inline-size: var(--_cl-box);
    block-size: var(--_cl-box);
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  /* Empty, it takes no room, but stays in the accessibility tree so that its messages are read. */
  .status:empty {
    margin: 0;
  }
  .fallback {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: none;
  }
  .summary {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary > * + *,
  .cause > * + * {
    margin-block-start: var(--_space-s);
  }
  .summary-heading {
    font-size: 1.25em;
  }
  .cause-heading,
  .notice-heading {
    font-size: 1.125em;
  }
  .causes {
    padding: 0;
    list-style: none;
  }
  .cause + .cause {
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .tips {
    padding-inline-start: 1.25em;
  }
  .more {
    border-color: var(--_accent);
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_cl-notice);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* On a narrow screen the icon sits above the text rather than squeezing it. */
  .notice > div {
    flex: 1 1 14em;
  }
  .notice > div > * + * {
    margin-block-start: var(--_space-s);
  }
  .notice-icon {
    flex: none;
    color: var(--_cl-notice);
  }
  .disclaimer {
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .btn,
    .notice {
      border-color: CanvasText;
    }
    .notice-icon {
      color: CanvasText;
    }
  }
  /* Clear, copy and print need a script. */
  @media (scripting: none) {
    .actions {
      display: none;
    }
  }
  @media print {
    /* Print summary: the page hides everything (body *), this checklist alone shows. Important
       declarations of a shadow tree win over the page's, wherever the checklist sits (in the guide too). */
    :host([data-cramp-printing]) {
      visibility: visible !important;
      position: absolute !important;
      inset: 0 0 auto !important;
      margin: 0 !important;
    }
    .actions,
    .status,
    .fallback,
    .more,
    .privacy,
    .item:not(:has(:checked)),
    .group:not(:has(:checked)) {
      display: none;
    }
    .summary,
    .notice {
      background: none;
      break-inside: avoid;
    }
  }
`;
