// The editor data the build makes from custom-elements.json: VS Code's HTML and CSS custom data
// (dist/vscode.*-custom-data.json) and JetBrains' web-types (dist/web-types.json). Each file is
// valid (VS Code's against the schema its language services publish), lists every element,
// attribute, event, token and part once, and links each element and attribute to its page on the
// site (package.json `homepage` + `elements/<tag>/`, `#attr-<name>`, `#event-<name>`). VS Code's
// own language services load the data, as the editor does. `npm run test:ssr`, after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const html = require('vscode-html-languageservice');
const css = require('vscode-css-languageservice');
const json = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));

const pkg = await json('package.json');
const manifest = await json('custom-elements.json');
const htmlData = await json('dist/vscode.html-custom-data.json');
const cssData = await json('dist/vscode.css-custom-data.json');
const webTypes = await json('dist/web-types.json');
const registry = await json('src/elements/registry.json');

const tags = registry.map(({ tag }) => tag).sort();
const declarations = Object.fromEntries(
  manifest.modules.flatMap((mod) => mod.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d]] : [])),
);
const names = (list) => (list ?? []).map(({ name }) => name);
const sorted = (list) => [...list].sort();
const tokens = sorted(new Set(Object.values(declarations).flatMap((d) => names(d.cssProperties))));
const parts = sorted(new Set(Object.values(declarations).flatMap((d) => names(d.cssParts))));

/** Where the site documents an element, its attributes and its events: the one scheme the site's pages honour. */
const page = (tag) => `${pkg.homepage}elements/${tag}/`;
const attributeUrl = (tag, name) => `${page(tag)}#attr-${name}`;
const eventUrl = (tag, name) => `${page(tag)}#event-${name}`;

/** Names listed more than once. */
const repeated = (list) => [...new Set(list.filter((name, i) => list.indexOf(name) !== i))];

function schemaErrors(schemaPackage, data) {
  const schema = require(`${schemaPackage}/docs/customData.schema.json`);
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  return validate(data) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
}

test('the package names its site, repository and bug tracker, and the site is an https address ending in /', () => {
  assert.match(pkg.homepage, /^https:\/\/[^\s]+\/$/);
  assert.match(pkg.repository.url, /^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
  assert.match(pkg.bugs.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+\/issues$/);
});

test('the manifest has every registered element, with attributes, tokens and parts to check', () => {
  assert.deepEqual(sorted(Object.keys(declarations)), tags);
  assert.ok(tokens.length >= 20, `${tokens.length} tokens`);
  assert.ok(parts.length >= 100, `${parts.length} parts`);
});

test("VS Code's HTML data is valid against VS Code's schema", () => {
  assert.deepEqual(schemaErrors('vscode-html-languageservice', htmlData), []);
});

test("VS Code's CSS data is valid against VS Code's schema", () => {
  assert.deepEqual(schemaErrors('vscode-css-languageservice', cssData), []);
});

test("VS Code's HTML data lists every element once, with every attribute once", () => {
  assert.deepEqual(sorted(names(htmlData.tags)), tags);
  for (const tag of htmlData.tags) {
    assert.deepEqual(repeated(names(tag.attributes)), [], tag.name);
    assert.deepEqual(sorted(names(tag.attributes)), sorted(names(declarations[tag.name].attributes)), tag.name);
  }
});

test("VS Code's HTML data links each element and each attribute to its page on the site", () => {
  for (const tag of htmlData.tags) {
    assert.deepEqual(tag.references, [{ name: 'Documentation', url: page(tag.name) }], tag.name);
    for (const attribute of tag.attributes) {
      assert.deepEqual(
        attribute.references,
        [{ name: 'Documentation', url: attributeUrl(tag.name, attribute.name) }],
        `${tag.name} ${attribute.name}`,
      );
    }
  }
});

test("VS Code's CSS data lists every token and every part once", () => {
  assert.deepEqual(repeated(names(cssData.properties)), []);
  assert.deepEqual(sorted(names(cssData.properties)), tokens);
  assert.deepEqual(repeated(names(cssData.pseudoElements)), []);
  assert.deepEqual(sorted(names(cssData.pseudoElements)), sorted(parts.map((part) => `::part(${part})`)));
  for (const entry of [...cssData.properties, ...cssData.pseudoElements])
    assert.ok(entry.description?.trim(), `${entry.name} has a description`);
});

test("VS Code's own HTML service offers every element and attribute, and its hover links to the page", () => {
  const service = html.getLanguageService({ customDataProviders: [html.newHTMLDataProvider('cramp-kit', htmlData)] });
  const at = (text, offset = text.length) => {
    const doc = html.TextDocument.create('file:///page.html', 'html', 0, text);
    return { doc, position: doc.positionAt(offset), parsed: service.parseHTMLDocument(doc) };
  };
  const labels = (text) => {
    const { doc, position, parsed } = at(text);
    return service.doComplete(doc, position, parsed).items.map((item) => item.label);
  };
  const hover = (text, offset) => {
    const { doc, position, parsed } = at(text, offset);
    return JSON.stringify(service.doHover(doc, position, parsed)?.contents ?? '');
  };
  assert.deepEqual(sorted(labels('<cramp-').filter((label) => label.startsWith('cramp-'))), tags);
  for (const tag of tags) {
    const offered = labels(`<${tag} `);
    for (const name of names(declarations[tag].attributes)) assert.ok(offered.includes(name), `<${tag} ${name}> offered`);
    const [first] = names(declarations[tag].attributes);
    const text = `<${tag} ${first}=""></${tag}>`;
    assert.ok(hover(text, 2).includes(page(tag)), `hover on <${tag}> links ${page(tag)}`);
    assert.ok(hover(text, tag.length + 3).includes(attributeUrl(tag, first)), `hover on ${first} links its anchor`);
  }
});

test("VS Code's own CSS service offers every token once", () => {
  const service = css.getCSSLanguageService({ customDataProviders: [css.newCSSDataProvider(cssData)] });
  const text = 'cramp-guide { ';
  const doc = css.TextDocument.create('file:///page.css', 'css', 0, text);
  const offered = service.doComplete(doc, doc.positionAt(text.length), service.parseStylesheet(doc)).items.map((item) => item.label);
  assert.deepEqual(sorted(offered.filter((label) => label.startsWith('--cramp-'))), tokens);
});

test('web-types names the package and lists every element once, each attribute and event once, with its page', () => {
  assert.equal(webTypes.$schema, 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  assert.equal(webTypes['description-markup'], 'markdown');
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(sorted(names(elements)), tags);
  for (const element of elements) {
    const declaration = declarations[element.name];
    assert.equal(element['doc-url'], page(element.name), element.name);
    assert.deepEqual(repeated(names(element.attributes)), [], element.name);
    assert.deepEqual(sorted(names(element.attributes)), sorted(names(declaration.attributes)), element.name);
    for (const attribute of element.attributes) {
      assert.equal(attribute['doc-url'], attributeUrl(element.name, attribute.name), `${element.name} ${attribute.name}`);
      assert.ok(attribute.value?.type, `${element.name} ${attribute.name} has a type`);
    }
    assert.deepEqual(sorted(names(element.events)), sorted(names(declaration.events)), element.name);
    for (const event of element.events) assert.equal(event['doc-url'], eventUrl(element.name, event.name), `${element.name} ${event.name}`);
  }
});

test('web-types lists every token and every part once', () => {
  const { properties, 'pseudo-elements': pseudo } = webTypes.contributions.css;
  assert.deepEqual(repeated(names(properties)), []);
  assert.deepEqual(sorted(names(properties)), tokens);
  assert.deepEqual(repeated(names(pseudo)), []);
  assert.deepEqual(sorted(names(pseudo)), sorted(parts.map((part) => `part(${part})`)));
});

test('every address in the editor data is a well-formed https address on the site, its anchor one the site makes', () => {
  const urls = [];
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if ((key === 'doc-url' || key === 'url') && typeof value === 'string') urls.push(value);
  };
  for (const data of [htmlData, cssData, webTypes]) walk(data);
  assert.ok(urls.length >= tags.length * 3, `${urls.length} addresses`);
  for (const url of urls) {
    const parsed = new URL(url);
    assert.equal(parsed.href, url, `${url} is written as a browser would`);
    assert.ok(url.startsWith(`${pkg.homepage}elements/`), `${url} is an element's page`);
    assert.match(parsed.pathname + parsed.hash, /\/elements\/cramp-[a-z-]+\/(#(attr|event)-[a-z][a-z0-9-]*)?$/, url);
  }
});
