import type { HeadingLevel } from './heading.js';
import { parseDate } from './dates.js';
import { asText } from './ids.js';

/**
 * Reading a property as its attribute would give it, where it is read.
 * Frameworks set properties with numbers, lists, booleans and null: text
 * stays text, a number is its digits, a list its items joined by spaces.
 * Blank text, an empty list, and a 0 with no attribute (`written`) to say so
 * mean "not set": what an empty attribute gives, and what Vue sets when a
 * binding becomes null. Anything else (an object, a boolean for text) is
 * ignored for the default, with a warning that names the attribute. Pure:
 * the caller says how to warn.
 */
export function propertyText(
  value: unknown,
  written: string | null,
  attribute: string,
  property: string,
  warn: (message: string) => void,
): string | undefined {
  if (value == null || (value === 0 && !written?.trim())) return undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number') return String(value);
  const list = Array.isArray(value);
  if (list && (value as unknown[]).every((item) => typeof item === 'string' || typeof item === 'number')) {
    const text = value.join(' ');
    return text.trim() ? text : undefined;
  }
  const kind = list
    ? 'a list with items that are not text or numbers'
    : typeof value === 'boolean'
      ? 'true or false'
      : `a value of type ${typeof value}`;
  warn(`${attribute} (property ${property}): ignored ${kind} (give text, a number or a list of them); using the default.`);
  return undefined;
}

/**
 * `heading-level` checked: 2 to 9, and room below it for the `depth` levels
 * an element nests inside its top heading (9 is the deepest a screen reader
 * tells apart). Else the nearest level that fits, with a warning.
 */
export function headingLevel(text: string | undefined, depth: number, tag: string, warn: (message: string) => void): HeadingLevel {
  if (text === undefined) return 2;
  const n = Number(text.trim());
  const deepest = 9 - depth;
  // 7 to 9: an <h6> that says its level, where the element sits deep in a page's outline (or in the guide).
  if (Number.isInteger(n) && n >= 2 && n <= deepest) return n as HeadingLevel;
  if (Number.isInteger(n) && n > deepest && n <= 9) {
    warn(
      `heading-level="${text}" leaves no room for the ${String(depth)} heading levels inside <${tag}> (9 is the deepest); using ${String(deepest)}.`,
    );
    return deepest as HeadingLevel;
  }
  const level = (Number.isFinite(n) ? Math.min(deepest, Math.max(2, Math.round(n))) : 2) as HeadingLevel;
  warn(`heading-level="${text}" is not a whole number from 2 to 9; using ${String(level)}.`);
  return level;
}

/** A site's reviewer: their name, and the date they checked, if it is a date. */
export interface Reviewer {
  name: string;
  iso: string;
}

/** `reviewed-by` and `reviewed-on` checked: null without a name. */
export function reviewer(by: unknown, on: unknown, warn: (message: string) => void): Reviewer | null {
  const name = asText(by).slice(0, 200);
  const iso = asText(on);
  if (!name) {
    if (iso) warn('reviewed-on is ignored without reviewed-by (who reviewed the content).');
    return null;
  }
  const valid = iso !== '' && parseDate(iso) !== null;
  if (iso && !valid) warn(`reviewed-on="${iso.slice(0, 40)}" is not a date written YYYY-MM-DD; the date is left out.`);
  return { name, iso: valid ? iso : '' };
}

/**
 * For a property that Lit writes back to its attribute (`reflect`): the
 * attribute its value gives, read the same way, or none (blank, or a value
 * that is not text, a number or a list of them, which the reader warns of).
 */
export const reflectText = {
  toAttribute: (value: unknown): string | null => propertyText(value, 'written', '', '', () => undefined) ?? null,
};

/**
 * A property a page set before cramp-kit defined the element (a script that ran before the bundle) is an own property
 * that would hide the class's accessor for good: it is taken off and set again, through the accessor. Lit does this for
 * its reactive properties; this is for an element's own accessors (`value`).
 */
export function upgradeProperty(el: object, key: string): void {
  if (!Object.prototype.hasOwnProperty.call(el, key)) return;
  const value: unknown = Reflect.get(el, key);
  Reflect.deleteProperty(el, key);
  Reflect.set(el, key, value);
}
