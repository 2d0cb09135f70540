import { html, type TemplateResult } from 'lit';

/** Digits, with an optional leading +, spaces and dashes; at least one digit. */
const NUMBER = /^\+?[\d\s-]*\d[\d\s-]*$/;

/**
 * The emergency number a site set (a string, or a number from a framework),
 * or "" when it set none; `bad` is what it set that is not a phone number.
 */
export function parseNumber(raw: unknown): { number: string; bad: string } {
  const value = (typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '').trim();
  const number = NUMBER.test(value) ? value : '';
  return { number, bad: value && !number ? value.slice(0, 40) : '' };
}

/**
 * `text` with `{number}` as a call link to `number`, or as `local` ("your
 * local emergency number") when the site set none.
 */
export function withNumber(text: string, number: string, local: string): TemplateResult | string {
  const [before, after] = text.split('{number}');
  if (after === undefined) return text;
  const shown = number
    ? html`<a part="number" class="number" href="tel:${number.replace(/[\s-]/g, '')}">${number}</a>`
    : local;
  return html`${before}${shown}${after}`;
}

/** The same, as plain text (for a copied summary). */
export const numberText = (text: string, number: string, local: string): string => text.replace('{number}', number || local);
