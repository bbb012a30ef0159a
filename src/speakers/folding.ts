/**
 * `fold` with a memo: the same words and names come back in every article, and folding a
 * non-ASCII word (Unicode normalisation, then a regex) costs far more than a map lookup.
 */
import { fold } from "../text-utils.ts";

/** the memo is dropped when it grows past this many entries, so memory stays bounded */
const MAX_ENTRIES = 100_000;
const memo = new Map<string, string>();

export function foldCached(s: string): string {
  let f = memo.get(s);
  if (f === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    f = fold(s);
    memo.set(s, f);
  }
  return f;
}
