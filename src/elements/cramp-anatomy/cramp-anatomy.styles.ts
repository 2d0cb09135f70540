import { css } from 'lit';

export const styles = css`
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
  }
  .picture {
    flex: 1 1 10em;
    max-inline-size: 16em;
    block-size: auto;
    overflow: visible;
  }
  .outline,
  .crease {
    fill: none;
    stroke: var(--_border);
    stroke-width: 2;
  }
  .crease {
    stroke-dasharray: 4 4;
  }
  .shape {
    cursor: pointer;
  }
  .hit {
    fill: none;
    stroke: transparent;
    stroke-width: 14;
    pointer-events: stroke;
  }
  .ink {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .muscle .hit {
    pointer-events: all;
  }
  .muscle .ink {
    fill: var(--_surface-alt);
  }
  .tendon .ink {
    stroke-width: 6;
    stroke: var(--_muted);
  }
  .artery .ink {
    stroke-width: 4;
  }
  .vein .ink {
    stroke-width: 4;
    stroke-dasharray: 10 4;
  }
  .nerve .ink {
    stroke-width: 3.5;
    stroke-dasharray: 0.1 6;
  }
  .cyst .ink {
    stroke-dasharray: 3 3;
  }
  /* The chosen structure: its colour, and a thicker line (never colour alone). */
  .shape[aria-checked='true'] .ink {
    stroke: var(--_accent);
    stroke-width: 6;
  }
  .muscle[aria-checked='true'] .ink,
  .cyst[aria-checked='true'] .ink {
    fill: color-mix(in srgb, var(--_accent) 35%, transparent);
    stroke-width: 4;
  }
  /* Focus on a shape: a thick ring of the focus colour around it (an outline on an SVG part is not drawn everywhere). */
  .shape:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 10;
    stroke-opacity: 0.9;
  }
  .list {
    flex: 1 1 14em;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 44px;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .item + .item {
    margin-block-start: var(--_space-s);
  }
  .item::before {
    content: '';
    flex: none;
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .item[aria-checked='true'] {
    border-color: var(--_accent);
    border-width: 2px;
    font-weight: 600;
  }
  .item[aria-checked='true']::before {
    background: radial-gradient(currentColor 40%, transparent 45%);
  }
  .detail {
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .detail > * + * {
    margin-block-start: var(--_space-s);
  }
  .detail-heading {
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .picture {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .outline,
    .crease,
    .shape .ink {
      stroke: CanvasText;
    }
    .muscle .ink {
      fill: Canvas;
    }
    /* Only system colours: the wider line that takes the pointer is not painted (it still takes it). */
    .hit {
      stroke: none;
    }
    .shape[aria-checked='true'] .ink {
      stroke: Highlight;
    }
    .muscle[aria-checked='true'] .ink,
    .cyst[aria-checked='true'] .ink {
      fill: Highlight;
    }
    .shape:focus-visible .hit {
      stroke: Highlight;
    }
    .item[aria-checked='true'],
    .detail {
      border-color: Highlight;
    }
  }
`;
