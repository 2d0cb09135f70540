import { css } from 'lit';

export const styles = css`
  :host {
    --_emergency: var(--cramp-care-emergency-color, #b3261e);
    --_urgent: var(--cramp-care-urgent-color, #8a4600);
    --_soon: var(--cramp-care-soon-color, var(--_accent));
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_emergency: var(--cramp-care-emergency-color, light-dark(#b3261e, #ffb4ab));
      --_urgent: var(--cramp-care-urgent-color, light-dark(#8a4600, #ffb870));
    }
  }
  .level {
    --_c: var(--_soon);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_c);
    border-inline-start-width: 10px;
    border-radius: var(--_radius);
  }
  .emergency {
    --_c: var(--_emergency);
    border-width: 4px;
    border-inline-start-width: 14px;
  }
  .urgent {
    --_c: var(--_urgent);
  }
  .soon {
    border-style: dashed;
    border-inline-start-style: solid;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .text {
    flex: 1 1 14em;
  }
  .text > * + * {
    margin-block-start: var(--_space-s);
  }
  .level-heading {
    font-size: 1.25em;
  }
  .signs {
    padding-inline-start: 1.25em;
  }
  .action {
    font-weight: 700;
  }
  /* Kept on one line while it fits; a long number wraps rather than widen a phone's page. */
  .number {
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .level {
      border-color: CanvasText;
    }
    .icon {
      stroke: CanvasText;
    }
  }
`;
