/**
 * Pairs quotation marks over the content paragraphs of a document.
 * « », ‹ ›, “ ”, „ “ (or „ ”) pair by kind; straight " pairs by position (an open one closes);
 * ‘ ’ are marks only where the paragraph's language says so, and never between two letters
 * (an apostrophe). A paragraph that opens « or “ and does not close it continues into the next
 * paragraph when that one opens with the same mark (newspaper convention). Marks that find no
 * partner are reported, never thrown.
 * The scan reads character codes (no one-character strings per mark: 1 MB of “” stays cheap).
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

const LAQUO = 0xab; // «
const RAQUO = 0xbb; // »
const LSAQUO = 0x2039; // ‹
const RSAQUO = 0x203a; // ›
const LDQUO = 0x201c; // “
const RDQUO = 0x201d; // ”
const BDQUO = 0x201e; // „
const QUOT = 0x22; // "
const LSQUO = 0x2018; // ‘
const RSQUO = 0x2019; // ’

/** the closing mark of each opening mark */
const CLOSER_OF = new Map<number, number>([[LAQUO, RAQUO], [LSAQUO, RSAQUO], [LDQUO, RDQUO], [BDQUO, LDQUO], [QUOT, QUOT], [LSQUO, RSQUO]]);
const OPENERS = new Set([LAQUO, LSAQUO, LDQUO, BDQUO, QUOT, LSQUO]);
const CLOSERS = new Set([RAQUO, RSAQUO, RDQUO, LDQUO, QUOT, RSQUO]);
const CONTINUABLE = new Set([LAQUO, LDQUO, BDQUO]);
/** the mark strings, made once */
const MARK_TEXT = new Map<number, string>([...OPENERS].map((c) => [c, String.fromCharCode(c)]));

/** every character that may be a quotation mark, by code: OPENS and CLOSES bits (“ and " have both) */
const ANY_MARK = new Uint8Array(0x2100);
const OPENS = 1;
const CLOSES = 2;
for (const c of OPENERS) ANY_MARK[c] |= OPENS;
for (const c of CLOSERS) ANY_MARK[c] |= CLOSES;
/** OPENERS.has(c) and CLOSERS.has(c), read from the table (NaN, outside the text, is in neither) */
const isOpener = (c: number): boolean => c < 0x2100 && (ANY_MARK[c] & OPENS) !== 0;
const isCloser = (c: number): boolean => c < 0x2100 && (ANY_MARK[c] & CLOSES) !== 0;
/** the same characters, searched natively over a long stretch */
const ANY_MARK_RE = /["«»‹›“”„‘’]/g;
/** how many code units are read one by one before the regex searches (marks often come close together) */
const NEAR = 8;
/** the last regex search: in lastText, the first possible mark at or after lastFrom is at lastAt (lastText.length when none) */
let lastText = "";
let lastFrom = -1;
let lastAt = -1;

/** offset of the first possible quotation mark in [from, end), or end */
function nextMark(text: string, from: number, end: number): number {
  const near = Math.min(end, from + NEAR);
  for (let i = from; i < near; i++) if (ANY_MARK[text.charCodeAt(i)]) return i;
  if (near >= end) return end;
  // searches go forward through a text: a mark found beyond a paragraph serves the next ones
  if (text !== lastText || near < lastFrom || near > lastAt) {
    ANY_MARK_RE.lastIndex = near;
    lastAt = ANY_MARK_RE.test(text) ? ANY_MARK_RE.lastIndex - 1 : text.length;
    lastText = text;
  }
  lastFrom = near;
  return lastAt < end ? lastAt : end;
}

interface Open {
  at: number;
  /** the opening mark's code */
  mark: number;
}

/** code at i, or -1 outside the text (charCodeAt gives NaN there) */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);
const isLetter = (c: number) => c >= 0 && isLetterOrDigitUnit(c);
const isSpaceOrEdge = (c: number) => c < 0 || isSpaceUnit(c);

/** Does the mark at i close the open mark on top of the stack? */
function closes(text: string, i: number, top: Open | undefined): boolean {
  if (!top) return false;
  const c = text.charCodeAt(i);
  if (c === LDQUO) return top.mark === BDQUO || (top.mark === LDQUO && !isLetter(codeAt(text, i + 1)) && !isSpaceOrEdge(codeAt(text, i - 1)));
  if (c === RDQUO) return top.mark === LDQUO || top.mark === BDQUO || top.mark === QUOT;
  if (c === QUOT) return top.mark === QUOT || ((top.mark === LDQUO || top.mark === BDQUO) && looksClosing(text, i));
  if (c === RSQUO) return top.mark === LSQUO || (top.mark === LDQUO && codeAt(text, i + 1) === RSQUO);
  return CLOSER_OF.get(top.mark) === c;
}

/** a straight mark after a space (or the start) and before a letter: "Yes, it opens */
function clearlyOpening(text: string, i: number): boolean {
  return isSpaceOrEdge(codeAt(text, i - 1)) && isLetter(codeAt(text, i + 1));
}

/** a mark after a non-space and before a space, punctuation or the end */
function looksClosing(text: string, i: number): boolean {
  return !isSpaceOrEdge(codeAt(text, i - 1)) && !isLetter(codeAt(text, i + 1));
}

/** ’ between letters, or after a letter with no ‘ open, is an apostrophe. */
function isApostrophe(text: string, i: number, stack: Open[]): boolean {
  if (isLetter(codeAt(text, i - 1)) && isLetter(codeAt(text, i + 1))) return true;
  return !stack.some((o) => o.mark === LSQUO);
}

const pairOf = (o: Open, close: number, depth: number): MarkPair => ({ open: o.at, close, depth, mark: MARK_TEXT.get(o.mark)! });

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
      if (first >= 0 && text.charCodeAt(first) === stack[0].mark) i = first + 1;
      else {
        for (const o of stack) unbalanced.push(o.at);
        stack = [];
      }
    }
    for (; i < para.end; i++) {
      i = nextMark(text, i, para.end);
      if (i >= para.end) break;
      const c = text.charCodeAt(i);
      const top = stack.length ? stack[stack.length - 1] : undefined;
      if (c === LSQUO || c === RSQUO) {
        if (!para.singleQuoteMarks) continue;
        if (c === LSQUO && isLetter(codeAt(text, i - 1))) continue;
        if (c === RSQUO && codeAt(text, i + 1) === RSQUO && top?.mark === LDQUO) {
          const o = stack.pop()!;
          // ’’ written for ”: the second one is the closing mark
          pairs.push(pairOf(o, i + 1, stack.length));
          i++;
          continue;
        }
        if (c === RSQUO && isApostrophe(text, i, stack)) continue;
      }
      const opener = isOpener(c);
      const closer = isCloser(c);
      if (!opener && !closer) continue;
      // a straight mark that clearly opens while one is open: the open one was a stray
      if (c === QUOT && top?.mark === QUOT && clearlyOpening(text, i)) {
        unbalanced.push(stack.pop()!.at);
        stack.push({ at: i, mark: c });
        continue;
      }
      if (closer && closes(text, i, top)) {
        stack.pop();
        pairs.push(pairOf(top!, i, stack.length));
        continue;
      }
      if (closer && !opener) {
        // a closer whose opener is deeper in the stack closes everything above it
        const k = findOpenFor(stack, text, i);
        if (k < 0) unbalanced.push(i);
        else {
          for (const o of stack.splice(k + 1)) unbalanced.push(o.at);
          const o = stack.pop()!;
          pairs.push(pairOf(o, i, stack.length));
        }
        continue;
      }
      stack.push({ at: i, mark: c });
    }
    if (stack.length) {
      const next = paragraphs[p + 1];
      const carry = next && CONTINUABLE.has(stack[0].mark) && stack.length === 1 && firstMark(text, next.start, next.end) === skipSpace(text, next.start, next.end) && codeAt(text, firstMark(text, next.start, next.end)) === stack[0].mark;
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
  for (let i = start; i < end; i++) if (isOpener(text.charCodeAt(i))) return i;
  return -1;
}
