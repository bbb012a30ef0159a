/**
 * One pass over the article's content paragraphs: word tokens with their offsets, folded form,
 * shape and sentence. Apostrophes and periods split words ("l'Intérieur" → "l", "Intérieur");
 * hyphens do not ("Jean-Marc").
 */
import type { Doc } from "../doc.ts";
import { gallopAtOrAfter, sentenceAt } from "../doc.ts";
import { foldWord } from "./folding.ts";
import { scanShapedWords, SHAPE_BEYOND_LATIN1, SHAPE_CAP, SHAPE_HAS_LOWER, SHAPE_HAS_UPPER, SHAPE_NON_ASCII, SHAPE_UPPER_AFTER_FIRST } from "./word-scan.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** lower case, accents kept: for function words, where "a" and "à" differ */
  lower: string;
  /** first letter upper case */
  cap: boolean;
  /** two letters or more, all upper case ("SNCF", "PDG") */
  acronym: boolean;
  /** index in doc.sentences, or -1 */
  sentence: number;
  /** index in doc.paragraphs, or -1 */
  paragraph: number;
}

/** a word; a capital and an apostrophe before a capital belong to it ("O'Leary", "L'Oréal") */
const WORD = /(?:\p{Lu}'(?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenize(doc: Doc): Token[] {
  const out: Token[] = [];
  const sentences = new SentenceCursor(doc);
  if (!doc.paragraphs.length) {
    tokenizeSpan(doc.norm, 0, doc.norm.length, -1, sentences, out);
    return out;
  }
  doc.paragraphs.forEach((p, i) => {
    if (p.kind !== "boilerplate") tokenizeSpan(doc.norm, p.start, p.end, i, sentences, out);
  });
  return out;
}

function tokenizeSpan(norm: string, from: number, to: number, paragraph: number, sentences: SentenceCursor, out: Token[]): void {
  const before = out.length;
  const sentenceAtStart = sentences.state();
  const scanned = scanShapedWords(norm, from, to, (start, end, shape) => {
    const text = norm.slice(start, end);
    const cap = (shape & SHAPE_CAP) !== 0;
    // ASCII with no capital: its own lower case and folded form (the most common word, no copy needed)
    const plain = (shape & (SHAPE_NON_ASCII | SHAPE_HAS_UPPER)) === 0;
    const own = plain || ((shape & SHAPE_HAS_UPPER) === 0 && ((shape & SHAPE_BEYOND_LATIN1) === 0 || ownLowerCase(text)));
    const lower = own ? text : capitalisedAscii(shape) ? ASCII_LOWER[text.charCodeAt(0)] + norm.slice(start + 1, end) : text.toLowerCase();
    // (a word that is its own lower case and not ASCII has a non-ASCII lower case: no second look)
    const asciiLower = (shape & SHAPE_NON_ASCII) === 0 || (!own && isAscii(lower));
    out.push({
      start,
      end,
      text,
      lower,
      folded: plain || asciiLower ? lower : foldWord(text),
      cap,
      acronym: cap && end - start >= 2 && (shape & SHAPE_HAS_LOWER) === 0,
      sentence: sentences.at(start),
      paragraph,
    });
  });
  if (scanned) return;
  // a surrogate pair: the whole span again through the regex
  out.length = before;
  sentences.restore(sentenceAtStart);
  tokenizeSpanByRegex(norm, from, to, paragraph, sentences, out);
}

/** The same tokens with the regex: for text with characters outside the Basic Multilingual Plane. */
function tokenizeSpanByRegex(norm: string, from: number, to: number, paragraph: number, sentences: SentenceCursor, out: Token[]): void {
  const slice = norm.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const start = from + m.index;
    const text = m[0];
    const cap = UPPER_FIRST.test(text);
    const lower = text.toLowerCase();
    out.push({
      start,
      end: start + text.length,
      text,
      lower,
      folded: isAscii(lower) ? lower : foldWord(text),
      cap,
      acronym: cap && text.length >= 2 && !HAS_LOWER.test(text),
      sentence: sentences.at(start),
      paragraph,
    });
  }
}

/** `sentenceAt` for offsets that mostly come in increasing order: a cursor instead of a binary search each time. */
class SentenceCursor {
  private i = 0;
  private last = -1;
  constructor(private readonly doc: Doc) {}

  state(): [number, number] {
    return [this.i, this.last];
  }

  restore([i, last]: [number, number]): void {
    this.i = i;
    this.last = last;
  }

  at(offset: number): number {
    const ss = this.doc.sentences;
    if (offset < this.last) return sentenceAt(this.doc, offset);
    this.last = offset;
    while (this.i < ss.length && ss[this.i].end <= offset) this.i++;
    return this.i < ss.length && ss[this.i].start <= offset ? this.i : sentenceAt(this.doc, offset);
  }
}

/** The characters between two tokens (what separates them in the text). */
export const gapBetween = (norm: string, a: Token, b: Token): string => norm.slice(a.end, b.start);

/**
 * tokens[i], or undefined past either end, read with no load outside the array: such a load
 * makes V8 drop a function's optimised code the first time it happens (at an article's first or
 * last word), and compile it again.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** Index of the first token starting at or after `offset` (binary search), or tokens.length. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `tokenAtOrAfter` for offsets that come close to each other (the quotes of an article, read in
 * text order, ask about the same few words several times each): a gallop from the last answer,
 * a few steps, instead of a search over the whole article each time (80,000 quotes in a 1 MB
 * article asked ten binary searches of 18 steps each).
 */
export class TokenLocator {
  private last = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  /** Index of the first token starting at or after `offset`, or tokens.length. */
  at(offset: number): number {
    this.last = gallopAtOrAfter(this.tokens, this.last, offset);
    return this.last;
  }
}

/** s.includes("-"), read in place (includes on the two-byte strings of most articles costs more) */
export function hasHyphen(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 0x2d) return true;
  return false;
}

/** the lower case of each ASCII character */
const ASCII_LOWER: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c).toLowerCase());

/**
 * An ASCII word whose only capital is its first letter ("Trump"): its lower case is that letter's
 * and the rest as written (toLowerCase, on the two-byte strings of most articles, is a runtime call).
 */
const capitalisedAscii = (shape: number): boolean => (shape & (SHAPE_NON_ASCII | SHAPE_UPPER_AFTER_FIRST)) === 0;

/** Latin characters (up to U+024F) that are their own lower case: not only capitals change ("ǅ" is a title-case letter) */
const LATIN_END = 0x250;
const OWN_LOWER = Uint8Array.from({ length: LATIN_END }, (_, c) => (String.fromCharCode(c).toLowerCase() === String.fromCharCode(c) ? 1 : 0));

/**
 * A word of Latin characters that are each their own lower case ("été", "général") is its own
 * lower case (toLowerCase, on the two-byte strings of most articles, is a runtime call). A word
 * with no capital and no character above U+00FF needs no look: the only characters there whose
 * lower case differs are capitals (title-case letters such as "ǅ" come later).
 */
function ownLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LATIN_END || OWN_LOWER[c] === 0) return false;
  }
  return true;
}

/** Most words are plain ASCII: their folded form is their lower case, no Unicode normalisation needed. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
