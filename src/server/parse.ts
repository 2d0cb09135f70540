/**
 * Parsing a page for cramp-kit/ssr (Node), in time that grows with the page,
 * within limits that fail clearly.
 *
 * parse5 7, as it comes, takes time that grows with the square of some
 * input: each start tag looks through every open element (a page nested
 * 40,000 deep took 38 s), each attribute is compared with every earlier one
 * of its element (100,000 attributes took over 200 s), a fragment's nodes are
 * moved out one by one from the front of a list, and text a table moves out
 * of itself is placed by searching its parent's children from the front.
 * Here the depth and the attributes of an element are capped while parsing,
 * so that no step looks through more than a limit's worth, and the tree's
 * lists are searched from the end, where the parser works.
 */
import { Parser, Tokenizer, defaultTreeAdapter, type DefaultTreeAdapterMap, type Token, type TreeAdapter } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
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

/** parse5's tokenizer, refusing an element with too many attributes before it compares the next name with every earlier one. */
class LimitedTokenizer extends Tokenizer {
  protected override _leaveAttrName(): void {
    const token = this.currentToken as Token.TagToken | null;
    if (token && token.attrs.length >= PRERENDER_LIMITS.attributes) {
      throw new RangeError(
        `${PREFIX} <${token.tagName}> has more than ${count(PRERENDER_LIMITS.attributes)} attributes (PRERENDER_LIMITS.attributes).`,
      );
    }
    super._leaveAttrName();
  }
}

class LimitedParser extends Parser<DefaultTreeAdapterMap> {
  constructor(...args: ConstructorParameters<typeof Parser<DefaultTreeAdapterMap>>) {
    super(...args);
    this.tokenizer = new LimitedTokenizer(this.options, this);
  }
}

/**
 * parse5's own tree, with a count of open elements (refused past the depth
 * limit), and its lists searched from the end: the parser inserts and
 * removes near the end (before a table it is still inside, the last nodes of
 * a misnested formatting element).
 */
function limitedTree(): TreeAdapter<DefaultTreeAdapterMap> {
  let open = 0;
  const insertBefore = (parent: ParentNode, node: Node, before: Node): void => {
    parent.childNodes.splice(parent.childNodes.lastIndexOf(before as DefaultTreeAdapterMap['childNode']), 0, node as never);
    (node as { parentNode: ParentNode | null }).parentNode = parent;
  };
  return {
    ...defaultTreeAdapter,
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
    insertBefore,
    insertTextBefore(parent, text, before) {
      const previous = parent.childNodes[parent.childNodes.lastIndexOf(before) - 1];
      if (previous && defaultTreeAdapter.isTextNode(previous)) previous.value += text;
      else insertBefore(parent, defaultTreeAdapter.createTextNode(text), before);
    },
    detachNode(node) {
      const parent = node.parentNode;
      if (!parent) return;
      parent.childNodes.splice(parent.childNodes.lastIndexOf(node), 1);
      node.parentNode = null;
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

/**
 * The page's tree, with where each node was in `html`: the document, or for
 * a fragment the element whose children are the fragment's nodes (parse5's
 * own `parseFragment` moves them to a new parent one by one, from the front
 * of the list: time that grows with the square of their number).
 */
export function parsePage(html: string, whole: boolean): ParentNode {
  if (html.length > PRERENDER_LIMITS.length) {
    throw new RangeError(
      `${PREFIX} html is ${count(html.length)} characters long; it takes at most ${count(PRERENDER_LIMITS.length)} (PRERENDER_LIMITS.length).`,
    );
  }
  const options = { sourceCodeLocationInfo: true, treeAdapter: limitedTree() };
  if (whole) return LimitedParser.parse(html, options);
  const parser = LimitedParser.getFragmentParser(null, options);
  parser.tokenizer.write(html, true);
  const root = defaultTreeAdapter.getFirstChild(parser.document);
  if (!root || !('childNodes' in root)) throw new Error(`${PREFIX} the HTML parser gave no fragment`);
  return root;
}
