/**
 * JSON written by hand: plain arrays, objects, text, numbers and booleans,
 * with no `toJSON` asked for. A page that patched `Array.prototype.toJSON`
 * (old Prototype.js turns arrays into strings that way) cannot change it.
 * Anything else (undefined, functions) is left out, as JSON.stringify does.
 */
export function toJson(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item: unknown) => toJson(item) ?? 'null').join(',')}]`;
      const fields: string[] = [];
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const text = toJson(item);
        if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${fields.join(',')}}`;
    }
    default:
      return undefined;
  }
}
