import { css } from 'lit';

export const styles = css`
  :host {
    --_ring: var(--cramp-stretch-ring-size, 7em);
    --_ring-width: var(--cramp-stretch-ring-width, 8);
    --_pic: var(--cramp-stretch-picture-width, 18em);
  }
  .title {
    font-size: 1.375em;
  }
  .use {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
  }
  .picture {
    flex: 1 1 12em;
    max-inline-size: var(--_pic);
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .prop {
    stroke: var(--_muted);
    stroke-width: 3;
  }
  .fig {
    stroke-width: 6;
  }
  .head {
    fill: currentColor;
    stroke: none;
  }
  .muscle {
    stroke: var(--_accent);
    stroke-width: 10;
  }
  .text {
    flex: 1 1 16em;
  }
  .text > * + * {
    margin-block-start: var(--_space-s);
  }
  .steps {
    /* Room for the numbers with WCAG 1.4.12 text spacing, where the element meets the page's edge. */
    padding-inline-start: 2em;
  }
  .steps li + li {
    margin-block-start: 0.25em;
  }
  .timer {
    display: grid;
    /* The ring gives way on narrow screens with large text, so the words always fit. */
    grid-template-columns: min(var(--_ring), 35%) minmax(0, 1fr);
    grid-template-rows: auto auto;
    column-gap: var(--_space-m);
    align-items: center;
  }
  .ring {
    grid-row: span 2;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    transform: rotate(-90deg);
    fill: none;
    stroke-width: var(--_ring-width);
  }
  .track {
    stroke: var(--_border);
    stroke-opacity: 0.4;
  }
  .bar {
    stroke: var(--_accent);
    stroke-dasharray: 100;
    transition: stroke-dashoffset 1s linear;
  }
  /* At the start of a hold or rest the ring empties at once, never sweeping back. */
  .fresh .bar {
    transition: none;
  }
  .readout {
    align-self: end;
    font-variant-numeric: tabular-nums;
  }
  .count {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1;
  }
  .phase {
    align-self: start;
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .evidence {
    font-size: 0.9375em;
  }
  .error {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .prop {
      stroke: CanvasText;
    }
    .muscle {
      stroke: Highlight;
    }
    .bar {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .primary {
      border-color: ButtonText;
    }
  }
  /* The timer needs a script: on paper and with scripts off, the steps and the hold time say it all. */
  @media print, (scripting: none) {
    .timer,
    .controls {
      display: none;
    }
  }
`;
