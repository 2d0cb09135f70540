/**
 * Parsing a page for cramp-kit/ssr (Node), in time that grows with the page,
 * within limits that fail clearly. parse5 8 parses in linear time (parse5 7
 * took time that grew with the square of nesting, of an element's
 * attributes and of a fragment's length); the limits below keep a page's
 * rendering bounded, and are counted as the parser builds the tree, through
 * its public tree adapter.
 */
import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * What `prerender` takes, at most. Past any of them it throws a RangeError
 * that names the limit (and renders nothing).
 */
export const PRERENDER_LIMITS = Object.freeze({
  /** Characters of HTML in one call. */
  length: 10_000_000,
  /** Elements open inside one another (Chromium's parser nests no deeper than 512 either). */
  depth: 512,
  /** Attributes on one element, any element of the page. */
  attributes: 256,
  /** cramp-* elements rendered in one call (each adds 6 to 160 kB). */
  elements: 200,
});

const PREFIX = 'cramp-kit prerender:';
const count = (n: number) => n.toLocaleString('en-US');

/** parse5's own tree, counting open elements and each element's attributes as it goes: past a limit, a RangeError. */
function limitedTree(): TreeAdapter<DefaultTreeAdapterMap> {
  let open = 0;
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (attrs.length > PRERENDER_LIMITS.attributes) {
        throw new RangeError(
          `${PREFIX} <${tagName}> has more than ${count(PRERENDER_LIMITS.attributes)} attributes (PRERENDER_LIMITS.attributes).`,
        );
      }
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    onItemPush() {
      open += 1;
      if (open > PRERENDER_LIMITS.depth) {
        throw new RangeError(
          `${PREFIX} the HTML has elements nested more than ${count(PRERENDER_LIMITS.depth)} elements deep (PRERENDER_LIMITS.depth).`,
        );
      }
    },
    onItemPop() {
      open -= 1;
    },
  };
}

/**
 * Whether `html` is a whole document (a doctype or `<html>` first, after
 * white space and comments) rather than a fragment. A scan, not a regular
 * expression: one that backtracked took seconds for 25 leading comments.
 */
export function isDocument(html: string): boolean {
  let at = 0;
  for (;;) {
    while (at < html.length && /\s/.test(html.charAt(at))) at += 1;
    if (!html.startsWith('<!--', at)) break;
    const end = html.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
  }
  return /^<(?:!doctype|html)[\s>]/i.test(html.slice(at, at + 10));
}

/** The page's tree, with where each node was in `html`: the document, or for a fragment the node that holds its nodes. */
export function parsePage(html: string, whole: boolean): ParentNode {
  if (html.length > PRERENDER_LIMITS.length) {
    throw new RangeError(
      `${PREFIX} html is ${count(html.length)} characters long; it takes at most ${count(PRERENDER_LIMITS.length)} (PRERENDER_LIMITS.length).`,
    );
  }
  const options = { sourceCodeLocationInfo: true, treeAdapter: limitedTree() };
  return whole ? parse(html, options) : parseFragment(html, options);
}
