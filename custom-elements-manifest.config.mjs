/**
 * custom-elements.json, generated from the JSDoc on each element and the
 * TypeScript types of its properties, then made exact by one plugin:
 *
 * - Each property's type names the code's own types (Layout, StretchId,
 *   IdList<CauseId>, NumberValue...). They are written out here from the lists
 *   they are made of (src/content/types.ts, built to dist/ before this runs),
 *   so the manifest says `"accordion" | "tabs" | "cards"`, not `Layout`.
 *   Editors (VS Code, JetBrains) get each attribute's values as a plain list
 *   (`editorType`).
 * - Only the public API is listed: attributes' properties, documented fields
 *   and methods. Internal reactive state (what a constructor sets, such as
 *   `expanded` or `announcement`) and static fields are left out.
 * - Each event's type is `CustomEvent<Detail>`, its detail type taken from
 *   CrampEventDetails (src/events/index.ts), where it is written once.
 * - The parts that the routine and the guide lift out of the elements inside
 *   them (`exportparts`: `card-title`, `causes-title`...) are listed as theirs.
 *
 * The editor data (VS Code's custom data, JetBrains' web-types) links each
 * element, attribute and event to its page on the site (scripts/doc-urls.mjs),
 * and lists each token and part once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { docUrl } from './scripts/doc-urls.mjs';
import { ABOUT_IDS, CAUSE_IDS, GUIDE_SECTIONS, HEADING_LEVELS, LAYOUTS, RISK_IDS, STRETCH_IDS, THEMES } from './dist/content/types.js';
import { TIMER_STATES } from './dist/content.js';
import { GUIDE_EXPORTS } from './dist/elements/cramp-guide/cramp-guide.js';
import { CARD_EXPORTS } from './dist/elements/cramp-stretch-routine/cramp-stretch-routine.js';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const union = (values) => values.map((value) => JSON.stringify(value)).join(' | ');

/** The code's named types (src/content/types.ts), each made of one of its lists. */
const NAMED = {
  Theme: union(THEMES),
  Layout: union(LAYOUTS),
  StretchId: union(STRETCH_IDS),
  CauseId: union(CAUSE_IDS),
  GuideSection: union(GUIDE_SECTIONS),
  ChecklistItemId: union([...ABOUT_IDS, ...RISK_IDS]),
  HeadingLevelValue: `${HEADING_LEVELS.join(' | ')} | ${union(HEADING_LEVELS.map(String))}`,
  NumberValue: 'number | `${number}`',
  TimerState: union(TIMER_STATES),
};
const named = new RegExp(`\\b(${Object.keys(NAMED).join('|')})\\b(\\[\\])?`, 'g');

/** A type as the code writes it, with the code's names written out: `IdList<CauseId> | undefined` → `IdList<"dehydration" | ...>`. */
const written = (text, { optional = true } = {}) => {
  const out = text.replace(named, (_, name, list) => (list ? `(${NAMED[name]})[]` : NAMED[name]));
  return optional ? out : out.replace(/ \| undefined$/, '');
};

/** The values an editor offers: the quoted ones (ids in a list too); none for a number. */
const editorValues = (text) => {
  const quoted = [...new Set([...text.matchAll(/"([^"]*)"/g)].map((m) => m[0]))];
  return quoted.length ? quoted.join(' | ') : text.replace(/ \| `\$\{number\}`/, '');
};

/** The parts lifted out with `exportparts` ("title:causes-title,..."), as the lifting element's own. */
const liftedParts = (exportparts, from) =>
  exportparts.split(',').map((pair) => {
    const [inner, outer] = pair.split(':');
    return { name: outer, description: `Lifted out of ${from}: its part \`${inner}\`.` };
  });
const LIFTED = {
  'cramp-stretch-routine': liftedParts(CARD_EXPORTS, 'the stretch card'),
  'cramp-guide': Object.entries(GUIDE_EXPORTS).flatMap(([section, exportparts]) =>
    liftedParts(exportparts, `the ${section} section's element`),
  ),
};

/**
 * Each event's detail type, from its one definition: CrampEventDetails in
 * src/events/index.ts (the JSDoc @event tags name the event, not its type).
 */
const eventsSource = readFileSync(new URL('src/events/index.ts', import.meta.url), 'utf8');
const DETAILS = Object.fromEntries(
  [...(/interface CrampEventDetails \{([^}]*)\}/.exec(eventsSource)?.[1] ?? '').matchAll(/'(cramp-[a-z-]+)': (\w+);/g)].map((m) => [
    m[1],
    m[2],
  ]),
);
if (!Object.keys(DETAILS).length) throw new Error('src/events/index.ts: no CrampEventDetails entries found');

function exactTypes() {
  return {
    name: 'cramp-kit-exact-types',
    packageLinkPhase({ customElementsManifest }) {
      // Modules in path order, so every file made from the manifest lists the elements in one order (A to Z), whatever
      // order the file system gave the glob: in a copy with one more element, it gave another.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // `defer-hydration` is the server renderer's word to an element inside another (core/base.ts), not a site's.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => a.name !== 'defer-hydration');
          if (!declaration.tagName) continue;
          const backed = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
          for (const attribute of declaration.attributes ?? []) {
            // The global lang attribute: HTMLElement's own lang property is behind it.
            if (attribute.name === 'lang') attribute.fieldName ??= 'lang';
            if (!attribute.type?.text) continue;
            attribute.type = { text: written(attribute.type.text, { optional: false }) };
            attribute.editorType = { text: editorValues(attribute.type.text) };
          }
          declaration.members = (declaration.members ?? []).filter((member) => {
            if (member.static || member.privacy === 'private' || member.privacy === 'protected') return false;
            if (member.kind === 'method') return true;
            // A field is public API when an attribute is behind it, or when it is documented (value, state).
            return backed.has(member.name) || Boolean(member.description);
          });
          for (const member of declaration.members) if (member.type?.text) member.type = { text: written(member.type.text) };
          for (const event of declaration.events ?? []) {
            if (!DETAILS[event.name])
              throw new Error(
                `<${declaration.tagName}> documents @event ${event.name}, which CrampEventDetails (src/events/index.ts) does not define`,
              );
            event.type = { text: `CustomEvent<${DETAILS[event.name]}>` };
          }
          if (LIFTED[declaration.tagName]) declaration.cssParts = [...(declaration.cssParts ?? []), ...LIFTED[declaration.tagName]];
        }
      }
    },
  };
}

const DOCUMENTATION = 'Documentation';

/**
 * The manifest with each custom property and part kept once, on the first
 * element that has it: the editors' CSS lists are made from every element's,
 * which repeat the system tokens (seven times each) and parts such as `title`.
 * A part that means something else on each element says so, element by element.
 */
function cssOnce(customElementsManifest) {
  const view = structuredClone(customElementsManifest);
  const declarations = view.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
  for (const key of ['cssProperties', 'cssParts']) {
    const first = new Map();
    for (const declaration of declarations) {
      declaration[key] = (declaration[key] ?? []).filter((entry) => {
        const kept = first.get(entry.name);
        if (!kept) {
          first.set(entry.name, { entry, by: [[declaration.tagName, entry.description]] });
          return true;
        }
        kept.by.push([declaration.tagName, entry.description]);
        return false;
      });
    }
    for (const { entry, by } of first.values()) {
      const tagsBy = new Map();
      for (const [tag, description] of by) tagsBy.set(description, [...(tagsBy.get(description) ?? []), `<${tag}>`]);
      if (tagsBy.size > 1) entry.description = [...tagsBy].map(([description, on]) => `${on.join(', ')}: ${description}`).join('\n');
    }
  }
  return view;
}

/** VS Code's HTML and CSS data and JetBrains' web-types, in dist/, made by their libraries and linked to the site. */
function editorData() {
  const reference = (url) => [{ name: DOCUMENTATION, url }];
  const vsCode = { typesSrc: 'editorType', referencesTemplate: (_, tag) => reference(docUrl.element(tag)) };
  const jetBrains = { typesSrc: 'editorType', referenceTemplate: (_, tag) => reference(docUrl.element(tag))[0] };
  const write = (name, data) => writeFileSync(new URL(`dist/${name}`, import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
  return {
    name: 'cramp-kit-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const once = cssOnce(customElementsManifest);

      const html = JSON.parse(getVsCodeHtmlCustomData(customElementsManifest, vsCode));
      for (const tag of html.tags)
        for (const attribute of tag.attributes) attribute.references = reference(docUrl.attribute(tag.name, attribute.name));
      write('vscode.html-custom-data.json', html);
      write('vscode.css-custom-data.json', JSON.parse(getVsCodeCssCustomData(once, vsCode)));

      const webTypes = JSON.parse(getWebTypesData(customElementsManifest, jetBrains));
      for (const element of webTypes.contributions.html.elements) {
        for (const attribute of element.attributes) attribute['doc-url'] = docUrl.attribute(element.name, attribute.name);
        for (const event of [...element.events, ...element.js.events]) event['doc-url'] = docUrl.event(element.name, event.name);
      }
      webTypes.contributions.css = JSON.parse(getWebTypesData(once, jetBrains)).contributions.css;
      write('web-types.json', webTypes);
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

/**
 * One import types the tags in a framework's templates: `import type {} from
 * 'cramp-kit/react'` (or preact, solid, svelte; Vue's plugin does it itself)
 * adds each element, its props from the plugins' file and the framework's own
 * HTML attributes, to the framework's list of elements, as the README's block
 * to paste used to. React and Preact get files of their own over jsx.d.ts;
 * Solid's and Svelte's are added to the plugins' files, which still export
 * `CustomElements` for a block of one's own. React's, Solid's and Svelte's
 * tags are the blocks the README had (so an app that keeps its block still
 * compiles: the two are the same type). Preact's attributes take a few props
 * every element has (`style`, `ref`, `children`...) from Preact's own types,
 * and an element's own props (`open`, `value`) from the element's.
 */
const intersect = (html) => `{ [Tag in keyof CustomElements]: CustomElements[Tag] & ${html} }`;
const AUGMENT = {
  'react.d.ts': {
    types: './jsx.js',
    imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    tags: intersect('DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>'),
    into: "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CrampTags {}\n  }\n}",
  },
  'preact.d.ts': {
    types: './jsx.js',
    imports: "import type { JSX } from 'preact';",
    tags: `{
  [Tag in keyof CustomElements]: Omit<JSX.HTMLAttributes<HTMLElementTagNameMap[Tag]>, Exclude<keyof CustomElements[Tag], Shared>> &
    Omit<CustomElements[Tag], keyof JSX.HTMLAttributes & Shared>;
};
/** The props every element has. */
type Shared = keyof CustomElements[keyof CustomElements]`,
    into: "declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements extends CrampTags {}\n  }\n}",
  },
  'solid.d.ts': {
    tags: intersect('JSX.HTMLAttributes<HTMLElementTagNameMap[Tag]>'),
    into: "declare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CrampTags {}\n  }\n}",
  },
  'svelte.d.ts': {
    tags: intersect("import('svelte/elements').HTMLAttributes<HTMLElementTagNameMap[Tag]>"),
    into: "declare module 'svelte/elements' {\n  interface SvelteHTMLElements extends CrampTags {}\n}",
  },
};

function oneImport() {
  return {
    name: 'cramp-kit-one-import',
    packageLinkPhase() {
      for (const [name, { types, imports, tags, into }] of Object.entries(AUGMENT)) {
        const file = new URL(`dist/${name}`, import.meta.url);
        const head = types
          ? `/** \`import type {} from 'cramp-kit/${name.slice(0, -5)}'\`: the cramp-kit tags, typed in this framework's JSX. */\n${imports}\nimport type { CustomElements } from '${types}';\nexport type * from '${types}';\n`
          : `${readFileSync(file, 'utf8')}\n`;
        writeFileSync(
          file,
          `${head}\ntype CrampTags = ${tags};\n\n/* eslint-disable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type */\n${into}\n`,
        );
      }
    },
  };
}

function frameworkView(plugin, { camelCase = false, propertiesAsAttributes = false, pascalEvents = false } = {}) {
  return {
    name: `${plugin.name}-view`,
    packageLinkPhase({ customElementsManifest, ...rest }) {
      const view = structuredClone(customElementsManifest);
      for (const declaration of view.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          // Named by an import type, as the plugins would otherwise import a detail once per element using it.
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type = { text: `import('./index.js').${detail}` };
          // Vue listens to @cramp-cause-toggle through the prop onCrampCauseToggle.
          if (pascalEvents) event.name = event.name.replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase());
        }
        if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
        // Svelte sets a property whenever the element has one, but its plugin lists attributes only: list `value` as one.
        for (const member of propertiesAsAttributes ? (declaration.members ?? []) : []) {
          if (member.kind === 'field' && !member.attribute && !declaration.attributes?.some((a) => a.fieldName === member.name)) {
            (declaration.attributes ??= []).push({ name: member.name, fieldName: member.name, description: member.description });
            member.attribute = member.name; // listed once, as an attribute (not also as bind:value)
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
    editorData(),
    // React 19, Preact and other JSX: dist/jsx.d.ts. Vue 3: dist/vue.d.ts. Svelte 5: dist/svelte.d.ts. Solid: dist/solid.d.ts.
    frameworkView(customElementJsxPlugin({ ...typed, fileName: 'jsx.d.ts' }), { camelCase: true }),
    frameworkView(customElementVuejsPlugin({ ...typed, fileName: 'vue.d.ts' }), { camelCase: true, pascalEvents: true }),
    frameworkView(customElementSveltePlugin({ ...typed, fileName: 'svelte.d.ts' }), { propertiesAsAttributes: true }),
    svelteOwnTypes(),
    frameworkView(customElementSolidJsPlugin({ ...typed, fileName: 'solid.d.ts' }), { propertiesAsAttributes: true }),
    // React and Preact: dist/react.d.ts and preact.d.ts; Solid and Svelte: in their files. Each types the tags with one import.
    oneImport(),
  ],
};
