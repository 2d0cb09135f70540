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
    }
    .form,
    .actions,
    .status,
    .fallback,
    .privacy,
    .intro,
    .entry-actions,
    .clear,
    .more,
    .confirm,
    .empty,
    .notice-icon,
    .entry:nth-child(n + 13) {
      display: none;
    }
    /* The "get help" lines and the footer side by side, under the rest. */
    .get-help,
    .footer {
      display: inline-block;
      box-sizing: border-box;
      inline-size: calc(50% - 0.75em);
      vertical-align: top;
    }
    .footer {
      margin-inline-start: 1em;
    }
    p,
    ul,
    .title,
    .form-heading,
    .summary-heading,
    .list-heading,
    .notice-heading {
      margin-block: 0.25em;
    }
    .summary,
    .list-section {
      margin-block-start: 0.5em;
    }
    /* The chart and its table, the time of day over which leg, then the longest and what helped: in one row. */
    .summary {
      display: grid;
      grid-template-columns: auto auto 1fr;
      grid-template-rows: auto auto auto auto 1fr;
      gap: 0.25em 1.5em;
      align-items: start;
      padding: 0;
      border: 0;
    }
    .summary > * {
      grid-column: 1 / -1;
      margin: 0;
    }
    .summary > .week-chart,
    .summary > .tables {
      grid-row: 3 / 6;
      grid-column: auto;
    }
    .summary > .tables {
      flex-direction: column;
      gap: 0.25em;
    }
    .summary > .longest,
    .summary > .helped-title,
    .summary > .helped {
      grid-column: 3;
    }
    .summary > .helped-title {
      grid-row: 4;
    }
    .summary > .helped {
      grid-row: 5;
      padding: 0;
      list-style: none;
    }
    .chart {
      flex: none;
      inline-size: 8em;
    }
    /* Each table's caption names it and its numbers. */
    thead {
      display: none;
    }
    th,
    td {
      padding: 0 0.4em;
    }
    .list {
      columns: 2;
      column-gap: 1.5em;
    }
    .entry {
      display: block;
      padding-block: 0.15em;
      break-inside: avoid;
    }
    .notice {
      margin-block-start: 0.25em;
      padding: 0.25em 0.5em;
      border-inline-start-width: 4px;
    }
    .checklist-print {
      display: block;
      margin-block-start: 0.5em;
      columns: 2;
      column-gap: 1.5em;
    }
    .checklist-print p {
      white-space: pre-line;
    }
    .checklist-print p:first-child {
      margin-block-start: 0;
    }
    .get-help,
    .footer {
      margin-block-start: 0.5em;
    }
    .summary,
    .notice {
      background: none;
    }
  }
`;
