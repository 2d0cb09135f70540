/**
 * From custom-elements.json, writes what editors and frameworks need:
 * - dist/vscode.html-custom-data.json: tags and attributes for VS Code's HTML support;
 * - dist/jsx.d.ts: React JSX IntrinsicElements for every element;
 * - dist/vue.d.ts: Vue GlobalComponents for every element.
 * Run by `npm run build`, after the manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());
const values = (type) => [...(type ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
/** A manifest type as TypeScript (without `undefined`), falling back to string. */
const tsType = (type) => {
  const parts = (type ?? '')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'undefined');
  const text = [...new Set(parts)].join(' | ');
  // Names, numbers and quoted values (ids such as "wall-calf"): anything else is left as string.
  return text && /^(?:[\w\s|]|"[\w\s-]*")+$/.test(text) ? text : 'string';
};

// VS Code custom data.
writeFileSync(
  new URL('dist/vscode.html-custom-data.json', root),
  `${JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((el) => ({
        name: el.tagName,
        description: el.summary ?? el.description ?? '',
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          ...(values(a.type?.text).length ? { values: values(a.type.text).map((name) => ({ name })) } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`,
);

/**
 * Settable properties that are not attributes (frameworks set them as
 * properties). The manifest cannot tell these from internal state, so they
 * are listed here.
 */
const PROPERTIES = { 'cramp-risk-checklist': { value: 'readonly string[]' } };
const props = (el) =>
  Object.entries(PROPERTIES[el.tagName] ?? {})
    .map(([name, type]) => `      ${JSON.stringify(name)}?: ${type};`)
    .join('\n');

const header = `// Generated from custom-elements.json by scripts/generate-integrations.mjs. Do not edit.\n`;
/** Event detail types the JSDoc names (CustomEvent<CauseToggleDetail>): each defined once, in the code. */
const details = [
  ...new Set(elements.flatMap((el) => (el.events ?? []).map((e) => /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1]).filter(Boolean))),
].sort();
const imports = `import type { ${elements.map((el) => el.name).join(', ')} } from './index.js';
import type { ${details.join(', ')} } from './content.js';\n`;
const attrs = (el, keyOf) =>
  (el.attributes ?? []).map((a) => `      ${JSON.stringify(keyOf(a.name))}?: ${tsType(a.type?.text)};`).join('\n');
const events = (el, keyOf) =>
  (el.events ?? [])
    .filter((e) => e.type?.text?.startsWith('CustomEvent<'))
    .map((e) => `      ${JSON.stringify(keyOf(e.name))}?: (event: ${e.type.text}) => void;`)
    .join('\n');

// React 19: attributes as props, events as on<event-name> props.
writeFileSync(
  new URL('dist/jsx.d.ts', root),
  `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (el) => `    ${JSON.stringify(el.tagName)}: DetailedHTMLProps<HTMLAttributes<${el.name}>, ${el.name}> & {
${[attrs(el, (n) => n), props(el), events(el, (n) => `on${n}`)].filter(Boolean).join('\n')}
    };`,
  )
  .join('\n')}
    }
  }
}
`,
);

// Vue 3: attributes as props, events as on<EventName> props (Vue's @event-name).
writeFileSync(
  new URL('dist/vue.d.ts', root),
  `${header}import type { DefineComponent } from 'vue';
${imports}
declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (el) => `    ${JSON.stringify(el.tagName)}: DefineComponent<{
${[attrs(el, camel), props(el), events(el, (n) => `on${pascal(n)}`)].filter(Boolean).join('\n')}
    }>;`,
  )
  .join('\n')}
  }
}
`,
);

console.log(`integrations: ${String(elements.length)} elements in VS Code custom data, JSX and Vue types`);
