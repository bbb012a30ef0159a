/**
 * boilerplate — requires: paragraphs, norm. Assigns: paragraph kind (body / heading /
 * boilerplate) and boilerplate {label, score, reasons}; source (from a "Source : URL" line when
 * the input gave none). Nothing is deleted: later stages skip the boilerplate paragraphs.
 */
import { withChanges, type Doc, type Paragraph } from "../doc.ts";
import type { Context } from "../context.ts";
import { classifyLines } from "../boilerplate/classify.ts";
import { sourceUrl } from "../boilerplate/source.ts";
import { mapPacked } from "../packed-map.ts";

export function boilerplate(doc: Doc, ctx: Context): Doc {
  if (doc.paragraphs.length === 0) return doc;
  const s = ctx.settings;
  const lines = paragraphLines(doc);
  const decisions = classifyLines(lines, {
    threshold: s.boilerplateThreshold,
    repeatMinArticles: s.boilerplateRepeatMinArticles,
    headingMaxWords: s.headingMaxWords,
    id: doc.id,
    lineStats: ctx.lineStats,
  });
  // a literal, not a spread: the same keys in the same order, several times faster
  const paragraphs: Paragraph[] = mapPacked(doc.paragraphs, (p, i) => ({
    start: p.start,
    end: p.end,
    kind: decisions[i].kind,
    language: p.language,
    boilerplate: decisions[i].boilerplate,
  }));
  const source = doc.source ?? sourceUrl(doc, paragraphs);
  const title = doc.title ?? openingHeading(doc, paragraphs);
  return withChanges(doc, { paragraphs, source, title });
}

/**
 * Each paragraph's text in norm. A paragraph written as the one before it takes that one's
 * string, compared in place (runs of one line repeated: no copy each, and the classifier then
 * knows the two equal at once).
 */
function paragraphLines(doc: Doc): string[] {
  const lines: string[] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const { start, end } = doc.paragraphs[i];
    const before = i > 0 ? lines[i - 1] : "";
    lines.push(i > 0 && before.length === end - start && doc.norm.startsWith(before, start) ? before : doc.norm.slice(start, end));
  }
  return lines;
}

/** The text's first content paragraph when it is a heading: the article's title. */
function openingHeading(doc: Doc, paragraphs: Paragraph[]): string | null {
  const first = paragraphs.find((p) => p.kind !== "boilerplate");
  return first?.kind === "heading" ? doc.text.slice(first.start, first.end) : null;
}
