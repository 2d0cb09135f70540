import { html, type TemplateResult } from 'lit';
import { asText } from './ids.js';

/** Digits, with an optional leading +, spaces and dashes; at least one digit. */
const NUMBER = /^\+?[\d\s-]*\d[\d\s-]*$/;

/**
 * The emergency number a site set (a string, or a number from a framework),
 * or "" when it set none or set something that is not a phone number, which
 * `warn` is told about.
 */
export function checkedNumber(raw: unknown, warn: (message: string) => void): string {
  const value = asText(raw);
  if (!value || NUMBER.test(value)) return value;
  warn(
    `emergency-number="${value.slice(0, 40)}" is not a phone number (use digits, +, spaces and dashes); showing "your local emergency number".`,
  );
  return '';
}

/**
 * `text` with `{number}` as a call link to `number`, or as `local` ("your
 * local emergency number") when the site set none.
 */
export function withNumber(text: string, number: string, local: string): TemplateResult | string {
  const [before, after] = text.split('{number}');
  if (after === undefined) return text;
  const shown = number ? html`<a part="number" class="number" href="tel:${number.replace(/[\s-]/g, '')}">${number}</a>` : local;
  return html`${before}${shown}${after}`;
}

/** The same, as plain text (for a copied summary). */
export const numberText = (text: string, number: string, local: string): string => text.replace('{number}', number || local);
