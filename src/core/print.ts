import { addToPage, removeFromPage, sheetFor } from './sheets.js';

/**
 * What Print summary has set up and not yet taken down: one sheet on the page
 * that hides everything in print (the element's own styles show it again),
 * and the one element marked to print, per document. Clicked again before the
 * browser says printing ended (some never do), it moves the mark and adds nothing.
 */
const printing = new WeakMap<Document, { sheet: CSSStyleSheet; el: HTMLElement; place: Element }>();

/**
 * In print, everything on the page is hidden, and what is not marked and holds
 * nothing marked is left out: hidden only, it would still take its room, and
 * print as blank pages after the summary (a browser without `:has()` drops that
 * rule, and only hides).
 */
const SHEET =
  '@media print{body *{visibility:hidden!important}body *:not([data-cramp-printing],:has([data-cramp-printing])){display:none!important}}';

/** The element that holds `el`'s place on the page: itself, or the host of the outermost shadow root it is in (a guide around a checklist). */
function placeOf(el: Element): Element {
  let place = el;
  for (let root = el.getRootNode(); 'host' in root; root = place.getRootNode()) place = (root as ShadowRoot).host;
  return place;
}

/** Puts the mark on what prints, or takes it off: the element and its place on the page (kept, as the element may have left it since). */
function mark(job: { el: Element; place: Element }, on: boolean): void {
  job.el.toggleAttribute('data-cramp-printing', on);
  job.place.toggleAttribute('data-cramp-printing', on);
}

/** Takes down what Print summary set up in `el`'s document, if `el` holds the mark (it left the page before printing ended). */
export function stopPrinting(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const job = printing.get(doc);
  if (job?.el !== el) return;
  removeFromPage(doc, job.sheet);
  mark(job, false);
  printing.delete(doc);
}

/** Marks `el` as the one to print, and hides everything else in print. */
function printAlone(el: HTMLElement): void {
  const doc = el.ownerDocument;
  let job = printing.get(doc);
  if (!job) {
    const sheet = sheetFor(doc, SHEET);
    if (!sheet) return;
    job = { sheet, el, place: el };
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
  mark(job, false);
  job.el = el;
  job.place = placeOf(el);
  mark(job, true);
}

/** Prints the page with only `el` showing (the checklist: the answers and the summary; the diary: its summary). */
export function print(el: HTMLElement): void {
  printAlone(el);
  // The window of the document it is in (an iframe's, if it was moved there).
  (el.ownerDocument.defaultView ?? window).print();
}
