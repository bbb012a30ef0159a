/**
 * Headings: a short line without final punctuation followed by a longer paragraph titles the
 * next section ("Vers deux milliards de clients", "Why Trams Are Back in Fashion").
 */
import type { LineFeatures } from "./features.ts";

export function isHeading(f: LineFeatures, next: LineFeatures | undefined, maxWords: number): boolean {
  if (!next || f.endsSentence || f.endsColon || f.tokenCount > maxWords || f.tokenCount === 0) return false;
  if (next.tokenCount <= f.tokenCount || !next.endsSentence) return false;
  const first = f.raw[0];
  const opens = first !== first.toLowerCase() || /[\d"«“'(]/.test(first);
  return opens && !f.link && !/[,;]$/.test(f.raw);
}
