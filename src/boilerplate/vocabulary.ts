/**
 * The boilerplate vocabulary of every language, compiled once into lookup tables. The stage runs
 * before the language stage, so the phrases of all languages apply to every article (a French
 * site's "Partager" bar under an English wire story is still a share bar).
 */
import type { BoilerplateLabel } from "../doc.ts";
import { allLexicons } from "../lexicons/index.ts";
import { creditAgencies, promoBrands, socialNetworks } from "../lexicons/brands.ts";
import { foldLine, lineCore, matchesAt, words } from "./text.ts";

export interface Phrase {
  text: string;
  label: BoilerplateLabel;
}

/** Multi-word terms looked up over a line's words: one map from a term's first word to the term itself and/or its longer forms. */
export class TermSet {
  private readonly byFirst = new Map<string, { single: boolean; multi: string[][] }>();
  /** first words by length and first code unit (see firstKey): most words are ruled out without hashing them */
  private readonly firsts = new Uint8Array(FIRST_KEYS);
  /** the most words a term has */
  maxWords = 0;
  constructor(terms: Iterable<string>) {
    for (const t of terms) {
      const parts = foldLine(t).split(" ");
      const entry = this.byFirst.get(parts[0]) ?? { single: false, multi: [] };
      this.maxWords = Math.max(this.maxWords, parts.length);
      if (parts.length === 1) entry.single = true;
      else entry.multi.push(parts);
      this.byFirst.set(parts[0], entry);
      this.firsts[firstKey(parts[0])] = 1;
    }
  }
  /** Length in words of the term starting at words[i], or 0 (a longer term first, in the order given). */
  matchAt(words: readonly string[], i: number): number {
    const w = words[i];
    if (w === undefined || this.firsts[firstKey(w)] === 0) return 0;
    const entry = this.byFirst.get(w);
    if (entry === undefined) return 0;
    for (const parts of entry.multi) if (startsWithWords(words, i, parts)) return parts.length;
    return entry.single ? 1 : 0;
  }
  /** the first words of the terms */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
  has(word: string): boolean {
    return this.firsts[firstKey(word)] !== 0 && this.byFirst.get(word)?.single === true;
  }
}

const FIRST_KEYS = 1 << 16;
/** A number for a word from its length and first code unit (0 for ""); equal words have equal keys. */
const firstKey = (w: string): number => (w.length === 0 ? 0 : (w.charCodeAt(0) * 64 + (w.length & 63)) & (FIRST_KEYS - 1));

/**
 * The key of Vocabulary.firstBits for a word of `size` (> 0) code units from its first, second
 * (the first again for a word of one unit) and last ones; equal words have equal keys.
 */
export function wordBitsKey(first: number, second: number, last: number, size: number): number {
  let h = Math.imul(first ^ (size << 16), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ second, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ last, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & (FIRST_KEYS - 1);
}

/** Vocabulary.firstBits: a word may open a promotion brand, a call to action, an offer word */
export const BRAND_BIT = 1;
export const CTA_BIT = 2;
export const OFFER_BIT = 4;
/** … an agency's name, a byline ("by", "par") */
export const AGENCY_BIT = 8;
export const BYLINE_BIT = 16;
/** … or be a date word (anchor or filler), a share imperative, a related-header noun, a bio noun */
export const DATE_BIT = 32;
export const SHARE_BIT = 64;
export const HEADER_BIT = 128;
export const BIO_BIT = 256;
export const ALL_TERM_BITS = 511;

/** The bits of each word key: `bit` for the first words of a term set's terms, or the words of a word set. */
function firstBitsOf(sets: [Iterable<string>, number][]): Uint16Array {
  const bits = new Uint16Array(FIRST_KEYS);
  for (const [words, bit] of sets)
    for (const w of words) if (w.length > 0) bits[wordBitsKey(w.charCodeAt(0), w.charCodeAt(w.length > 1 ? 1 : 0), w.charCodeAt(w.length - 1), w.length)] |= bit;
  return bits;
}

/**
 * The "anywhere" phrases, looked for in a line by one regular expression (their alternation, as
 * literals): most lines hold none, and the regex says so natively in one pass. `first` is the
 * phrase that comes first in the list among those the line holds, as
 * `phrases.find((p) => line.includes(p.text))` gives it. Linear: an alternation of literals.
 */
export class PhraseFinder {
  private readonly any: RegExp;
  constructor(readonly phrases: readonly Phrase[]) {
    const literals = phrases.map((p) => p.text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    this.any = new RegExp(phrases.length ? literals.join("|") : "(?!)");
  }
  first(line: string): Phrase | undefined {
    return this.any.test(line) ? this.phrases.find((x) => line.includes(x.text)) : undefined;
  }
}

function startsWithWords(words: readonly string[], i: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) return false;
  return true;
}

/** Phrases bucketed by their first two characters (as one number), longest first. */
class PrefixTable {
  private readonly buckets = new Map<number, Phrase[]>();
  add(p: Phrase): void {
    const key = keyOf(p.text, 0, 2);
    const list = this.buckets.get(key) ?? [];
    list.push(p);
    list.sort((a, b) => b.text.length - a.text.length);
    this.buckets.set(key, list);
  }
  /** The longest phrase that opens `folded.slice(at)` on a word boundary. */
  find(folded: string, at = 0): Phrase | null {
    // (most lines open with no phrase's first characters: no bucket, and no empty list made for it)
    const two = this.buckets.get(keyOf(folded, at, 2));
    if (two) for (const p of two) if (matchesAt(folded, p.text, at)) return p;
    const one = this.buckets.get(keyOf(folded, at, 1));
    if (one) for (const p of one) if (matchesAt(folded, p.text, at)) return p;
    return null;
  }
}

/** The first `n` (1 or 2) code units of `s.slice(at)` as one number, distinct for "", one and two units. */
function keyOf(s: string, at: number, n: number): number {
  const left = s.length - at;
  if (left <= 0) return -1;
  if (n === 1 || left === 1) return s.charCodeAt(at);
  return 0x10000 + s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);
}

export interface Vocabulary {
  prefixes: PrefixTable;
  lines: Map<string, BoilerplateLabel>;
  /** the length of the longest key of `lines` (a longer line is none of them) */
  linesMaxLength: number;
  /** a line whose core is longer than this is no whole-line phrase nor a gallery counter ("12 sur 140") */
  coreMaxLength: number;
  /** a stand-in core longer than coreMaxLength, for a line of LineFeatures.longCore */
  longCore: string;
  anywhere: Phrase[];
  /** finds the first of `anywhere` that a line holds */
  anywhereFinder: PhraseFinder;
  cta: TermSet;
  offers: TermSet;
  brands: TermSet;
  /**
   * per word key (wordBitsKey): BRAND_BIT, CTA_BIT, OFFER_BIT, AGENCY_BIT, BYLINE_BIT when a term
   * of that set may start with such a word; DATE_BIT, SHARE_BIT, HEADER_BIT, BIO_BIT when such a
   * word may be one of dateAnchors or dateFillers, shareImperatives, headerNouns, bioNouns
   */
  firstBits: Uint16Array;
  /** every call to action's first word is one word as `words` splits a line (so the words hold any one a line holds) */
  ctaFirstsAreWords: boolean;
  agencies: TermSet;
  dateAnchors: Set<string>;
  dateFillers: Set<string>;
  bylines: TermSet;
  bioNouns: Set<string>;
  headerNouns: Set<string>;
  headerQualifiers: Set<string>;
  shareImperatives: Set<string>;
  socialNetworks: Set<string>;
  stopwords: Set<string>;
}

type ByLabel = Readonly<Partial<Record<BoilerplateLabel, readonly string[]>>>;

function* phrasesOf(table: ByLabel): Generator<Phrase> {
  for (const [label, list] of Object.entries(table) as [BoilerplateLabel, readonly string[]][])
    for (const text of list ?? []) yield { text: foldLine(text), label };
}

function compile(): Vocabulary {
  const lexicons = allLexicons();
  const prefixes = new PrefixTable();
  const lines = new Map<string, BoilerplateLabel>();
  const anywhere: Phrase[] = [];
  for (const lex of lexicons) {
    const b = lex.boilerplate;
    for (const p of phrasesOf(b.prefixes)) prefixes.add(p);
    for (const p of phrasesOf(b.lines)) if (!lines.has(lineCore(p.text))) lines.set(lineCore(p.text), p.label);
    for (const p of phrasesOf(b.anywhere)) anywhere.push({ text: lineCore(p.text), label: p.label });
  }
  const stopwords = new Set(lexicons.flatMap((l) => l.stopwords.map((w) => foldLine(w))));
  const all = (pick: (b: (typeof lexicons)[number]["boilerplate"]) => readonly string[]) =>
    lexicons.flatMap((l) => [...pick(l.boilerplate)]);
  const linesMaxLength = Math.max(0, ...[...lines.keys()].map((k) => k.length));
  const cta = new TermSet(all((b) => b.ctaImperatives));
  const offers = new TermSet(all((b) => b.offerWords));
  const brands = new TermSet(promoBrands);
  const ctaFirsts = all((b) => b.ctaImperatives).map((t) => foldLine(t).split(" ")[0]);
  const agencies = new TermSet(creditAgencies);
  const bylines = new TermSet(all((b) => b.bylineWords));
  const dateAnchors = new Set(all((b) => b.dateAnchors).map((w) => foldLine(w)));
  const dateFillers = new Set(all((b) => b.dateFillers).map((w) => foldLine(w)));
  const bioNouns = new Set(all((b) => b.bioNouns).map((w) => foldLine(w)));
  const headerNouns = new Set(all((b) => b.relatedHeader.nouns).map((w) => foldLine(w)));
  const shareImperatives = new Set(all((b) => b.shareImperatives).map((w) => foldLine(w)));
  return {
    prefixes,
    lines,
    linesMaxLength,
    coreMaxLength: Math.max(linesMaxLength, GALLERY_COUNTER_MAX_LENGTH),
    longCore: " ".repeat(Math.max(linesMaxLength, GALLERY_COUNTER_MAX_LENGTH) + 1),
    anywhere,
    anywhereFinder: new PhraseFinder(anywhere),
    cta,
    offers,
    brands,
    firstBits: firstBitsOf([
      [brands.firstWords(), BRAND_BIT],
      [cta.firstWords(), CTA_BIT],
      [offers.firstWords(), OFFER_BIT],
      [agencies.firstWords(), AGENCY_BIT],
      [bylines.firstWords(), BYLINE_BIT],
      [dateAnchors, DATE_BIT],
      [dateFillers, DATE_BIT],
      [shareImperatives, SHARE_BIT],
      [headerNouns, HEADER_BIT],
      [bioNouns, BIO_BIT],
    ]),
    ctaFirstsAreWords: ctaFirsts.every((w) => isOneWord(w)),
    agencies,
    dateAnchors,
    dateFillers,
    bylines,
    bioNouns,
    headerNouns,
    headerQualifiers: new Set(all((b) => b.relatedHeader.qualifiers).map((w) => foldLine(w))),
    shareImperatives,
    socialNetworks: new Set(socialNetworks),
    stopwords,
  };
}

/** `words` reads `w` as the one word `w` */
function isOneWord(w: string): boolean {
  const ws = words(w);
  return ws.length === 1 && ws[0] === w;
}

/** the longest core GALLERY_COUNTER of cues.ts matches: "123 sur 456" */
const GALLERY_COUNTER_MAX_LENGTH = 11;

let cached: Vocabulary | null = null;
/** The compiled vocabulary (built on first use, then shared by every article of the process). */
export function vocabulary(): Vocabulary {
  cached ??= compile();
  return cached;
}
