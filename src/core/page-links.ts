import { addToPage, sheetFor } from './sheets.js';

/**
 * Links a site puts in an element's slot (the care advice's contact details)
 * live in the page and take the page's link colour. When the element paints
 * its own surface (a theme), that colour may be unreadable there (a page's
 * light link colour on a light card). One small sheet on the page gives those
 * links the element's accent, which meets 4.5:1 on its surface and follows
 * --cramp-color-accent. It touches nothing outside cramp-kit's themed elements.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

const THEMED = ':is(cramp-care-advice, cramp-guide):is([theme="light"], [theme="dark"], [theme="auto"])';

/**
 * Adds the sheet to the document once (again, if the page has since replaced
 * its adopted sheets). Its rule weighs (0,2,2): it wins over a page's `a` and
 * `.content a` rules, not over a rule with an id or `!important`.
 */
export function themeSlottedLinks(doc: Document): void {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const made = sheetFor(doc, `${THEMED} a:is(:link, :visited){color:var(--_accent)}`);
    if (!made) return;
    sheets.set(doc, (sheet = made));
  }
  addToPage(doc, sheet);
}
