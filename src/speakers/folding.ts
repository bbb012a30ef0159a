/**
 * `fold` (lower case, accents removed) made cheap for the tokenizer: words whose characters are
 * all Latin (up to U+024F) fold character by character through a table built from `fold`
 * itself; other words go through `fold` once and are remembered, as the same words and names
 * come back in every article.
 */
import { detached, fold } from "../text-utils.ts";

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

/**
 * Latin letters fold one by one: for them normalisation and lower-casing depend on no context,
 * so folding a word is folding each of its characters.
 */
const LATIN_END = 0x250;
const LATIN_FOLDS: string[] = Array.from({ length: LATIN_END }, (_, c) => fold(String.fromCharCode(c)));

/** `fold` of a word, by the Latin table when every character is in it, else through the memo. */
export function foldWord(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LATIN_END) return foldCached(s);
    out += LATIN_FOLDS[c];
  }
  return out;
}
