/**
 * Drops the spare capacity of the arrays of a parse result that the run keeps until the
 * end (parsers build them by `push`, and V8 grows a pushed-to array well past its length).
 * Not part of parsing: `lint()` calls it on the trees it retains, the parse floor of the
 * benchmark does not.
 */
import type { LNode, ParseResult } from './located.js';

export function compactParseResult(result: ParseResult): void {
  // Even a list of one: V8 gives an array its first `push` room for 17 (152 bytes for 24).
  if (result.documents.length > 0) result.documents = result.documents.slice();
  for (const d of result.documents) compactNode(d.root, 0);
}

/** Deeper than this, a tree is left as is (the walk recurses; parsers bound depth anyway). */
const MAX_DEPTH = 200;

function compactNode(n: LNode, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (n.type === 'object') {
    if (n.props.length > 0) n.props = n.props.slice();
    for (const p of n.props) compactNode(p.value, depth + 1);
  } else if (n.type === 'array') {
    if (n.items.length > 0) n.items = n.items.slice();
    for (const i of n.items) compactNode(i, depth + 1);
  }
}
