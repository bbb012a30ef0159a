/** The article's source URL, from a paragraph flagged "source" ("Source : https://…"). */
import type { Doc, Paragraph } from "../doc.ts";

const URL = /https?:\/\/[^\s<>"')\]]+/;

export function sourceUrl(doc: Doc, paragraphs: Paragraph[]): string | null {
  for (const p of paragraphs) {
    if (p.boilerplate?.label !== "source") continue;
    const m = URL.exec(doc.text.slice(p.start, p.end));
    if (m) return m[0].replace(/[.,;:]+$/, "");
  }
  return null;
}
