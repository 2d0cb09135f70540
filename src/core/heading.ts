import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading level `steps` below `level`, never deeper than 6. */
export const deeper = (level: HeadingLevel, steps = 1): HeadingLevel =>
  Math.min(6, level + steps) as HeadingLevel;

/**
 * A real `<h2>`-`<h6>` at a level chosen at run time. Lit cannot bind a tag
 * name, and five small templates cost less than lit's static-html module.
 */
export function heading(
  level: HeadingLevel,
  part: string,
  content: unknown,
): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
  }
}
