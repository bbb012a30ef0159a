/**
 * segment — requires: text, norm. Assigns: paragraphs (one per non-empty line), sentences.
 * Sentences end at . ! ? … followed by white space and a sentence opener, unless the period
 * closes an abbreviation or an initial, and never inside an open quotation: a quoted passage of
 * several sentences stays in one sentence, so the quote stage sees it whole.
 */
import type { Doc, Paragraph, Sentence, Span } from "../doc.ts";
import { trimSpan } from "../doc.ts";
import { allLexicons } from "../lexicons/index.ts";

const TERMINATORS = new Set([".", "!", "?", "…"]);
/** characters that may follow a terminator and still belong to the ending sentence */
const CLOSERS = new Set(['"', "»", ")", "]", "'", "\u201D", "\u2019", "›"]);
const OPENING_MARKS = new Set(["«", "\u201C", "\u201E", "‹"]);
const CLOSING_MARKS = new Set(["»", "\u201D", "›"]);
/** a sentence may open with a capital, a digit, an opening mark, a dash or a bracket */
const OPENER = /[\p{Lu}\p{N}«"“„‹(\[—–¿¡-]/u;

const abbreviations = buildAbbreviationSet();

function buildAbbreviationSet(): { exact: Set<string>; folded: Set<string> } {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const lex of allLexicons())
    for (const a of lex.segmentation.abbreviations) {
      // capitalised forms (M, Mme, Dr) must match exactly: "M." is a title, "m." is a metre
      if (/^\p{Lu}/u.test(a)) exact.add(a);
      else folded.add(a.toLowerCase());
    }
  return { exact, folded };
}

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const s = trimSpan(text, { start: lineStart, end: i });
    if (s.end > s.start) out.push(s);
    lineStart = i + 1;
  }
  return out;
}

/** Is the straight double quote at i an opening one? Decided by its neighbours. */
function straightQuoteOpens(norm: string, i: number, depth: number): boolean {
  const before = i > 0 ? norm[i - 1] : " ";
  const after = i + 1 < norm.length ? norm[i + 1] : " ";
  const spaceBefore = /[\s(\[«—–-]/.test(before) || i === 0;
  const spaceAfter = /\s/.test(after) || i + 1 === norm.length;
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return depth === 0;
}

/** The word ending just before `dot` (letters, periods and hyphens: "J.-M", "U.S", "Mme"). */
function wordBefore(norm: string, dot: number, floor: number): string {
  let k = dot;
  while (k > floor && /[\p{L}.\-]/u.test(norm[k - 1])) k--;
  return norm.slice(k, dot);
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  const bare = word.replace(/^[.\-]+/, "");
  if (abbreviations.exact.has(bare) || abbreviations.folded.has(bare.toLowerCase())) return true;
  // an initial: "J.", "J.-M.", "A.B."
  if (/^(\p{Lu}\.?-?)+$/u.test(bare) && bare.replace(/[.\-]/g, "").length <= 3) return true;
  return false;
}

/** Sentence spans of one paragraph. */
export function splitSentences(text: string, norm: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  let depth = 0; // open quotation marks
  const balanced = quotesBalance(text, norm, para);
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (OPENING_MARKS.has(c)) depth++;
    else if (CLOSING_MARKS.has(c)) depth = Math.max(0, depth - 1);
    else if (norm[i] === '"') depth = straightQuoteOpens(norm, i, depth) ? depth + 1 : Math.max(0, depth - 1);
    if (!TERMINATORS.has(norm[i])) continue;
    const end = boundaryAfter(text, norm, i, para.end, balanced ? depth : 0, start);
    if (end < 0) continue;
    out.push(trimSpan(text, { start, end }));
    start = end;
    depth = 0;
    i = end - 1;
  }
  const last = trimSpan(text, { start, end: para.end });
  if (last.end > last.start) out.push(last);
  return out;
}

/**
 * Where the sentence ends if the terminator at i ends it, else -1. The end takes in repeated
 * terminators and closing marks ("monde. »", `monde."`, "vraiment ?!").
 */
function boundaryAfter(text: string, norm: string, i: number, limit: number, depth: number, sentStart: number): number {
  let j = i + 1;
  while (j < limit && TERMINATORS.has(norm[j])) j++;
  let d = depth;
  while (j < limit && (CLOSERS.has(norm[j]) || norm[j] === " ")) {
    if (norm[j] !== " " && norm[j] !== "'" && norm[j] !== ")" && norm[j] !== "]") d = Math.max(0, d - 1);
    // a space is only skipped when a closing mark follows it ("monde . »")
    if (norm[j] === " " && !(j + 1 < limit && CLOSERS.has(norm[j + 1]) && norm[j + 1] !== "'")) break;
    j++;
  }
  if (d > 0) return -1; // still inside a quotation
  if (j >= limit) return -1; // the paragraph's end closes the sentence anyway
  if (!/\s/.test(norm[j])) return -1; // "3.5", "U.S.-led", "www.x.fr"
  let k = j;
  while (k < limit && /\s/.test(norm[k])) k++;
  if (k >= limit || !OPENER.test(norm[k])) return -1;
  if (norm[i] === "." && j === i + 1 && isAbbreviation(wordBefore(norm, i, sentStart))) return -1;
  return j;
}

/** Whether the paragraph's quotation marks pair up; if not, quote depth is ignored. */
function quotesBalance(text: string, norm: string, para: Span): boolean {
  let guillemets = 0;
  let curly = 0;
  let straight = 0;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (c === "«") guillemets++;
    else if (c === "»") guillemets--;
    else if (c === "\u201C" || c === "\u201E") curly++;
    else if (c === "\u201D") curly--;
    else if (c === '"') straight++;
  }
  return guillemets === 0 && curly === 0 && straight % 2 === 0;
}

export function segment(doc: Doc): Doc {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of splitParagraphs(doc.text)) {
    const index = paragraphs.length;
    paragraphs.push({ ...span, kind: "body", language: "und", boilerplate: null });
    for (const s of splitSentences(doc.text, doc.norm, span)) sentences.push({ ...s, paragraph: index });
  }
  return { ...doc, paragraphs, sentences };
}
