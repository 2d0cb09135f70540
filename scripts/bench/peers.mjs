/**
 * The three peers of `npm run bench`, each as a set of widgets for the pages
 * of ./pages.mjs, the components each page imports, the stylesheet the
 * library requires, and where a native element stands in for a component
 * the library does not have (listed in BENCHMARKS.md).
 *
 * Widgets: disclosure (a cause's details), tabs (the scaling pages), badge
 * ("Less certain"), checkbox, fieldset (a group of checkboxes), button, card
 * (a stretch card), ring (the timer's progress indicator) and alert (the
 * care levels; the checklist's notice, closed). No peer page has behaviour
 * beyond what its components give: no timer, no checklist summary, and
 * Material's tabs switch no panels.
 */
/** Styles for the native stand-ins (the same look for each peer that needs them). */
const NATIVE_STYLE =
  '.card{border:1px solid #ccc;border-radius:12px;padding:1rem;margin:1rem 0}' +
  '.alert{border-left:4px solid;padding:.5rem 1rem;margin:1rem 0;border-radius:4px}' +
  '.alert.danger{border-color:#b3261e;background:#fdecea}.alert.warning{border-color:#8a6100;background:#fff4d6}.alert.info{border-color:#1a5fb4;background:#e8f0fe}' +
  '.badge{font-size:.8em;border-radius:1em;padding:0 .5em;background:#eee}' +
  'fieldset{border:1px solid #ccc;border-radius:8px;margin:1rem 0}';

const shoelaceVariant = { danger: 'danger', warning: 'warning', info: 'primary' };

export const PEERS = {
  shoelace: {
    label: 'Shoelace',
    pkg: '@shoelace-style/shoelace',
    stylesheets: ['/node_modules/@shoelace-style/shoelace/dist/themes/light.css'],
    style:
      'sl-checkbox{display:block;margin:.25rem 0}sl-card{display:block;margin:1rem 0}sl-alert{margin:1rem 0}sl-details{margin:.5rem 0}',
    imports: {
      guide: ['details', 'badge', 'checkbox', 'button', 'card', 'progress-ring', 'alert'].map(
        (c) => `@shoelace-style/shoelace/dist/components/${c}/${c}.js`,
      ),
      scaling: ['tab-group', 'tab', 'tab-panel', 'badge'].map((c) => `@shoelace-style/shoelace/dist/components/${c}/${c}.js`),
    },
    substitutions: [
      'fieldset: native `<fieldset>` (Shoelace has no fieldset for checkboxes)',
      'scaling pages: each tab group’s first tab and panel carry `active` in the HTML; otherwise Shoelace shows a group’s first panel only once the group scrolls into view, and the pages below the fold would show fewer words',
    ],
    widgets: {
      disclosure: (summary, body) => `<sl-details><span slot="summary">${summary}</span>${body}</sl-details>`,
      tabs: (label, items) =>
        // The first tab and panel marked active in the HTML: without it, a tab group shows no panel until it scrolls into view.
        `<sl-tab-group aria-label="${label}">${items.map((t, i) => `<sl-tab slot="nav" panel="p${t.id}"${i ? '' : ' active'}>${t.label}</sl-tab>`).join('')}${items
          .map((t, i) => `<sl-tab-panel name="p${t.id}"${i ? '' : ' active'}>${t.body}</sl-tab-panel>`)
          .join('')}</sl-tab-group>`,
      badge: (text) => `<sl-badge variant="neutral" pill>${text}</sl-badge>`,
      checkbox: (label) => `<sl-checkbox>${label}</sl-checkbox>`,
      fieldset: (legend, inner) => `<fieldset><legend>${legend}</legend>${inner}</fieldset>`,
      button: (label, primary = false) => `<sl-button${primary ? ' variant="primary"' : ''}>${label}</sl-button>`,
      card: (inner) => `<sl-card>${inner}</sl-card>`,
      ring: (label, readout) => `<sl-progress-ring value="0" label="${label}">${readout}</sl-progress-ring>`,
      alert: (variant, inner, open) => `<sl-alert variant="${shoelaceVariant[variant]}"${open ? ' open' : ''}>${inner}</sl-alert>`,
    },
  },
  material: {
    label: 'Material Web',
    pkg: '@material/web',
    stylesheets: [],
    style: `${NATIVE_STYLE}label.check{display:flex;align-items:center;gap:.5rem;margin:.25rem 0}`,
    imports: {
      guide: ['checkbox/checkbox', 'button/filled-button', 'button/outlined-button', 'progress/circular-progress'].map(
        (c) => `@material/web/${c}.js`,
      ),
      scaling: ['tabs/tabs', 'tabs/primary-tab'].map((c) => `@material/web/${c}.js`),
    },
    substitutions: [
      'disclosure: native `<details>` (no expansion panel in Material Web 2)',
      'card: a native `<div>` with a border (cards are only in Material Web’s labs, not released)',
      'alert and the checklist’s notice: a native `<div>` (no banner or alert component)',
      'badge: a native `<span>` (the labs badge is a navigation counter)',
      'fieldset: native `<fieldset>`',
      'tab panels: native `<div role="tabpanel">`, the first shown (md-tabs is a tab bar without panels; nothing switches them)',
    ],
    widgets: {
      disclosure: (summary, body) => `<details><summary>${summary}</summary>${body}</details>`,
      tabs: (label, items) =>
        `<md-tabs aria-label="${label}">${items.map((t) => `<md-primary-tab id="t${t.id}" aria-controls="p${t.id}">${t.label}</md-primary-tab>`).join('')}</md-tabs>${items
          .map((t, i) => `<div role="tabpanel" id="p${t.id}" aria-labelledby="t${t.id}"${i ? ' hidden' : ''}>${t.body}</div>`)
          .join('')}`,
      badge: (text) => `<span class="badge">${text}</span>`,
      checkbox: (label) => `<label class="check"><md-checkbox touch-target="wrapper"></md-checkbox>${label}</label>`,
      fieldset: (legend, inner) => `<fieldset><legend>${legend}</legend>${inner}</fieldset>`,
      button: (label, primary = false) =>
        primary ? `<md-filled-button>${label}</md-filled-button>` : `<md-outlined-button>${label}</md-outlined-button>`,
      card: (inner) => `<div class="card">${inner}</div>`,
      ring: (label, readout) => `<md-circular-progress value="0" aria-label="${label}"></md-circular-progress> ${readout}`,
      alert: (variant, inner, open) => `<div class="alert ${variant}"${open ? '' : ' hidden'}>${inner}</div>`,
    },
  },
  nord: {
    label: 'Nord',
    pkg: '@nordhealth/components',
    stylesheets: ['/node_modules/@nordhealth/css/lib/nord.min.css'],
    style: `${NATIVE_STYLE}nord-checkbox{display:block;margin:.25rem 0}nord-card,nord-banner{display:block;margin:1rem 0}nord-fieldset{display:block;margin:1rem 0}`,
    imports: {
      // Stack too: Nord's fieldset renders a <nord-stack> that it does not import itself.
      guide: ['Badge', 'Banner', 'Button', 'Card', 'Checkbox', 'Fieldset', 'Stack', 'Progress'].map(
        (c) => `@nordhealth/components/lib/${c}.js`,
      ),
      scaling: ['TabGroup', 'Tab', 'TabPanel', 'Badge'].map((c) => `@nordhealth/components/lib/${c}.js`),
    },
    substitutions: [
      'disclosure: native `<details>` (Nord has no disclosure or accordion component)',
      'the guide’s bundle also imports `nord-stack`, which Nord’s fieldset renders but does not import',
    ],
    widgets: {
      disclosure: (summary, body) => `<details><summary>${summary}</summary>${body}</details>`,
      tabs: (label, items) =>
        `<nord-tab-group label="${label}">${items.map((t, i) => `<nord-tab slot="tab"${i ? '' : ' selected'}>${t.label}</nord-tab>`).join('')}${items
          .map((t) => `<nord-tab-panel>${t.body}</nord-tab-panel>`)
          .join('')}</nord-tab-group>`,
      badge: (text) => `<nord-badge>${text}</nord-badge>`,
      checkbox: (label) => `<nord-checkbox label="${label}"></nord-checkbox>`,
      fieldset: (legend, inner) => `<nord-fieldset label="${legend}">${inner}</nord-fieldset>`,
      button: (label, primary = false) => `<nord-button${primary ? ' variant="primary"' : ''}>${label}</nord-button>`,
      card: (inner) => `<nord-card>${inner}</nord-card>`,
      ring: (label, readout) => `<nord-progress progress="0" label="${label}"></nord-progress> ${readout}`,
      alert: (variant, inner, open) => `<nord-banner variant="${variant}"${open ? '' : ' hidden'}>${inner}</nord-banner>`,
    },
  },
};

/** The text of a bundle entry: the page's components, nothing else. */
export const entryFor = (peer, kind) => `${PEERS[peer].imports[kind].map((path) => `import '${path}';`).join('\n')}\n`;
