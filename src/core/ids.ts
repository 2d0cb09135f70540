/** An attribute or property as text: frameworks may pass a number, null or anything else; only text and numbers count. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/**
 * Parses a space- or comma-separated id list attribute against the valid ids,
 * in the order given, without duplicates. Unknown ids are returned apart so the
 * caller can name them in a warning.
 */
export function parseIds<T extends string>(
  value: string | readonly string[] | null | undefined,
  valid: readonly T[],
): { ids: T[]; unknown: string[] } {
  const ids: T[] = [];
  const unknown: string[] = [];
  for (const token of (typeof value === 'string' ? value : (value ?? []).join(' ')).split(/[\s,]+/)) {
    if (!token) continue;
    const id = token.toLowerCase();
    if ((valid as readonly string[]).includes(id)) {
      if (!ids.includes(id as T)) ids.push(id as T);
    } else if (!unknown.includes(token)) {
      unknown.push(token);
    }
  }
  return { ids, unknown };
}

/** The index that a roving-focus key moves to, or -1 for other keys. */
export function rovingIndex(key: string, current: number, count: number, prev: string, next: string): number {
  switch (key) {
    case prev:
      return (current - 1 + count) % count;
    case next:
      return (current + 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return -1;
  }
}
