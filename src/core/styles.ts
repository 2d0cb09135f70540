import { css } from 'lit';

/**
 * System tokens. Sites set the public `--cramp-*` properties anywhere (on
 * :root, a wrapper or the element); elements read the private `--_*` copies,
 * which add the defaults. Light values are plain; where the browser has
 * light-dark(), each colour follows the element's color-scheme, which is the
 * page's unless `theme` sets it.
 */
export const tokens = css`
  :host {
    --_accent: var(--cramp-color-accent, #0a5bb0);
    --_on-accent: var(--cramp-color-on-accent, #ffffff);
    --_text: var(--cramp-color-text, #1f2328);
    --_muted: var(--cramp-color-text-muted, #4f5761);
    --_surface: var(--cramp-color-surface, #ffffff);
    --_surface-alt: var(--cramp-color-surface-alt, #f2f4f7);
    --_border: var(--cramp-color-border, #6b7480);
    --_focus: var(--cramp-color-focus, #1a56c4);
    --_focus-width: var(--cramp-focus-width, 3px);
    --_radius: var(--cramp-radius, 0.5em);
    --_space-s: var(--cramp-space-s, 0.5em);
    --_space-m: var(--cramp-space-m, 1em);
    --_space-l: var(--cramp-space-l, 1.5em);
    --_duration: var(--cramp-duration, 150ms);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--cramp-color-accent, light-dark(#0a5bb0, #7ab8ff));
      --_on-accent: var(--cramp-color-on-accent, light-dark(#ffffff, #0b1218));
      --_text: var(--cramp-color-text, light-dark(#1f2328, #e8edf2));
      --_muted: var(--cramp-color-text-muted, light-dark(#4f5761, #b0bac5));
      --_surface: var(--cramp-color-surface, light-dark(#ffffff, #14181d));
      --_surface-alt: var(--cramp-color-surface-alt, light-dark(#f2f4f7, #1e242b));
      --_border: var(--cramp-color-border, light-dark(#6b7480, #8d98a5));
      --_focus: var(--cramp-color-focus, light-dark(#1a56c4, #9ccaff));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;

/** What every element shares: host box, themes, font, focus ring, resets. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--cramp-color-text, inherit);
    font-family: var(--cramp-font-family, inherit);
    font-size: var(--cramp-font-size, inherit);
    line-height: var(--cramp-line-height, 1.5);
    /* A word too long for a narrow screen at large text breaks, in a flex or grid item too
       (break-word would not shrink the item, and the page would scroll sideways). */
    overflow-wrap: anywhere;
    /* The page's font comes in; layout-breaking text settings do not. */
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    color: var(--_text);
    background: var(--_surface);
    /* With its own background, the content needs room from the edge. */
    padding: var(--_space-m);
    border-radius: var(--_radius);
  }
  /* Without a theme the text and background are the page's: boxes are see-through,
     and muted text, borders and tints are mixed from the text colour, so they keep
     their contrast on any page colour. Where color-mix() is unknown, they are the
     text colour itself and no tint: plainer, but readable on any page. */
  :host(:not([theme='light'], [theme='dark'], [theme='auto'])) {
    --_surface: var(--cramp-color-surface, transparent);
    --_muted: var(--cramp-color-text-muted, currentColor);
    --_border: var(--cramp-color-border, currentColor);
    --_surface-alt: var(--cramp-color-surface-alt, transparent);
  }
  @supports (color: color-mix(in srgb, red, blue)) {
    :host(:not([theme='light'], [theme='dark'], [theme='auto'])) {
      --_muted: var(--cramp-color-text-muted, color-mix(in srgb, currentColor 80%, transparent));
      --_border: var(--cramp-color-border, color-mix(in srgb, currentColor 62%, transparent));
      --_surface-alt: var(--cramp-color-surface-alt, color-mix(in srgb, currentColor 5%, transparent));
    }
  }
  /* Not inherited from the host: a page-wide box-sizing rule reaches the
     host, and would otherwise push padded boxes out of it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  /* Action buttons (checklist, stretch timer, routine). */
  .btn {
    min-block-size: 44px;
    min-inline-size: 6em;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  /* Every element's layout: blocks spaced evenly, its own margins on text. */
  .base > * + * {
    margin-block-start: var(--_space-m);
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  .title {
    font-size: 1.5em;
  }
  .sources {
    font-size: 0.9375em;
  }
  /* The "get help" lines of an element used alone, before its footer: as plain as the text, set off by a bar. */
  .get-help {
    border-inline-start: 4px solid var(--_border, currentColor);
    padding-inline-start: var(--_space-s);
  }
  .get-help > * + * {
    margin-block-start: var(--_space-s);
  }
  /* The footer of an element used alone: sources, review date, not a diagnosis. */
  .footer {
    font-size: 0.9375em;
    border-block-start: 1px solid var(--_border, currentColor);
    padding-block-start: var(--_space-s);
  }
  .footer > * + * {
    margin-block-start: var(--_space-s);
  }
  .footer .sources {
    font-size: inherit;
  }
  /* "Less certain", beside a cause the evidence links less surely. */
  .badge {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.4;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    vertical-align: 0.1em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Words for a reader whose browser runs no scripts (a server-rendered page): never shown once scripts run. */
  .no-script {
    display: none;
  }
  @media (scripting: none) {
    .no-script {
      display: block;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
