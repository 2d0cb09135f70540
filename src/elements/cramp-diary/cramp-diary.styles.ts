import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.5em;
  }
`;
