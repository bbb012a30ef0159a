/**
 * Folding and word splitting for the boilerplate rules: one left-to-right pass per line, no
 * regex per phrase. Folded text is lower case, without accents, with "'" for every apostrophe,
 * single spaces, and no space before ":" (so "Source :" and "Source:" fold alike).
 */

const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[’‘`´ʼ]/g;

/** Folds the first `max` characters of a line (the lexicon data goes through here too). */
export function foldLine(line: string, max = 500): string {
  const head = line.length > max ? line.slice(0, max) : line;
  return foldByTable(head) ?? foldSlow(head);
}

/** The reference folding: NFD, marks dropped, apostrophes unified, lower case, spaces collapsed. */
function foldSlow(head: string): string {
  const base = (ASCII.test(head) ? head : head.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'")).toLowerCase();
  let out = "";
  let space = false;
  for (let i = 0; i < base.length; i++) {
    const c = base[i];
    if (c === " " || c === "\t" || c === "\u00A0" || c === "\u202F" || c === "\u2009") {
      space = out.length > 0;
      continue;
    }
    if (space && c !== ":") out += " ";
    space = false;
    out += c;
  }
  return out;
}

/**
 * The same folding one code unit at a time, from a table of each character's folding. NFD, mark
 * removal, apostrophes and lower case all act character by character on the scripts the table
 * covers (Latin, punctuation: no final-sigma rule, no reordering that survives mark removal), so
 * the result equals foldSlow's; any other character (Greek, surrogates, …) takes foldSlow.
 */
function foldByTable(head: string): string | null {
  const n = head.length;
  const check = lowerCaseCheck(head);
  if (check === SAME_AS_LOWER) return head.toLowerCase();
  // (a line that is not ASCII folds "`" to "'": the ASCII table keeps it)
  const table = check === NOT_LOWER_ASCII ? ASCII_FOLD : UNIT_FOLD;
  if (OUT.length < 2 * n + 2) OUT = new Uint16Array(2 * n + 64);
  const out = OUT;
  let len = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if (c >= TABLE_SIZE) return null;
    let m = table[c];
    if (m > 0 && m < 0x10000) {
      // the common case: one code unit, not a space
      if (space && m !== 58) out[len++] = 32; // ":" takes no space before it
      space = false;
      out[len++] = m;
      continue;
    }
    if (m === FOLD_SPACE) {
      space = len > 0;
      continue;
    }
    if (m === UNKNOWN) m = learn(c);
    if (m === SLOW) return null;
    if (m === NONE) continue;
    if (m === FOLD_SPACE) {
      space = len > 0;
      continue;
    }
    if (m >= 0x10000) {
      // two code units: each goes through the space rule
      const hi = m >>> 16;
      if (isFoldSpace(hi)) space = len > 0;
      else (len = pushFolded(out, len, hi, space)), (space = false);
      m &= 0xffff;
      if (isFoldSpace(m)) {
        space = len > 0;
        continue;
      }
    }
    len = pushFolded(out, len, m, space);
    space = false;
  }
  return unitsToString(out, len);
}

/** lowerCaseCheck's answers */
const SAME_AS_LOWER = 0;
const NOT_LOWER_ASCII = 1;
const NOT_LOWER = 2;

/**
 * Whether the folding of `head` is its lower case (SAME_AS_LOWER): single spaces between words
 * and none before ":", and every other character one whose folding is its lower case ("—", "«";
 * not "é", nor "`" in a line that is not ASCII, whose folding is "'"). Most lines are, and
 * toLowerCase is fast. Otherwise, whether the line is ASCII (NOT_LOWER_ASCII) or not (NOT_LOWER),
 * read in the same pass.
 */
function lowerCaseCheck(head: string): number {
  const n = head.length;
  let backtick = false;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1) return isAscii(head, i + 1) ? NOT_LOWER_ASCII : NOT_LOWER;
      const next = head.charCodeAt(i + 1);
      if (next === 32 || next === 58) return isAscii(head, i + 1) ? NOT_LOWER_ASCII : NOT_LOWER;
      continue;
    }
    if (c < 0x80) {
      if (c === 9 || c === 0) return isAscii(head, i + 1) ? NOT_LOWER_ASCII : NOT_LOWER;
      if (c === 96) backtick = true;
      continue;
    }
    // not ASCII: a "`" seen before folds to "'"
    if (backtick || c >= TABLE_SIZE) return NOT_LOWER;
    let same = FOLDS_TO_LOWER[c];
    if (same === 0) same = learnFoldsToLower(c);
    if (same !== 1) return NOT_LOWER;
    return restFoldsToLower(head, i + 1) ? SAME_AS_LOWER : NOT_LOWER;
  }
  return SAME_AS_LOWER;
}

/** lowerCaseCheck after the line's first character above ASCII (so the line is not ASCII) */
function restFoldsToLower(head: string, from: number): boolean {
  const n = head.length;
  for (let i = from; i < n; i++) {
    const c = head.charCodeAt(i);
    if (c === 32) {
      if (i === n - 1) return false;
      const next = head.charCodeAt(i + 1);
      if (next === 32 || next === 58) return false;
      continue;
    }
    if (c < 0x80) {
      if (c === 9 || c === 0 || c === 96) return false;
      continue;
    }
    if (c >= TABLE_SIZE) return false;
    let same = FOLDS_TO_LOWER[c];
    if (same === 0) same = learnFoldsToLower(c);
    if (same !== 1) return false;
  }
  return true;
}

/** no code unit above ASCII from `from` on (the units before it are known to be ASCII) */
function isAscii(head: string, from: number): boolean {
  for (let i = from; i < head.length; i++) if (head.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** per code unit above ASCII: 1 when its folding is its lower case, one unit and not a space; 2 when not; 0 not yet known */
const FOLDS_TO_LOWER = new Uint8Array(0x10000);

function learnFoldsToLower(c: number): number {
  let m = UNIT_FOLD[c];
  if (m === UNKNOWN) m = learn(c);
  const lower = String.fromCharCode(c).toLowerCase();
  const same = m > 0 && m < 0x10000 && lower.length === 1 && lower.charCodeAt(0) === m && !isFoldSpace(m);
  FOLDS_TO_LOWER[c] = same ? 1 : 2;
  return FOLDS_TO_LOWER[c];
}

function pushFolded(out: Uint16Array, len: number, unit: number, space: boolean): number {
  if (space && unit !== 58) out[len++] = 32; // ":" takes no space before it
  out[len++] = unit;
  return len;
}

const isFoldSpace = (u: number): boolean => u === 32 || u === 9 || u === 0xa0 || u === 0x202f || u === 0x2009;

/** UTF-16 decoding of code units, for long runs (faster than fromCharCode there); null on a big-endian machine. */
const UTF16 = new Uint8Array(new Uint16Array([0x4142]).buffer)[0] === 0x42 ? new TextDecoder("utf-16le", { ignoreBOM: true }) : null;

export function unitsToString(units: Uint16Array, len: number): string {
  if (len >= 128 && UTF16) return UTF16.decode(units.subarray(0, len));
  let s = "";
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return s;
}

/** Code units below this may be folded by table (Latin, combining marks, Latin Extended Additional, punctuation). */
export const TABLE_SIZE = 0x2100;
const UNKNOWN = 0;
export const NONE = -1;
export const SLOW = -2;
/** a character the space rule treats as white space */
export const FOLD_SPACE = -3;
let OUT = new Uint16Array(1100);
/** per code unit: its folding as one unit, two units (hi << 16 | lo), FOLD_SPACE, NONE (dropped), SLOW, or UNKNOWN */
const UNIT_FOLD = new Int32Array(TABLE_SIZE);
const ASCII_FOLD = new Int32Array(TABLE_SIZE);
for (let c = 0; c < 0x80; c++) ASCII_FOLD[c] = isFoldSpace(c) ? FOLD_SPACE : String.fromCharCode(c).toLowerCase().charCodeAt(0);

/**
 * The folding of one code unit below TABLE_SIZE, as foldByTable reads it in a line that is not
 * ASCII: one unit (> 0), two units (>= 0x10000), FOLD_SPACE, NONE (dropped) or SLOW.
 */
export function foldUnit(c: number): number {
  const m = UNIT_FOLD[c];
  return m === UNKNOWN ? learn(c) : m;
}

/** Whether code unit `c` (above ASCII, below TABLE_SIZE) folds to its lower case, one unit and not a space. */
export function foldsToLower(c: number): boolean {
  const same = FOLDS_TO_LOWER[c];
  return (same === 0 ? learnFoldsToLower(c) : same) === 1;
}

/** Fills UNIT_FOLD for `c` from the reference folding of that character alone. */
function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const covered = c < 0x370 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2000 && c < 0x2100);
  const folded = covered ? ch.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'").toLowerCase() : null;
  let m: number;
  if (folded === null || folded.length > 2 || folded.includes("\0")) m = SLOW;
  else if (folded.length === 0) m = NONE;
  else if (folded.length === 1) m = folded.charCodeAt(0);
  else m = folded.charCodeAt(0) * 0x10000 + folded.charCodeAt(1);
  if (m === 0) m = SLOW;
  else if (m > 0 && m < 0x10000 && isFoldSpace(m)) m = FOLD_SPACE;
  UNIT_FOLD[c] = m;
  return m;
}

/** A folded line stripped of leading bullets and trailing punctuation: the key of whole-line phrases. */
export function lineCore(folded: string): string {
  let start = 0;
  let end = folded.length;
  while (start < end && !isWordChar(folded.charCodeAt(start)) && !KEEP_LEADING.has(folded[start])) start++;
  while (end > start && !isWordChar(folded.charCodeAt(end - 1)) && folded[end - 1] !== ")" && folded[end - 1] !== "'") end--;
  return folded.slice(start, end).trim();
}

/**
 * Where a folded line starts once its leading bullets, arrows and dashes are left out (">> lire
 * aussi" → "lire aussi"), and the white space after them (as trimStart): the phrase tables read
 * from there, with no string cut.
 */
export function leadEnd(folded: string): number {
  let start = 0;
  while (start < folded.length && !isWordChar(folded.charCodeAt(start)) && !KEEP_LEADING.has(folded[start])) start++;
  if (start === 0) return 0;
  while (start < folded.length && WHITE_SPACE.test(folded[start])) start++;
  return start;
}

/** one character trimStart removes (JavaScript's white space and line terminators: the class \s) */
const WHITE_SPACE = /^\s$/;

/** characters a whole-line phrase may start with: "©", "(", "[", "|" */
const KEEP_LEADING = new Set(["©", "(", "[", "|", "@", "$", "€", "£"]);

export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) // Latin-1 letters and beyond (not punctuation blocks)
  );
}

/** Words of a folded line: runs of letters and digits, keeping inner "'", "-", "." ("l'afp", "sign-up", "crypto.com"). */
export function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    const inner = (code === 39 || code === 45 || code === 46) && start >= 0 && i + 1 < folded.length && isWordChar(folded.charCodeAt(i + 1)); // ' - .
    if (inner) continue;
    if (start >= 0) out.push(folded.slice(start, i));
    start = -1;
  }
  return out;
}

/** Does `text` hold `phrase` at `at`, ending on a word boundary? */
export function matchesAt(text: string, phrase: string, at: number): boolean {
  if (!text.startsWith(phrase, at)) return false;
  const next = at + phrase.length;
  if (next >= text.length) return true;
  const last = phrase.charCodeAt(phrase.length - 1);
  // a phrase that ends in punctuation or a space ("photo:", "via ") needs no boundary after it
  return !isWordChar(last) || !isWordChar(text.charCodeAt(next));
}

/** 32-bit FNV-1a hash of a string, as 8 hex digits. */
export function fnv1a(s: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
