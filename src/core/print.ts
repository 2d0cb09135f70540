import { addToPage, removeFromPage, sheetFor } from './sheets.js';

/**
 * What Print summary has set up and not yet taken down: one sheet on the page
 * that hides everything in print (the element's own styles show it again),
 * and the one element marked to print, per document. Clicked again before the
 * browser says printing ended (some never do), it moves the mark and adds nothing.
 */
const printing = new WeakMap<Document, { sheet: CSSStyleSheet; el: HTMLElement }>();

/**
 * In print, everything on the page is hidden, and what is not marked and holds
 * nothing marked is left out: hidden only, it would still take its room, and
 * print as blank pages after the summary (a browser without `:has()` drops that
 * rule, and only hides).
 */
const SHEET =
  '@media print{body *{visibility:hidden!important}body *:not([data-cramp-printing],:has([data-cramp-printing])){display:none!important}}';

/** Marks `el` to print, or takes the mark off: it and each element whose shadow root it is in (a guide around a checklist). */
function mark(el: Element, on: boolean): void {
  for (let node = el, root = el.getRootNode(); ; root = node.getRootNode()) {
    node.toggleAttribute('data-cramp-printing', on);
    if (!('host' in root)) return;
    node = (root as ShadowRoot).host;
  }
}

/** Takes down what Print summary set up in `el`'s document, if `el` holds the mark (it left the page before printing ended). */
export function stopPrinting(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const job = printing.get(doc);
  if (job?.el !== el) return;
  removeFromPage(doc, job.sheet);
  mark(el, false);
  printing.delete(doc);
}

/** Marks `el` as the one to print, and hides everything else in print. */
function printAlone(el: HTMLElement): void {
  const doc = el.ownerDocument;
  let job = printing.get(doc);
  if (!job) {
    const sheet = sheetFor(doc, SHEET);
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
  mark(job.el, false);
  job.el = el;
  mark(el, true);
}

/** Prints the page with only `el` showing (the checklist: the answers and the summary; the diary: its summary). */
export function print(el: HTMLElement): void {
  printAlone(el);
  // The window of the document it is in (an iframe's, if it was moved there).
  (el.ownerDocument.defaultView ?? window).print();
}
