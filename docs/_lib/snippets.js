/**
 * Copy-paste code for one element in HTML, React, Vue, Svelte and Angular,
 * made from its registry entry (the example's attributes) and its manifest
 * entry (its first event). The site's tests compile or run every one
 * (tests/node/samples.test.mjs, tests/site.test.ts).
 */

/** `cramp-care-advice` as `CareAdvice` (a component's name). */
const pascal = (tag) =>
  tag
    .replace(/^cramp-/, '')
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** `emergency-number="112" layout="tabs"` as [['emergency-number', '112'], ['layout', 'tabs']]. */
const pairs = (example) => [...example.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2]]);
const attrs = (example) =>
  pairs(example)
    .map(([name, value]) => (value === undefined ? ` ${name}` : ` ${name}="${value}"`))
    .join('');

export function snippetsFor(el, cdn) {
  const { tag, example, firstEvent: event } = el;
  const a = attrs(example);
  const name = pascal(tag);
  const html = `<script type="module" src="${cdn}"></script>\n\n<${tag}${a}></${tag}>`;
  const react = [
    `// ${name}Example.tsx (React 19): attributes as props, events as on<event-name>.`,
    `import 'cramp-kit/${tag}.js';`,
    '',
    `export function ${name}Example() {`,
    event ? `  return <${tag}${a} on${event}={(event: CustomEvent) => console.log(event.detail)} />;` : `  return <${tag}${a} />;`,
    '}',
  ].join('\n');
  const vue = [
    `<!-- ${name}Example.vue (Vue 3; in vite.config: compilerOptions.isCustomElement: (tag) => tag.startsWith('cramp-')) -->`,
    '<script setup lang="ts">',
    `import 'cramp-kit/${tag}.js';`,
    '</script>',
    '',
    '<template>',
    event ? `  <${tag}${a} @${event}="(event: CustomEvent) => console.log(event.detail)" />` : `  <${tag}${a} />`,
    '</template>',
  ].join('\n');
  const svelte = [
    `<!-- ${name}Example.svelte (Svelte 5): properties as attributes, events as on<event-name>. -->`,
    '<script lang="ts">',
    `  import 'cramp-kit/${tag}.js';`,
    ...(event ? ['', '  function changed(event: CustomEvent) {', '    console.log(event.detail);', '  }'] : []),
    '</script>',
    '',
    event ? `<${tag}${a} on${event}={changed}></${tag}>` : `<${tag}${a}></${tag}>`,
  ].join('\n');
  const angular = [
    `// ${tag.replace(/^cramp-/, '')}-example.component.ts (Angular 21): CUSTOM_ELEMENTS_SCHEMA lets the template use the tag.`,
    "import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';",
    `import 'cramp-kit/${tag}.js';`,
    '',
    '@Component({',
    `  selector: 'app-${tag.replace(/^cramp-/, '')}-example',`,
    '  schemas: [CUSTOM_ELEMENTS_SCHEMA],',
    event ? `  template: \`<${tag}${a} (${event})="changed($event)"></${tag}>\`,` : `  template: \`<${tag}${a}></${tag}>\`,`,
    '})',
    `export class ${name}ExampleComponent {`,
    ...(event ? ['  changed(event: Event): void {', '    console.log((event as CustomEvent).detail);', '  }'] : []),
    '}',
  ].join('\n');
  return [
    { name: 'HTML', lang: 'html', code: html },
    { name: 'React', lang: 'tsx', code: react },
    { name: 'Vue', lang: 'vue', code: vue },
    { name: 'Svelte', lang: 'svelte', code: svelte },
    { name: 'Angular', lang: 'ts', code: angular },
  ];
}
