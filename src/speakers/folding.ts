/**
 * `fold` (lower case, accents removed) made cheap for the tokenizer: words whose characters are
 * all Latin (up to U+024F) fold character by character (text-utils' foldLatin); other words go
 * through `fold` once and are remembered, as the same words and names come back in every article.
 */
import { BoundedMemo } from "../bounded-memo.ts";
import { detached, fold, foldLatin } from "../text-utils.ts";

/**
 * Entries per generation (see BoundedMemo): 1,000 French articles bring about 3,300 distinct
 * strings here (names, mentions, words with a curly apostrophe), so the memo is full early.
 */
const GENERATION = 4096;
const memo = new BoundedMemo<string>(GENERATION);

export function foldCached(s: string): string {
  let f = memo.get(s);
  if (f === undefined) {
    // kept past the article: a copy, not a view into its text (see detached)
    f = detached(fold(s));
    memo.set(s, f);
  }
  return f;
}

/** `fold` of a word: character by character when it is Latin (foldLatin), else through the memo. */
export function foldWord(s: string): string {
  return foldLatin(s) ?? foldCached(s);
}
