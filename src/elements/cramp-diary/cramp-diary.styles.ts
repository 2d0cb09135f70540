import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.5em;
  }
  .form,
  .summary,
  .list-section {
    margin-block-start: var(--_space-l);
  }
  .form,
  .summary {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .summary {
    background: var(--_surface-alt);
  }
  .form-heading,
  .summary-heading,
  .list-heading {
    font-size: 1.25em;
  }
  .notice-heading {
    font-size: 1.125em;
  }
  .fields {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > label,
  legend {
    padding: 0;
    font-weight: 700;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .choices legend {
    inline-size: 100%;
    margin-block-end: var(--_space-s);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 44px;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  input:not([type='radio'], [type='checkbox']),
  textarea {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 44px;
    padding: var(--_space-s);
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-width: 2px;
    border-color: currentColor;
  }
  .error {
    margin: 0;
    font-weight: 700;
  }
  .quick,
  .actions,
  .entry-actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .actions {
    margin-block-start: var(--_space-m);
  }
  .status:empty {
    margin: 0;
  }
  .problem {
    font-weight: 700;
  }
  .fallback {
    display: block;
  }
  .summary > * + * {
    margin-block-start: var(--_space-s);
  }
  .week-chart,
  .tables {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-end;
  }
  .chart {
    flex: 1 1 12em;
    min-inline-size: 0;
    max-inline-size: min(100%, 20em);
    block-size: auto;
    overflow: visible;
  }
  .bar {
    fill: var(--_accent);
  }
  .bar-count {
    fill: currentColor;
    font-size: 10px;
  }
  .axis {
    stroke: currentColor;
  }
  .counts {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: 400;
  }
  td {
    text-align: end;
  }
  .helped,
  .list {
    padding-inline-start: 1.25em;
  }
  .list {
    padding: 0;
    list-style: none;
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    justify-content: space-between;
    padding-block: var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  .entry-text {
    flex: 1 1 16em;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_accent);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
  }
  .notice > div {
    flex: 1 1 14em;
  }
  .notice-icon {
    flex: none;
    color: var(--_accent);
  }
  .checklist-print {
    display: none;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Print summary: the page hides everything (body *), this diary alone shows, on one A4 or Letter page
       with a checklist's answers (tests/print.test.ts measures it): small type, few gaps, and the summary's
       tables, the list and the answers side by side. */
    :host([data-cramp-printing]) {
      visibility: visible !important;
      position: absolute !important;
      inset: 0 0 auto !important;
      margin: 0 !important;
      font-size: 9pt;
      line-height: 1.2;
      --_space-s: 0.2em;
      --_space-m: 0.4em;
      --_space-l: 0.6em;
    }
    .form,
    .actions,
    .status,
    .fallback,
    .privacy,
    .intro,
    button,
    .entry-actions,
    .confirm,
    .empty,
    .entry:nth-child(n + 13) {
      display: none;
    }
    /* The chart and its table, then the time of day over which leg; the longest and what helped beside them
       (the list's bullets too: a box of its own keeps clear of the tables). */
    .summary,
    .helped {
      display: flow-root;
    }
    .week-chart,
    .tables {
      float: inline-start;
      margin-inline-end: 1em;
    }
    .tables {
      flex-direction: column;
    }
    .chart {
      flex: none;
      inline-size: 8em;
    }
    th,
    td {
      padding-block: 0;
    }
    .list {
      columns: 2;
    }
    .entry {
      break-inside: avoid;
    }
    .checklist-print {
      display: block;
      columns: 2;
    }
    .checklist-print p {
      white-space: pre-line;
    }
    /* The "get help" lines beside the footer. */
    .get-help,
    .footer {
      display: inline-block;
      inline-size: 48%;
      vertical-align: top;
    }
    .summary,
    .notice {
      background: none;
    }
  }
`;
