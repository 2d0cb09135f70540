import { css } from 'lit';

export const styles = css`
  :host {
    --_do: var(--cramp-tips-do-color, #1b6e3a);
    --_dont: var(--cramp-tips-dont-color, #b3261e);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_do: var(--cramp-tips-do-color, light-dark(#1b6e3a, #7fd49b));
      --_dont: var(--cramp-tips-dont-color, light-dark(#b3261e, #ffb4ab));
    }
  }
  .boxes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  .box {
    --_c: var(--_do);
    flex: 1 1 16em;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-block-start: 6px solid var(--_c);
    border-radius: var(--_radius);
  }
  .dont {
    --_c: var(--_dont);
  }
  .list-heading {
    font-size: 1.25em;
  }
  .list {
    margin-block-start: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  .tip {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
  }
  .tip + .tip {
    margin-block-start: var(--_space-s);
  }
  .mark {
    flex: none;
    margin-block-start: 0.15em;
    fill: none;
    stroke: var(--_c);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    .box {
      border-color: CanvasText;
    }
    .mark {
      stroke: CanvasText;
    }
  }
`;
