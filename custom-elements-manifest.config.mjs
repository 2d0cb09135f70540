/**
 * custom-elements.json, generated from the JSDoc on each element, then made
 * exact by one plugin:
 *
 * - Enumerated attributes and their properties get union types taken from the
 *   code's own lists (src/content/types.ts, built to dist/ before this runs),
 *   so a misspelled layout, theme or stretch is a type error in React and Vue,
 *   and numeric attributes take numbers as well as their text.
 * - Only the public API is listed: attributes' properties, documented fields
 *   and methods. Internal reactive state (what a constructor sets, such as
 *   `expanded` or `announcement`) and static fields are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CAUSE_IDS, GUIDE_SECTIONS, HEADING_LEVELS, LAYOUTS, STRETCH_IDS, THEMES } from './dist/content/types.js';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const union = (values) => values.map((value) => JSON.stringify(value)).join(' | ');
/** A list attribute: its ids as text apart by spaces, or an array of them (IdList in src/content/types.ts). */
const list = (ids) => `IdList<${union(ids)}>`;

/** Attribute name: its type, for the attribute and the property behind it, as src/content/types.ts writes it. */
const TYPES = {
  theme: union(THEMES),
  layout: union(LAYOUTS),
  stretch: union(STRETCH_IDS),
  open: list(CAUSE_IDS),
  causes: list(CAUSE_IDS),
  stretches: list(STRETCH_IDS),
  sections: list(GUIDE_SECTIONS),
  'heading-level': `${HEADING_LEVELS.join(' | ')} | ${union(HEADING_LEVELS.map(String))}`,
  hold: 'number | `${number}`',
  reps: 'number | `${number}`',
  'emergency-number': 'string | number',
};

function exactTypes() {
  return {
    name: 'cramp-kit-exact-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          const backed = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
          for (const attribute of declaration.attributes ?? []) {
            if (TYPES[attribute.name]) attribute.type = { text: TYPES[attribute.name] };
            // The global lang attribute: HTMLElement's own lang property is behind it.
            if (attribute.name === 'lang') attribute.fieldName ??= 'lang';
          }
          declaration.members = (declaration.members ?? []).filter((member) => {
            if (member.static || member.privacy === 'private' || member.privacy === 'protected') return false;
            if (member.kind === 'method') return true;
            // A field is public API when an attribute is behind it, or when it is documented (value, state).
            return backed.has(member.name) || Boolean(member.description);
          });
          for (const member of declaration.members) {
            const attribute = (declaration.attributes ?? []).find((a) => a.fieldName === member.name);
            if (attribute && TYPES[attribute.name]) member.type = { text: TYPES[attribute.name] };
          }
        }
      }
    },
  };
}

/**
 * The framework plugins read the manifest in two ways of their own: an event's
 * type is its detail (the manifest, like the schema, has the event:
 * `CustomEvent<CauseToggleDetail>`), and every field is a settable property
 * (`state` is read-only: React would throw setting it). React and Vue also
 * take camelCase property names (`headingLevel`). Each plugin gets a
 * copy of the manifest read their way; custom-elements.json stays as it is.
 */
/**
 * custom-element-svelte-integration 1.2 writes two JSX types into Svelte's
 * file (children, style), which do not exist there: Svelte's own types
 * instead. It types Svelte 4's listeners only (on:event): Svelte 5's event
 * attributes (onevent) are added beside them. Fails the build if the text
 * changes, so a fixed plugin is noticed.
 */
function svelteOwnTypes() {
  return {
    name: 'cramp-kit-svelte-own-types',
    packageLinkPhase() {
      const file = new URL('dist/svelte.d.ts', import.meta.url);
      const fixes = [
        ['children?: JSX.Element;', "children?: import('svelte').Snippet;"],
        ['style?: JSX.CSSProperties;', 'style?: string;'],
      ];
      let text = readFileSync(file, 'utf8');
      for (const [from, to] of fixes) {
        if (!text.includes(from))
          throw new Error(`svelte.d.ts no longer has "${from}": check the Svelte plugin's output and drop this fix`);
        text = text.replace(from, to);
      }
      // Svelte 5 listens with event attributes (oncramp-stretch-complete); on:cramp-… is Svelte 4's way, kept too.
      const listener = /^(\s*)"on:(cramp-[a-z-]+)"(\?: .*)$/gm;
      if (!listener.test(text)) throw new Error('svelte.d.ts has no "on:cramp-…" listener: check the Svelte plugin\'s output');
      text = text.replace(listener, '$1"on:$2"$3\n$1"on$2"$3');
      writeFileSync(file, text);
    },
  };
}

function frameworkView(plugin, { camelCase = false, propertiesAsAttributes = false } = {}) {
  return {
    name: `${plugin.name}-view`,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      const view = structuredClone(customElementsManifest);
      for (const declaration of view.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          // Named by an import type, as the plugins would otherwise import a detail once per element using it.
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type = { text: `import('./index.js').${detail}` };
        }
        if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
        // Svelte sets a property whenever the element has one, but its plugin lists attributes only: list `value` as one.
        for (const member of propertiesAsAttributes ? (declaration.members ?? []) : []) {
          if (member.kind === 'field' && !member.attribute && !declaration.attributes?.some((a) => a.fieldName === member.name)) {
            (declaration.attributes ??= []).push({ name: member.name, fieldName: member.name, description: member.description });
          }
        }
        // React 19 and Vue also set a property by its camelCase name (headingLevel): list it beside the attribute.
        for (const member of camelCase ? (declaration.members ?? []) : []) {
          if (member.attribute && member.attribute !== member.name) delete member.attribute;
        }
      }
      plugin.packageLinkPhase({ customElementsManifest: view, ...rest });
    },
  };
}

/**
 * Types for frameworks, each element's props typed from the element class
 * itself (`CrampStretchCard['stretch']` is the StretchId union), so nothing
 * is written twice. Paths are relative to dist/, where the files land.
 */
const typed = { outdir: 'dist', hideLogs: true, globalTypePath: './index.js' };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    exactTypes(),
    // JetBrains IDEs (WebStorm): dist/web-types.json. VS Code: dist/vscode.html-custom-data.json and vscode.css-custom-data.json (the custom properties).
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true }),
    customElementVsCodePlugin({ outdir: 'dist', hideLogs: true }),
    // React 19, Preact and other JSX: dist/jsx.d.ts. Vue 3: dist/vue.d.ts. Svelte 5: dist/svelte.d.ts. Solid: dist/solid.d.ts.
    frameworkView(customElementJsxPlugin({ ...typed, fileName: 'jsx.d.ts' }), { camelCase: true }),
    frameworkView(customElementVuejsPlugin({ ...typed, fileName: 'vue.d.ts' }), { camelCase: true }),
    frameworkView(customElementSveltePlugin({ ...typed, fileName: 'svelte.d.ts' }), { propertiesAsAttributes: true }),
    svelteOwnTypes(),
    frameworkView(customElementSolidJsPlugin({ ...typed, fileName: 'solid.d.ts' })),
  ],
};
