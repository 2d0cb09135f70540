import { css } from 'lit';

export const styles = css`
  .progress {
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: var(--_muted);
  }
  .start {
    margin-inline-start: auto;
    font-weight: 600;
  }
  @media print, (scripting: none) {
    .nav {
      display: none;
    }
  }
`;
