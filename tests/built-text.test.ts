import { expect } from '@open-wc/testing';
import '../src/index.js';
import { loadLang } from '../src/languages/load.js';
import { SHIPPED_LANGS } from '../src/languages/tags.js';
import { allRendered, exampleAttributes, frame, TAGS } from './helpers/index.js';

/**
 * The text of every element as a reader sees it, from each build (the CDN
 * bundle and the npm entries, their templates minified) against the source
 * (as written), in every shipped language. The minifier once dropped the space a template started
 * with, so the guide's sources read `"Leg cramps".https://www.nhs.uk/...`
 * in every build: any such loss shows here as a difference, and as words or
 * an address glued together.
 */

/** English and every shipped language (src/languages/shipped.json). */
const LANGS = ['en', ...SHIPPED_LANGS];

/** Each build's entry: the CDN bundle, and the npm package's root (its imports of lit resolved by the test server). */
const BUILDS = { 'the CDN bundle': '/dist/cdn/cramp-kit.js', 'the npm build': '/dist/index.js' };

/** A page of every element in `lang`, from one build. */
const page = (lang: string, script: string) =>
  frame({
    srcdoc: `<!doctype html><html lang="en"><head><script type="module" src="${script}"></script></head><body>${markup(lang)}</body></html>`,
  });

/** Every element, as a page would write it (the registry's example attributes), in a language. */
const markup = (lang: string) =>
  TAGS.map((tag) => {
    const attributes = Object.entries(exampleAttributes(tag))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    return `<${tag} lang="${lang}" emergency-number="999"${attributes}></${tag}>`;
  }).join('\n');

/**
 * The text as it reads: shadow roots walked in place, every block on a line
 * of its own, runs of white space as one space (as CSS shows them), what
 * CSS hides left in (a screen reader's words count too).
 */
function reading(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const el = node as Element;
  if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) return '';
  const inner = [...(el.shadowRoot ?? el).childNodes].map(reading).join('');
  if (node.nodeType !== Node.ELEMENT_NODE) return inner;
  const display = (el.ownerDocument.defaultView ?? window).getComputedStyle(el).display;
  return display === 'inline' || display === 'contents' ? inner : `\n${inner}\n`;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter(Boolean);

describe('text of the builds', () => {
  // The source's words in every shipped language, there before the first element renders.
  before(async () => {
    await Promise.all(SHIPPED_LANGS.map((lang) => loadLang(lang)));
  });

  for (const [build, script] of Object.entries(BUILDS))
    for (const lang of LANGS) {
      it(`reads as the source does, word for word, in every element, in ${build} (${lang})`, async () => {
        const source = document.createElement('div');
        source.innerHTML = markup(lang);
        document.body.append(source);
        const built = await page(lang, script);
        try {
          const doc = built.contentDocument!;
          await built.contentWindow!.customElements.whenDefined('cramp-guide');
          await allRendered(doc.body);
          await allRendered(source);
          for (const tag of TAGS) {
            const mine = lines(reading(source.querySelector(tag)!));
            const theirs = lines(reading(doc.querySelector(tag)!));
            expect(theirs.length, `<${tag}> lines`).to.be.greaterThan(5);
            // Line by line, so a difference names its place.
            for (let i = 0; i < Math.max(mine.length, theirs.length); i++)
              expect(theirs[i], `<${tag}> line ${String(i)}`).to.equal(mine[i]);
          }
        } finally {
          source.remove();
          built.remove();
        }
      });

      it(`glues no words or addresses together, in ${build} (${lang})`, async () => {
        const built = await page(lang, script);
        try {
          const doc = built.contentDocument!;
          await built.contentWindow!.customElements.whenDefined('cramp-guide');
          await allRendered(doc.body);
          for (const tag of TAGS) {
            for (const line of lines(reading(doc.querySelector(tag)!))) {
              // An address after anything but a space or an opening bracket.
              expect(line, `<${tag}>`).to.not.match(/[^\s(<«"“]https?:\/\//);
              // The end of a sentence run into the next one (addresses aside: theirs are not sentences).
              expect(line.replace(/https?:\/\/\S+/g, ''), `<${tag}>`).to.not.match(/[a-záéíóúñ)»”"][.!?:][A-ZÁÉÍÓÚÑ¿¡«“]/);
            }
          }
        } finally {
          built.remove();
        }
      });
    }
});
