import { addToPage, removeFromPage, sheetFor } from './sheets.js';

/**
 * The sheet Print summary puts on the page. In print, everything is hidden
 * (the element's own styles show it again), and what neither is nor holds
 * the element's place in the page (marked `data-cramp-print-root`: the
 * element, or the outermost element it is inside, such as a guide) is left
 * out: hidden only, it would still take its room, and print as blank pages
 * after the summary. A browser without `:has()` drops that rule, and only hides.
 */
const SHEET =
  '@media print{body *{visibility:hidden!important}body *:not([data-cramp-print-root],:has([data-cramp-print-root])){display:none!important}}';

/**
 * What Print summary has set up and not yet taken down: the sheet on the
 * page, and the one element marked to print (and its place in the page), per
 * document. Clicked again before the browser says printing ended (some never
 * do), it moves the marks and adds nothing.
 */
const printing = new WeakMap<Document, { sheet: CSSStyleSheet; el: HTMLElement; root: Element }>();

/** The element that holds `el`'s place in its document: itself, or the host of the outermost shadow root it is in. */
function placeOf(el: HTMLElement): Element {
  let place: Element = el;
  for (let root = place.getRootNode(); 'host' in root; root = place.getRootNode()) place = (root as ShadowRoot).host;
  return place;
}

/** Takes the marks off the element a job prints. */
function unmark(job: { el: HTMLElement; root: Element }): void {
  job.el.removeAttribute('data-cramp-printing');
  job.root.removeAttribute('data-cramp-print-root');
}

/** Takes down what Print summary set up in `el`'s document, if `el` holds the mark (it left the page before printing ended). */
export function stopPrinting(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const job = printing.get(doc);
  if (job?.el !== el) return;
  removeFromPage(doc, job.sheet);
  unmark(job);
  printing.delete(doc);
}

/** Marks `el` as the one to print, and hides everything else in print. */
function printAlone(el: HTMLElement): void {
  const doc = el.ownerDocument;
  let job = printing.get(doc);
  if (!job) {
    const sheet = sheetFor(doc, SHEET);
    if (!sheet) return;
    job = { sheet, el, root: placeOf(el) };
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
  unmark(job);
  job.el = el;
  job.root = placeOf(el);
  el.setAttribute('data-cramp-printing', '');
  job.root.setAttribute('data-cramp-print-root', '');
}

/** Prints the page with only `el` showing (the checklist: the answers and the summary; the diary: its summary). */
export function print(el: HTMLElement): void {
  printAlone(el);
  // The window of the document it is in (an iframe's, if it was moved there).
  (el.ownerDocument.defaultView ?? window).print();
}
