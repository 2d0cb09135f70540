import { html, type TemplateResult } from 'lit';

/**
 * The "Less certain" badge after a cause's name, with a comma before it that
 * only screen readers get: they pause, and do not read it as part of the name.
 */
export const lessCertainBadge = (label: string, separator: string): TemplateResult =>
  html`<span class="visually-hidden">${separator}</span> <span part="badge" class="badge">${label}</span>`;
