/**
 * The snippet builder's output: one block of HTML a clinic's site pastes
 * into WordPress (classic editor or a Custom HTML block), Squarespace or any
 * page. The script tag and the element are apart by a blank line and the
 * element stays on one line, so WordPress's auto-paragraphs wrap each in a
 * <p> and change nothing inside (tests/node/wordpress.test.mjs). Contact
 * details go in a <span slot="contact">: a block would be split off by them.
 */
const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {{ cdn: string, tag: string, attributes?: [string, string | true][], tokens?: [string, string][], slots?: [string, string][] }} options
 *   attributes: name and value (true for a boolean attribute); tokens: custom property and value; slots: slot name and plain text.
 * @returns {string}
 */
export function snippet({ cdn, tag, attributes = [], tokens = [], slots = [] }) {
  const attrs = attributes
    .filter(([, value]) => value !== '' && value !== false && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  const style = tokens.length ? ` style="${escapeAttr(tokens.map(([name, value]) => `${name}: ${value}`).join('; '))}"` : '';
  const children = slots
    .filter(([, text]) => text.trim())
    .map(([name, text]) => `<span slot="${escapeAttr(name)}">${escapeText(text.trim().replace(/\s+/g, ' '))}</span>`)
    .join('');
  return `<script type="module" src="${escapeAttr(cdn)}"></script>\n\n<${tag}${attrs}${style}>${children}</${tag}>\n`;
}
