export function minifyTemplates(code: string): string;
export function minifyLiterals(options?: { include?: RegExp }): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
