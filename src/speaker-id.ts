/**
 * The stable id of a speaker across articles: the slug of its canonical name without a leading
 * definite article, so "la SNCF" in one article and "SNCF" in another are one speaker.
 */
import { allLexicons } from "./lexicons/index.ts";
import { fold, slug } from "./text-utils.ts";

const leadingArticles = [...new Set(allLexicons().flatMap((l) => l.speakerIdArticles.map(fold)))];

export function speakerId(name: string): string {
  const folded = fold(name).trimStart();
  for (const a of leadingArticles) {
    // "l'" glues to its noun; other articles need a space after them
    const glued = a.endsWith("'");
    if (folded.startsWith(glued ? a : `${a} `) && folded.length > a.length + 1) return slug(folded.slice(a.length));
  }
  return slug(folded);
}
