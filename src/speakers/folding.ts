/**
 * `fold` (lower case, accents removed) made cheap for the tokenizer: words whose characters are
 * all Latin (up to U+024F) fold character by character (text-utils' foldLatin); other words go
 * through `fold` once and are remembered, as the same words and names come back in every article.
 */
import { detached, fold, foldLatin } from "../text-utils.ts";

/** the memo is dropped when it grows past this many entries, so memory stays bounded */
const MAX_ENTRIES = 100_000;
const memo = new Map<string, string>();

export function foldCached(s: string): string {
  let f = memo.get(s);
  if (f === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    // kept past the article: copies, not views into its text (see detached)
    f = detached(fold(s));
    memo.set(detached(s), f);
  }
  return f;
}

/** `fold` of a word: character by character when it is Latin (foldLatin), else through the memo. */
export function foldWord(s: string): string {
  return foldLatin(s) ?? foldCached(s);
}
