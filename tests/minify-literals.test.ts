import { expect } from '@open-wc/testing';
// The CDN build's template squeezer, tested on the kinds of code that trip a hand-written scanner.
import { minifyTemplates } from '../scripts/minify-literals.mjs';

describe('minify-literals (CDN build)', () => {
  it('squeezes html and css templates, and leaves expressions alone', () => {
    const code = "const a = html`<p>\n    ${x ? 'it\\'s' : \"y\"}\n  </p>\n  <b>${y}</b>`;\nconst b = css`\n  .a {\n    color: red; /* note */\n  }\n`;";
    expect(minifyTemplates(code)).to.equal("const a = html`<p> ${x ? 'it\\'s' : \"y\"} </p><b>${y}</b>`;\nconst b = css`.a{color:red}`;");
  });

  it('is not fooled by quotes in comments inside expressions, or by nested templates', () => {
    const code = "html`<i>${() => {\n  // the guide's own slot\n  /* it's */\n  return html`<b>\n  x</b>`;\n}}</i>`;";
    expect(minifyTemplates(code)).to.equal("html`<i>${() => {\n  // the guide's own slot\n  /* it's */\n  return html`<b> x</b>`;\n}}</i>`;");
  });

  it('leaves other template literals as they are', () => {
    const code = 'const s = `a\n   b`;';
    expect(minifyTemplates(code)).to.equal(code);
  });
});
