/**
 * Headings: a short line without final punctuation followed by a longer paragraph titles the
 * next section ("Vers deux milliards de clients", "Why Trams Are Back in Fashion").
 */
import type { LineFeatures } from "./features.ts";

/** a heading may open on a digit, a quotation mark or a bracket */
const OPENER = /[\d"«“'(]/;
/** a line ending in "," or ";" is an item of a list, not a heading */
const ENDS_LIST_ITEM = /[,;]$/;

export function isHeading(f: LineFeatures, next: LineFeatures | undefined, maxWords: number): boolean {
  if (!next || f.endsSentence || f.endsColon || f.tokenCount > maxWords || f.tokenCount === 0) return false;
  if (next.tokenCount <= f.tokenCount || !next.endsSentence) return false;
  const first = f.raw[0];
  const opens = first !== first.toLowerCase() || OPENER.test(first);
  return opens && !f.link && !ENDS_LIST_ITEM.test(f.raw);
}
