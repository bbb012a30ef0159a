/**
 * segment — requires: text, norm. Assigns: paragraphs (one per non-empty line, kind "body"),
 * sentences.
 * Sentences end at . ! ? … followed by white space and a sentence opener, unless the period
 * closes a title ("M.", "Mr."), an initial ("J.-M."), a number at the start of a list item
 * ("1."), or an abbreviation ("janv.", "U.S.") that a capitalised function word does not follow;
 * and never inside a quotation that closes in the paragraph: a quoted passage of several
 * sentences stays in one sentence, so the quote stage sees it whole. A line without final
 * punctuation (a headline) is a paragraph, hence a sentence, of its own.
 * Segmentation runs before language detection, so the abbreviations, titles and function words
 * of every lexicon apply to every article.
 */
import { withChanges, type Doc, type Paragraph, type Sentence, type Span } from "../doc.ts";
import { allLexicons } from "../lexicons/index.ts";

/** . ! ? … */
const isTerminatorCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** every quotation mark, as it appears in norm (“ ” „ are folded to "): " « » ‹ › */
const isQuoteMark = (c: number): boolean => c === 34 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;

/**
 * The next terminator, or quotation mark, found natively (fast from the first article, before
 * the JIT has warmed up): `test` sets lastIndex and builds no match array. Each also stops at a
 * line end, so a paragraph without any is never searched past its line.
 */
const NEXT_TERMINATOR = /[.!?…\n]/g;
const NEXT_QUOTE_MARK = /["«»‹›\n]/g;

/** a stretch up to this long is read through the code table (a regex search costs more on a short line) */
const SHORT_STRETCH = 64;
/** how many characters of a longer stretch are read through the table before the regex is asked */
const RUN_LOOKAHEAD = 2;

/**
 * The offset of the first character `re` matches in `text[from, to)`, or `to`; `bit` is the
 * class of CODE_CLASS that holds the same characters.
 */
function nextMatch(re: RegExp, bit: number, text: string, from: number, to: number): number {
  if (from >= to) return to;
  // a short stretch through the table; a long one too for its first characters (the next mark of
  // a run of marks is right there: no regex call per mark), then by the regex
  const near = to - from <= SHORT_STRETCH ? to : from + RUN_LOOKAHEAD;
  for (let i = from; i < near; i++) if (CODE_CLASS[text.charCodeAt(i)] & bit) return i;
  if (near === to) return to;
  re.lastIndex = near;
  if (!re.test(text)) return to;
  return Math.min(re.lastIndex - 1, to);
}
/** characters that may follow a terminator and still belong to the ending sentence (in norm): " » ) ] ' › */
const isCloserCode = (c: number): boolean => c === 34 || c === 0xbb || c === 41 || c === 93 || c === 39 || c === 0x203a;

/** Exactly the white space of the regex `\s` (Unicode White_Space and the BOM), by code unit. */
function isSpaceCodeTest(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** the opening quotation marks « “ „ ‹ */
const isOpeningMarkCode = (c: number): boolean => c === 0xab || c === 0x201c || c === 0x201e || c === 0x2039;
const CLOSING_MARKS = new Set(["»", "\u201D", "›"]);
/** a sentence may open with a capital, a digit, an opening mark, a dash or a bracket */
const OPENER = /[\p{Lu}\p{N}«"“„‹(\[—–¿¡-]/u;
const WORD_CHAR = /[\p{L}\p{N}.\-]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

interface AbbreviationTables {
  /** titles before a name: never end a sentence */
  titles: Set<string>;
  /** case-sensitive abbreviations (capitalised entries) */
  exact: Set<string>;
  /** case-insensitive abbreviations, lower case */
  folded: Set<string>;
  /** function words, lower case: a capitalised one after an abbreviation starts a sentence */
  starters: Set<string>;
}

const tables = buildTables();

function buildTables(): AbbreviationTables {
  const t: AbbreviationTables = { titles: new Set(), exact: new Set(), folded: new Set(), starters: new Set() };
  for (const lex of allLexicons()) {
    for (const a of lex.segmentation.titles) t.titles.add(a);
    for (const a of lex.segmentation.abbreviations) {
      if (/^\p{Lu}/u.test(a)) t.exact.add(a);
      else t.folded.add(a.toLowerCase());
    }
    for (const w of lex.stopwords) t.starters.add(w);
  }
  return t;
}

/** Where `text[start, end)` starts once its leading white space is left out (as doc.ts trimSpan). */
function spaceEnd(text: string, start: number, end: number): number {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Where `text[start, end)` ends once its trailing white space is left out (as doc.ts trimSpan). */
function spaceStart(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The paragraphs: every line that holds more than white space, trimmed. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const start = spaceEnd(text, lineStart, lineEnd);
    const end = spaceStart(text, start, lineEnd);
    if (end > start) out.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Is the straight double quote at i an opening one? Decided by its neighbours. */
function straightQuoteOpens(norm: string, i: number, depth: number): boolean {
  // (char codes, no one-character string and regex per mark: 1 MB of " stays cheap)
  const spaceBefore = i === 0 || opensAfter(norm.charCodeAt(i - 1));
  const spaceAfter = i + 1 >= norm.length || isSpaceCode(norm.charCodeAt(i + 1));
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return depth === 0;
}

/** what a straight mark may open after, as /[\s(\[«—–-]/ tests it: white space, ( [ « — – - */
const opensAfterCode = (c: number): boolean => isSpaceCodeTest(c) || c === 40 || c === 91 || c === 0xab || c === 0x2014 || c === 0x2013 || c === 45;

/**
 * The character classes above as bits of one table over every code unit, read with one load:
 * a chain of comparisons whose rare branches never ran leaves the optimised code without type
 * feedback for them, and the first rare character (a "…" or an em space after a period) then
 * throws the optimised caller away and compiles it again. `c & 0xffff` maps charCodeAt's NaN
 * (outside the text) to 0, which is in no class, as NaN is in none of the comparisons.
 */
const TERMINATOR = 1;
const CLOSER = 2;
const SPACE_CODE = 4;
const OPENS_AFTER = 8;
const OPENING_MARK = 16;
/** what NEXT_TERMINATOR and NEXT_QUOTE_MARK find */
const TERMINATOR_OR_LINE_END = 32;
const QUOTE_MARK_OR_LINE_END = 64;
const CODE_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  CODE_CLASS[c] =
    (isTerminatorCode(c) ? TERMINATOR : 0) | (isCloserCode(c) ? CLOSER : 0) | (isSpaceCodeTest(c) ? SPACE_CODE : 0) | (opensAfterCode(c) ? OPENS_AFTER : 0) | (isOpeningMarkCode(c) ? OPENING_MARK : 0) |
    (isTerminatorCode(c) || c === 10 ? TERMINATOR_OR_LINE_END : 0) | (isQuoteMark(c) || c === 10 ? QUOTE_MARK_OR_LINE_END : 0);
}
const isTerminator = (c: number): boolean => (CODE_CLASS[c & 0xffff] & TERMINATOR) !== 0;
const isCloser = (c: number): boolean => (CODE_CLASS[c & 0xffff] & CLOSER) !== 0;
const isSpaceCode = (c: number): boolean => (CODE_CLASS[c & 0xffff] & SPACE_CODE) !== 0;
const opensAfter = (c: number): boolean => (CODE_CLASS[c & 0xffff] & OPENS_AFTER) !== 0;
const isOpeningMark = (c: number): boolean => (CODE_CLASS[c & 0xffff] & OPENING_MARK) !== 0;

/** The word ending just before `dot` (letters, periods and hyphens: "J.-M", "U.S", "Mme"). */
export function wordBefore(norm: string, dot: number, floor: number): string {
  let k = dot;
  while (k > floor && isWordCharAt(norm, k - 1)) k--;
  // without its leading periods and hyphens
  while (k < dot && (norm.charCodeAt(k) === 46 || norm.charCodeAt(k) === 45)) k++;
  return norm.slice(k, dot);
}

/** WORD_CHAR's test of the character at k, by code for ASCII (letters, digits, "." and "-"): no one-character string and regex run per character */
function isWordCharAt(norm: string, k: number): boolean {
  const c = norm.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
  return WORD_CHAR.test(norm[k]);
}

/** The letters of the word starting at k ("L" for "L'entreprise", "The" for "The"). */
function wordAt(norm: string, k: number, limit: number): string {
  let e = k;
  while (e < limit && LETTER.test(norm[e])) e++;
  return norm.slice(k, e);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** One capital letter, or several joined by periods or hyphens: "J", "J.-M", "J.R.R". */
export function isInitial(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  // told with no regex run: a word ending with a-z (most words before a period) is none, one capital A-Z is one
  if (last >= 97 && last <= 122) return false;
  if (word.length === 1 && last >= 65 && last <= 90) return true;
  return INITIAL.test(word);
}
const INITIAL = /^(?:\p{Lu}[.\-]{1,2})*\p{Lu}$/u;

/** OPENER's test of the character at k, by code for ASCII (A-Z, 0-9, " ( [ -): no one-character string and regex run per sentence */
export function opensSentenceAt(norm: string, k: number): boolean {
  const c = norm.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 40 || c === 91 || c === 45;
  return OPENER.test(norm[k]);
}

const isTitle = (word: string): boolean => tables.titles.has(word);

const isAbbreviation = (word: string): boolean => tables.exact.has(word) || tables.folded.has(word.toLowerCase());

/**
 * A capitalised function word ("The", "Il"), or an elided one ("C'est", "L'entreprise",
 * "Qu'il"): after an abbreviation, it starts a new sentence.
 */
function isStarter(word: string, elided: boolean): boolean {
  if (word.length === 0 || !/^\p{Lu}/u.test(word)) return false;
  return tables.starters.has(word.toLowerCase()) || (elided && word.length <= 2);
}

/** Sentence spans of one paragraph. */
export function splitSentences(text: string, norm: string, para: Span): Span[] {
  const out: Sentence[] = [];
  pushSentences(text, norm, para.start, para.end, 0, out);
  return out.map((s) => ({ start: s.start, end: s.end }));
}

/**
 * Pushes the sentences of the paragraph `text[paraStart, paraEnd)` (number `paragraph`) to `out`:
 * no list and no span made per paragraph or sentence on the way (1 MB of short lines: 65,000
 * paragraphs and more).
 */
function pushSentences(text: string, norm: string, paraStart: number, paraEnd: number, paragraph: number, out: Sentence[]): void {
  let start = paraStart;
  const marks = quoteMarks(text, norm, paraStart, paraEnd);
  let depth = marks.startDepth; // open quotation marks
  let next = 0; // the next of marks.positions to count (marks: the scratch record, this paragraph's until the next call)
  for (let i = nextMatch(NEXT_TERMINATOR, TERMINATOR_OR_LINE_END, norm, paraStart, paraEnd); i < paraEnd; i = nextMatch(NEXT_TERMINATOR, TERMINATOR_OR_LINE_END, norm, i + 1, paraEnd)) {
    if (!isTerminator(norm.charCodeAt(i))) continue; // a line end
    while (next < marks.count && marks.positions[next] <= i) depth = Math.max(0, depth + marks.roles[next++]);
    const end = boundaryAfter(text, norm, i, paraEnd, depth, start, marks);
    if (end < 0) {
      // skip the rest of a run of terminators ("...", "?!") so a long run costs one pass
      while (i + 1 < paraEnd && isTerminator(norm.charCodeAt(i + 1))) i++;
      continue;
    }
    const from = spaceEnd(text, start, end);
    out.push({ start: from, end: spaceStart(text, from, end), paragraph });
    start = end;
    depth = 0; // the closing marks up to `end` were counted by boundaryAfter
    while (next < marks.count && marks.positions[next] < end) next++;
    i = end - 1; // the search goes on from `end`
  }
  const from = spaceEnd(text, start, paraEnd);
  const to = spaceStart(text, from, paraEnd);
  if (to > from) out.push({ start: from, end: to, paragraph });
}

/**
 * Where the sentence ends if the terminator at i ends it, else -1. The end takes in repeated
 * terminators and closing marks ("monde. »", `monde."`, "vraiment ?!").
 */
function boundaryAfter(
  text: string,
  norm: string,
  i: number,
  limit: number,
  depth: number,
  sentStart: number,
  marks: QuoteMarks,
): number {
  let j = i + 1;
  while (j < limit && isTerminator(norm.charCodeAt(j))) j++;
  let d = depth;
  while (j < limit && (isCloser(norm.charCodeAt(j)) || norm.charCodeAt(j) === 32)) {
    if (opensQuote(text, norm, j, d)) break; // the next sentence's opening mark: `said. “Not`
    if (roleAt(marks, j) === -1) d = Math.max(0, d - 1);
    // a space is only skipped when a closing mark follows it ("monde . »")
    if (norm.charCodeAt(j) === 32 && !(j + 1 < limit && closesAfterSpace(text, norm, j + 1, d))) break;
    j++;
  }
  if (d > 0) return -1; // still inside a quotation
  if (j >= limit) return -1; // the paragraph's end closes the sentence anyway
  if (!isSpaceCode(norm.charCodeAt(j))) return -1; // "3.5", "U.S.-led", "www.x.fr"
  let k = j;
  while (k < limit && isSpaceCode(norm.charCodeAt(k))) k++;
  if (k >= limit || !opensSentenceAt(norm, k)) return -1;
  if (isElision(norm, i)) return -1;
  if (closedQuestion(norm, i, j, marks) && isShortAttribution(norm, k, limit)) return -1;
  if (norm.charCodeAt(i) === 46 && j === i + 1 && periodIsNotFinal(norm, i, sentStart, k, limit)) return -1;
  return j;
}

/** May the character at j, after a space, still close the ending sentence ("monde . »")? */
function closesAfterSpace(text: string, norm: string, j: number, depth: number): boolean {
  return isCloser(norm.charCodeAt(j)) && norm.charCodeAt(j) !== 39 && !opensQuote(text, norm, j, depth);
}

/** Is the mark at j an opening quotation mark (“ „ « ‹, or a straight quote that opens)? */
function opensQuote(text: string, norm: string, j: number, depth: number): boolean {
  // (char codes: a one-character string of a two-byte character is not internalised, and comparing
  // one with a literal throws away code optimised for internalised strings)
  const c = text.charCodeAt(j);
  return isOpeningMark(c) || (norm.charCodeAt(j) === 34 && c !== 0x201d && straightQuoteOpens(norm, j, depth));
}

/** Did the terminator at i end a quoted question or exclamation (`?"`, `! »`) that closes there? */
function closedQuestion(norm: string, i: number, j: number, marks: QuoteMarks): boolean {
  const c = norm.charCodeAt(i);
  if (c !== 63 && c !== 33) return false;
  for (let m = i + 1; m < j; m++) if (roleAt(marks, m) === -1) return true;
  return false;
}

/** words an attribution after a quoted question may have ("Kim said.", "asked the minister.") */
const MAX_ATTRIBUTION_WORDS = 4;
const MAX_ATTRIBUTION_CHARS = 60;

/**
 * Is the text from k a short clause that ends with a period, without quotation marks: the
 * attribution of the question just closed (`"…our son?" Kim said.`), which stays in its sentence.
 */
function isShortAttribution(norm: string, k: number, limit: number): boolean {
  let words = 0;
  let inWord = false;
  const stop = Math.min(limit, k + MAX_ATTRIBUTION_CHARS);
  for (let m = k; m < stop; m++) {
    const c = norm[m];
    if (c === ".") return words > 0 && words <= MAX_ATTRIBUTION_WORDS && (m + 1 >= limit || SPACE.test(norm[m + 1]));
    if (isTerminator(c.charCodeAt(0)) || c === '"' || c === "«" || c === "»") return false;
    const letter = LETTER.test(c);
    if (letter && !inWord) words++;
    inWord = letter || (inWord && (c === "-" || c === "'"));
  }
  return false;
}

/** "(...)" and "[…]" mark words left out of a quotation, not the end of a sentence. */
function isElision(norm: string, i: number): boolean {
  let s = i;
  while (s > 0 && isTerminator(norm.charCodeAt(s - 1))) s--;
  return s > 0 && (norm[s - 1] === "(" || norm[s - 1] === "[");
}

/** Does the period at `dot` belong to a title, an initial, a list number or an abbreviation? */
function periodIsNotFinal(norm: string, dot: number, sentStart: number, next: number, limit: number): boolean {
  const word = wordBefore(norm, dot, sentStart);
  if (isDigitCode(word.charCodeAt(0)) && /^\d+$/.test(word)) return /^\s*\d{1,2}$/.test(norm.slice(sentStart, dot)); // "1. Le premier point"
  if (isTitle(word)) return true;
  if (isAbbreviation(word)) {
    const nextWord = wordAt(norm, next, limit);
    return !isStarter(nextWord, norm.charCodeAt(next + nextWord.length) === 39);
  }
  return isInitial(word);
}

/**
 * The quotation marks of a paragraph that count: +1 opens, -1 closes. One record is filled anew
 * for each paragraph (quoteMarks): no three lists and an object per paragraph with a quote.
 */
class QuoteMarks {
  /** quotations already open where the paragraph starts */
  startDepth = 0;
  /** how many marks count */
  count = 0;
  /** offsets of the paragraph's quotation marks, in order (the first `count`) */
  positions = new Int32Array(64);
  /** the role of each of them: +1, -1, or 0 for an opening mark that never closes */
  roles = new Int8Array(64);
  /** the marks still open while pairing: indices into positions, a stack of `openCount` */
  open = new Int32Array(64);
  openCount = 0;

  clear(): void {
    this.startDepth = 0;
    this.count = 0;
    this.openCount = 0;
  }

  add(position: number, role: 1 | -1): void {
    if (this.count === this.positions.length) this.grow();
    if (role === 1) this.open[this.openCount++] = this.count;
    this.positions[this.count] = position;
    this.roles[this.count] = role;
    this.count++;
  }

  private grow(): void {
    const size = 2 * this.positions.length;
    const positions = new Int32Array(size);
    positions.set(this.positions);
    const roles = new Int8Array(size);
    roles.set(this.roles);
    const open = new Int32Array(size);
    open.set(this.open);
    this.positions = positions;
    this.roles = roles;
    this.open = open;
  }
}

const MARKS = new QuoteMarks();

/** The role of the mark at offset i (0 when there is none): a binary search over the positions. */
function roleAt(marks: QuoteMarks, i: number): number {
  let lo = 0;
  let hi = marks.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = marks.positions[mid];
    if (p === i) return marks.roles[mid];
    if (p < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Pairs the paragraph's quotation marks. Guillemets and curly quotes tell their direction (and
 * scrapers mix straight and curly marks, so they pair with each other); a straight quote is read
 * from its neighbours. A paragraph cut out of a longer quotation ends with closing marks it never
 * opened (`… back to Nigeria?" Kim said.`): it starts inside a quotation (a straight quote counts
 * so only right after punctuation, not as inches: `65" screen`). An opening mark never closed in
 * the paragraph (a stray mark, or a quotation going on in the next paragraph) is not counted, so
 * it cannot swallow the rest of a long paragraph into one sentence.
 */
function quoteMarks(text: string, norm: string, paraStart: number, paraEnd: number): QuoteMarks {
  const marks = MARKS;
  marks.clear();
  for (let i = nextMatch(NEXT_QUOTE_MARK, QUOTE_MARK_OR_LINE_END, norm, paraStart, paraEnd); i < paraEnd; i = nextMatch(NEXT_QUOTE_MARK, QUOTE_MARK_OR_LINE_END, norm, i + 1, paraEnd)) {
    if (!isQuoteMark(norm.charCodeAt(i))) continue; // a line end
    const kind = markKind(text, norm, i, marks.openCount);
    if (kind === 0) continue;
    if (kind === -1) {
      if (marks.openCount > 0) marks.openCount--;
      else marks.startDepth++;
    }
    marks.add(i, kind);
  }
  for (let k = 0; k < marks.openCount; k++) marks.roles[marks.open[k]] = 0;
  return marks;
}

function markKind(text: string, norm: string, i: number, depth: number): 1 | -1 | 0 {
  const c = text.charCodeAt(i);
  if (c === 0xab || c === 0x201c || c === 0x201e || c === 0x2039) return 1; // « “ „ ‹ (OPENING_MARKS)
  if (c === 0xbb || c === 0x201d || c === 0x203a) return -1; // » ” › (CLOSING_MARKS)
  if (norm.charCodeAt(i) !== 34) return 0;
  if (straightQuoteOpens(norm, i, depth)) return 1;
  return depth > 0 || (i > 0 && closesAfter(norm.charCodeAt(i - 1))) ? -1 : 0;
}

/** a terminator or comma before a straight mark makes it a closing one, as /[.,;:!?…]/ tests it */
const closesAfter = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2026;

export function segment(doc: Doc): Doc {
  const { text, norm } = doc;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  // the lines of splitParagraphs, read in place: no span made per paragraph
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const start = spaceEnd(text, lineStart, lineEnd);
    const end = spaceStart(text, start, lineEnd);
    if (end > start) {
      paragraphs.push({ start, end, kind: "body", language: "und", boilerplate: null });
      pushSentences(text, norm, start, end, paragraphs.length - 1, sentences);
    }
    lineStart = lineEnd + 1;
  }
  return withChanges(doc, { paragraphs, sentences });
}
