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
import { LAYOUTS, STRETCH_IDS, THEMES } from './dist/content/types.js';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const union = (values) => values.map((value) => JSON.stringify(value)).join(' | ');
const levels = [2, 3, 4, 5, 6, 7, 8, 9];

/** Attribute name: its type, for the attribute and the property behind it. */
const TYPES = {
  theme: union(THEMES),
  layout: union(LAYOUTS),
  stretch: union(STRETCH_IDS),
  'heading-level': `${levels.join(' | ')} | ${union(levels.map(String))}`,
  hold: 'number | string',
  reps: 'number | string',
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // JetBrains IDEs (WebStorm): dist/web-types.json, from the exact manifest.
  plugins: [exactTypes(), customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true })],
};
