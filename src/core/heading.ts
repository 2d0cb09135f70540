import { html, nothing, type TemplateResult } from 'lit';

/** 2 to 6 are `<h2>`-`<h6>`; 7 to 9, for parts nested deeper, are `<h6>` with `aria-level`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** A heading level `steps` below `level`, never deeper than 9. */
export const deeper = (level: HeadingLevel, steps = 1): HeadingLevel => Math.min(9, level + steps) as HeadingLevel;

/**
 * A real `<h2>`-`<h6>` at a level chosen at run time. Lit cannot bind a tag
 * name, and five small templates cost less than lit's static-html module.
 * HTML stops at six: deeper headings are `<h6>` that say their true level
 * (`aria-level`), so a screen reader still tells a child from its parent.
 */
export function heading(level: HeadingLevel, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    case 6:
    case 7:
    case 8:
    case 9:
      return html`<h6 part=${part} class=${part} aria-level=${level > 6 ? level : nothing}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
  }
}
