/**
 * A quote whose marks run over several paragraphs (the newspaper convention: a paragraph that opens
 * a mark and does not close it goes on in the next one, which opens a mark again) is reported as
 * one quote per paragraph, each with the same cue and speaker, so every quote sits in one paragraph.
 */
import type { Paragraph } from "../doc.ts";
import { spanIndexAt } from "../doc.ts";
import type { Candidate } from "./view.ts";
import { OPENING_MARKS } from "./view.ts";

const SPACE = /\s/;

export function splitAcrossParagraphs<T extends Candidate & { paragraph: number }>(text: string, paragraphs: readonly Paragraph[], c: T): T[] {
  const first = c.paragraph;
  const last = spanIndexAt(paragraphs, Math.max(c.start, c.end - 1));
  if (last <= first) return [c];
  const out: T[] = [];
  for (let p = first; p <= last; p++) {
    const para = paragraphs[p];
    let s = Math.max(c.start, para.start);
    let e = Math.min(c.end, para.end);
    while (s < e && SPACE.test(text[s])) s++;
    if (p > first && s < e && OPENING_MARKS.has(text[s])) s++;
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push({ ...c, start: s, end: e, paragraph: p, confidence: p === first ? c.confidence : Math.min(c.confidence, 0.8) });
  }
  return out.length ? out : [c];
}
