import { addToPage, removeFromPage, sheetFor } from './sheets.js';

/**
 * What Print summary has set up and not yet taken down: one sheet on the page
 * that hides everything in print (the element's own styles show it again),
 * and the one element marked to print, per document. Clicked again before the
 * browser says printing ended (some never do), it moves the mark and adds nothing.
 */
const printing = new WeakMap<Document, { sheet: CSSStyleSheet; el: HTMLElement }>();

/** Takes down what Print summary set up in `el`'s document, if `el` holds the mark (it left the page before printing ended). */
export function stopPrinting(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const job = printing.get(doc);
  if (job?.el !== el) return;
  removeFromPage(doc, job.sheet);
  el.removeAttribute('data-cramp-printing');
  printing.delete(doc);
}

/** Marks `el` as the one to print, and hides everything else in print. */
function printAlone(el: HTMLElement): void {
  const doc = el.ownerDocument;
  let job = printing.get(doc);
  if (!job) {
    const sheet = sheetFor(doc, '@media print{body *{visibility:hidden!important}}');
    if (!sheet) return;
    job = { sheet, el };
    printing.set(doc, job);
    doc.defaultView?.addEventListener(
      'afterprint',
      () => {
        const done = printing.get(doc);
        if (done) stopPrinting(done.el);
      },
      { once: true },
    );
  }
  addToPage(doc, job.sheet);
  job.el.removeAttribute('data-cramp-printing');
  job.el = el;
  el.setAttribute('data-cramp-printing', '');
}

/** Prints the page with only `el` showing (the checklist: the answers and the summary; the diary: its summary). */
export function print(el: HTMLElement): void {
  printAlone(el);
  // The window of the document it is in (an iframe's, if it was moved there).
  (el.ownerDocument.defaultView ?? window).print();
}
