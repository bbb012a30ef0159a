/**
 * Pairs quotation marks over the content paragraphs of a document.
 * « », ‹ ›, “ ”, „ “ (or „ ”) pair by kind; straight " pairs by position (an open one closes);
 * ‘ ’ are marks only where the paragraph's language says so, and never between two letters
 * (an apostrophe). A paragraph that opens « or “ and does not close it continues into the next
 * paragraph when that one opens with the same mark (newspaper convention). Marks that find no
 * partner are reported, never thrown.
 */
import { isLetterOrDigitUnit, isSpaceUnit } from "./tokens.ts";

export interface MarkPair {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark */
  close: number;
  /** 0 for an outermost pair */
  depth: number;
  /** the opening mark as written */
  mark: string;
}

export interface ParagraphSpan {
  start: number;
  end: number;
  singleQuoteMarks: boolean;
}

export interface PairingResult {
  pairs: MarkPair[];
  /** offsets of marks left without a partner */
  unbalanced: number[];
}

const CLOSER_OF: Readonly<Record<string, string>> = { "«": "»", "‹": "›", "\u201C": "\u201D", "\u201E": "\u201C", '"': '"', "\u2018": "\u2019" };
const OPENERS = new Set(["«", "‹", "\u201C", "\u201E", '"', "\u2018"]);
const CLOSERS = new Set(["»", "›", "\u201D", "\u201C", '"', "\u2019"]);
const CONTINUABLE = new Set(["«", "\u201C", "\u201E"]);
/** every character that may be a quotation mark, by code: the scan jumps from one to the next */
const ANY_MARK = new Uint8Array(0x2100);
for (const c of '«»‹›\u201C\u201D\u201E"\u2018\u2019') ANY_MARK[c.charCodeAt(0)] = 1;

/** offset of the first possible quotation mark in [from, end), or end */
function nextMark(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && !ANY_MARK[text.charCodeAt(i)]) i++;
  return i;
}

interface Open {
  at: number;
  mark: string;
}

const isLetter = (c: string | undefined) => c !== undefined && isLetterOrDigitUnit(c.charCodeAt(0));
const isSpaceOrEdge = (c: string | undefined) => c === undefined || isSpaceUnit(c.charCodeAt(0));

/** Does the mark at i close the open mark on top of the stack? */
function closes(text: string, i: number, top: Open | undefined): boolean {
  if (!top) return false;
  const c = text[i];
  if (c === "\u201C") return top.mark === "\u201E" || (top.mark === "\u201C" && !isLetter(text[i + 1]) && !isSpaceOrEdge(text[i - 1]));
  if (c === "\u201D") return top.mark === "\u201C" || top.mark === "\u201E" || top.mark === '"';
  if (c === '"') return top.mark === '"' || ((top.mark === "\u201C" || top.mark === "\u201E") && looksClosing(text, i));
  if (c === "\u2019") return top.mark === "\u2018" || (top.mark === "\u201C" && text[i + 1] === "\u2019");
  return CLOSER_OF[top.mark] === c;
}

/** a straight mark after a space (or the start) and before a letter: "Yes, it opens */
function clearlyOpening(text: string, i: number): boolean {
  return isSpaceOrEdge(text[i - 1]) && isLetter(text[i + 1]);
}

/** a mark after a non-space and before a space, punctuation or the end */
function looksClosing(text: string, i: number): boolean {
  return !isSpaceOrEdge(text[i - 1]) && !isLetter(text[i + 1]);
}

/** ’ between letters, or after a letter with no ‘ open, is an apostrophe. */
function isApostrophe(text: string, i: number, stack: Open[]): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return true;
  return !stack.some((o) => o.mark === "\u2018");
}

export function pairMarks(text: string, paragraphs: readonly ParagraphSpan[]): PairingResult {
  const pairs: MarkPair[] = [];
  const unbalanced: number[] = [];
  let stack: Open[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    // a carried-over quote: the paragraph's own opening mark repeats the open one
    if (stack.length) {
      const first = firstMark(text, para.start, para.end);
      if (first >= 0 && text[first] === stack[0].mark) i = first + 1;
      else {
        for (const o of stack) unbalanced.push(o.at);
        stack = [];
      }
    }
    for (; i < para.end; i++) {
      i = nextMark(text, i, para.end);
      if (i >= para.end) break;
      const c = text[i];
      if (c === "\u2018" || c === "\u2019") {
        if (!para.singleQuoteMarks) continue;
        if (c === "\u2018" && isLetter(text[i - 1])) continue;
        if (c === "\u2019" && text[i + 1] === "\u2019" && stack.at(-1)?.mark === "\u201C") {
          const o = stack.pop()!;
          // ’’ written for ”: the second one is the closing mark
          pairs.push({ open: o.at, close: i + 1, depth: stack.length, mark: o.mark });
          i++;
          continue;
        }
        if (c === "\u2019" && isApostrophe(text, i, stack)) continue;
      }
      if (!OPENERS.has(c) && !CLOSERS.has(c)) continue;
      // a straight mark that clearly opens while one is open: the open one was a stray
      if (c === '"' && stack.at(-1)?.mark === '"' && clearlyOpening(text, i)) {
        unbalanced.push(stack.pop()!.at);
        stack.push({ at: i, mark: c });
        continue;
      }
      const top = stack.at(-1);
      if (CLOSERS.has(c) && closes(text, i, top)) {
        stack.pop();
        pairs.push({ open: top!.at, close: i, depth: stack.length, mark: top!.mark });
        continue;
      }
      if (CLOSERS.has(c) && !OPENERS.has(c)) {
        // a closer whose opener is deeper in the stack closes everything above it
        const k = findOpenFor(stack, text, i);
        if (k < 0) unbalanced.push(i);
        else {
          for (const o of stack.splice(k + 1)) unbalanced.push(o.at);
          const o = stack.pop()!;
          pairs.push({ open: o.at, close: i, depth: stack.length, mark: o.mark });
        }
        continue;
      }
      stack.push({ at: i, mark: c });
    }
    if (stack.length) {
      const next = paragraphs[p + 1];
      const carry = next && CONTINUABLE.has(stack[0].mark) && stack.length === 1 && firstMark(text, next.start, next.end) === skipSpace(text, next.start, next.end) && text[firstMark(text, next.start, next.end)] === stack[0].mark;
      if (!carry) {
        for (const o of stack) unbalanced.push(o.at);
        stack = [];
      }
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  return { pairs, unbalanced };
}

function findOpenFor(stack: Open[], text: string, i: number): number {
  for (let k = stack.length - 1; k >= 0; k--) if (closes(text, i, stack[k])) return k;
  return -1;
}

function skipSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}

/** offset of the first opening mark of a span, or -1 */
function firstMark(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (OPENERS.has(text[i])) return i;
  return -1;
}
