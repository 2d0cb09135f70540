/**
 * Links a site puts in an element's slot (the care advice's contact details)
 * live in the page and take the page's link colour. When the element paints
 * its own surface (a theme), that colour may be unreadable there (a page's
 * light link colour on a light card). One small sheet on the page gives those
 * links the element's accent, which meets 4.5:1 on its surface and follows
 * --cramp-color-accent. It touches nothing outside cramp-kit's themed elements.
 */
const done = new WeakSet<Document>();

const THEMED = ':is(cramp-care-advice, cramp-guide):is([theme="light"], [theme="dark"], [theme="auto"])';

export function themeSlottedLinks(doc: Document): void {
  const view = doc.defaultView;
  if (done.has(doc) || !view || !('adoptedStyleSheets' in doc)) return;
  done.add(doc);
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`${THEMED} a:is(:link, :visited){color:var(--_accent)}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
