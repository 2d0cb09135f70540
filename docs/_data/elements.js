/**
 * Every element, from the registry (src/elements/registry.json: order, the
 * attributes of its example) and the manifest (custom-elements.json, made by
 * `npm run build`: what it shows and its whole API). An element added to the
 * registry gets its page, its tables and its snippets with no edit here.
 */
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const registry = read('src/elements/registry.json');
const manifest = read('custom-elements.json');
const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, module: mod.path })));

/** The element class every element extends: its tokens are the system tokens. */
const base = declarations.find((d) => d.name === 'CrampElement');
const systemTokens = new Set((base?.cssProperties ?? []).map((t) => t.name));

const lifted = (part) => /^Lifted out of /.test(part.description ?? '');
const isPublic = (m) => !m.static && !m.privacy && !m.name.startsWith('_') && !m.name.startsWith('#');

/** The values a type allows, when it is a list of literals (`"a" | "b"`, `IdList<"a" | "b">`). */
function valuesOf(typeText = '') {
  const inner = /^IdList<(.*)>$/.exec(typeText)?.[1] ?? typeText;
  const parts = inner.split('|').map((s) => s.trim());
  const strings = parts.filter((p) => /^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
  const numbers = parts.filter((p) => /^\d+$/.test(p));
  return { list: inner !== typeText, values: [...new Set([...numbers, ...strings])] };
}

export default registry.map(({ tag, example, budget }) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is in the registry but not in custom-elements.json: run npm run build`);
  const events = d.events ?? [];
  const fields = (d.members ?? []).filter((m) => isPublic(m) && m.kind === 'field');
  const methods = (d.members ?? []).filter((m) => isPublic(m) && m.kind === 'method');
  return {
    tag,
    className: d.name,
    entry: `cramp-kit/${tag}.js`,
    summary: d.summary ?? '',
    description: d.description ?? '',
    example: example ?? '',
    budget,
    attributes: (d.attributes ?? []).map((a) => ({ ...a, ...valuesOf(a.type?.text), inherited: Boolean(a.inheritedFrom) })),
    properties: fields.map((f) => ({ ...f, attribute: (d.attributes ?? []).find((a) => a.fieldName === f.name)?.name })),
    methods,
    events,
    slots: d.slots ?? [],
    parts: (d.cssParts ?? []).filter((p) => !lifted(p)),
    liftedParts: (d.cssParts ?? []).filter(lifted),
    tokens: (d.cssProperties ?? []).filter((t) => !systemTokens.has(t.name)),
    firstEvent: events[0]?.name,
  };
});
