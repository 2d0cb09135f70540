/**
 * Constructed stylesheets for a given document. A document refuses sheets
 * made by another window, so each is made by the document's own window (an
 * iframe's, for an element moved there). Null where the browser has none.
 */
export function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Puts a sheet on the page once (again, if the page has since replaced its adopted sheets). */
export function addToPage(doc: Document, sheet: CSSStyleSheet): void {
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Takes a sheet off the page, leaving the page's own sheets as they are. */
export function removeFromPage(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
