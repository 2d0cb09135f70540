import { css } from 'lit';

export const styles = css`
  .base > * + * {
    margin-block-start: var(--_space-l);
  }
  .title {
    font-size: 1.75em;
  }
  .section-title {
    font-size: 1.5em;
  }
  .section > * + * {
    margin-block-start: var(--_space-m);
  }
  .contents {
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
  }
  .contents ol {
    padding-inline-start: 2em;
  }
  .contents li + li {
    margin-block-start: var(--_space-s);
  }
  /* Room for two-digit numbers with WCAG 1.4.12 text spacing, where the guide meets the page's edge. */
  .source-list {
    padding-inline-start: 2.75em;
    overflow-wrap: anywhere;
  }
  .source-list li + li {
    margin-block-start: var(--_space-s);
  }
  /* Its links reach into the guide's shadow tree, which only a script can do. */
  @media (scripting: none) {
    .contents {
      display: none;
    }
  }
  @media print {
    .contents {
      display: none;
    }
  }
  .disclaimer {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
