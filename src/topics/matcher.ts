/**
 * The phrase matcher: every term of a taxonomy, in every language, compiled into one trie per
 * language over word keys (stems, or exact forms for "=word" terms). Matching walks the trie
 * from each word, so a whole article is read in one pass whatever the number of terms.
 */
import { analyzerFor, type Analyzer } from "./analyzer.ts";
import { emptyTokens, tokenize, type Tokens } from "./tokenize.ts";
import type { Taxonomy } from "./taxonomy.ts";
import type { ScoredHit } from "./score.ts";

/** weight of a `terms` entry and of a `weak` entry */
export const STRONG_WEIGHT = 1;
export const WEAK_WEIGHT = 0.5;
/** each content word of a phrase after the first adds this much specificity */
export const PHRASE_WORD_BONUS = 0.25;

export interface TermRef {
  topic: number;
  weight: number;
  cancel: boolean;
  /** index of the term in the compiled taxonomy: repeated terms are damped per term */
  term: number;
}

interface TrieNode {
  stems: Map<string, TrieNode> | null;
  exacts: Map<string, TrieNode> | null;
  refs: TermRef[] | null;
}

export interface CompiledTaxonomy {
  ids: string[];
  /** one trie per language code of the taxonomy */
  tries: Map<string, TrieNode>;
  /** the language whose trie serves text in a language the taxonomy has no terms for */
  fallback: string;
  /** the source text of each term, by index */
  terms: string[];
  /** per language, the analyzer that reads text for these terms (it stems only words that may match) */
  analyzers: Map<string, Analyzer>;
}

/** One place where a term of one topic matched: token indices and character offsets. */
export interface Hit {
  topic: number;
  weight: number;
  term: number;
  start: number;
  end: number;
}

const newNode = (): TrieNode => ({ stems: null, exacts: null, refs: null });

function child(node: TrieNode, key: string, exact: boolean): TrieNode {
  const field = exact ? "exacts" : "stems";
  const map = (node[field] ??= new Map());
  let next = map.get(key);
  if (!next) map.set(key, (next = newNode()));
  return next;
}

/** Adds one term (and its keys to `vocabulary`); returns false when the term has no content word. */
function addTerm(
  root: TrieNode,
  text: string,
  analyzer: Analyzer,
  ref: Omit<TermRef, "weight">,
  base: number,
  vocabulary: { stems: Set<string>; exacts: Set<string> },
): boolean {
  const t = tokenize(text, 0, text.length, analyzer, emptyTokens());
  if (t.count === 0) return false;
  let node = root;
  for (let i = 0; i < t.count; i++) {
    const exact = text[t.start[i] - 1] === "=";
    node = child(node, exact ? t.keys[i].exact : t.keys[i].stem, exact);
    if (exact) vocabulary.exacts.add(t.keys[i].exact);
    else vocabulary.stems.add(t.keys[i].stem);
  }
  const weight = ref.cancel ? 0 : base * (1 + PHRASE_WORD_BONUS * (t.count - 1));
  (node.refs ??= []).push({ ...ref, weight });
  return true;
}

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

/** Compiles a taxonomy once (cached per taxonomy object). */
export function compileTaxonomy(tax: Taxonomy): CompiledTaxonomy {
  const hit = compiled.get(tax);
  if (hit) return hit;
  const tries = new Map<string, TrieNode>();
  const vocabularies = new Map<string, { stems: Set<string>; exacts: Set<string> }>();
  const terms: string[] = [];
  tax.topics.forEach((topic, t) => {
    const lists: Array<[Record<string, string[]> | undefined, number, boolean]> = [
      [topic.terms, STRONG_WEIGHT, false],
      [topic.weak, WEAK_WEIGHT, false],
      [topic.cancel, 0, true],
    ];
    for (const [byLang, base, cancel] of lists)
      for (const [code, list] of Object.entries(byLang ?? {})) {
        let root = tries.get(code);
        if (!root) tries.set(code, (root = newNode()));
        let vocabulary = vocabularies.get(code);
        if (!vocabulary) vocabularies.set(code, (vocabulary = { stems: new Set(), exacts: new Set() }));
        for (const text of list)
          if (addTerm(root, text, analyzerFor(code), { topic: t, cancel, term: terms.length }, base, vocabulary))
            terms.push(text);
      }
  });
  const fallback = tries.has("en") ? "en" : ([...tries.keys()][0] ?? "en");
  const analyzers = new Map([...vocabularies].map(([code, v]) => [code, analyzerFor(code, v)]));
  const out = { ids: tax.topics.map((t) => t.id), tries, fallback, terms, analyzers };
  compiled.set(tax, out);
  return out;
}

/** The language whose terms and analyzer read text in `code`. */
export function matchLanguage(tax: CompiledTaxonomy, code: string, docCode: string): string {
  if (tax.tries.has(code)) return code;
  if (tax.tries.has(docCode)) return docCode;
  return tax.fallback;
}

/** Words of text[from, to) read the way the taxonomy's terms in language `code` were read. */
export const tokensFor = (tax: CompiledTaxonomy, text: string, from: number, to: number, code: string): Tokens =>
  tokenize(text, from, to, tax.analyzers.get(code) ?? analyzerFor(code), emptyTokens());

/** one token list reused for every stretch of text the stage reads (read at once by collectHits) */
let scratch = emptyTokens();
/** a scratch list that grew past this many words (a huge paragraph) is let go rather than kept for the run */
const MAX_SCRATCH_WORDS = 1 << 14;

/**
 * tokensFor into a token list that the next call overwrites (its arrays are kept, not allocated
 * again for every paragraph): read it before asking for another.
 */
export function scratchTokensFor(tax: CompiledTaxonomy, text: string, from: number, to: number, code: string): Tokens {
  if (scratch.keys.length > MAX_SCRATCH_WORDS) scratch = emptyTokens();
  scratch.count = 0;
  scratch.words = 0;
  return tokenize(text, from, to, tax.analyzers.get(code) ?? analyzerFor(code), scratch);
}

/**
 * Every term match in `tokens`, resolved per topic: a topic's cancel phrase hides that topic's
 * matches it overlaps, and a topic's longer match hides its shorter ones inside it.
 */
export function findHits(tax: CompiledTaxonomy, code: string, tokens: Tokens): Hit[] {
  const out: ScoredHit[] = [];
  collectHits(tax, code, tokens, 1, "", out);
  return out;
}

/** findHits, each hit appended to `out` with its boost and the text its offsets point into. */
export function collectHits(tax: CompiledTaxonomy, code: string, tokens: Tokens, boost: number, source: string, out: ScoredHit[]): void {
  const root = tax.tries.get(code);
  const n = tokens.count;
  if (!root || n === 0) return;
  const found: Found[] = [];
  for (let i = 0; i < n; i++) walk(tokens, found, root, i, i);
  if (found.length > 0) resolve(found, tokens, boost, source, out);
}

/** Follows the trie from `node` with token j (its stem, then its exact form), recording the terms that end there. */
function walk(tokens: Tokens, found: Found[], node: TrieNode, from: number, j: number): void {
  if (j >= tokens.count || (j > from && tokens.breakBefore[j])) return;
  const keys = tokens.keys[j];
  const byStem = node.stems === null ? undefined : node.stems.get(keys.stem);
  if (byStem !== undefined) step(tokens, found, byStem, from, j);
  const byExact = node.exacts === null ? undefined : node.exacts.get(keys.exact);
  if (byExact !== undefined) step(tokens, found, byExact, from, j);
}

function step(tokens: Tokens, found: Found[], next: TrieNode, from: number, j: number): void {
  if (next.refs) for (const ref of next.refs) found.push({ from, to: j + 1, ref });
  walk(tokens, found, next, from, j + 1);
}

type Found = { from: number; to: number; ref: TermRef };

/** Drops the positives a cancel of their topic overlaps, then keeps the leftmost-longest per topic. */
function resolve(found: Found[], tokens: Tokens, boost: number, source: string, out: ScoredHit[]): void {
  if (found.length > 1) found.sort((a, b) => a.from - b.from || b.to - a.to || b.ref.weight - a.ref.weight);
  let cancels: Found[] | null = null;
  let longest = 0;
  for (const f of found) {
    if (f.ref.cancel) (cancels ??= []).push(f);
    if (f.to - f.from > longest) longest = f.to - f.from;
  }
  let lastEnd: Map<number, number> | null = null;
  for (const f of found) {
    if (f.ref.cancel) continue;
    if (lastEnd !== null && f.from < (lastEnd.get(f.ref.topic) ?? 0)) continue;
    if (cancels !== null && cancelled(f, cancels, longest)) continue;
    (lastEnd ??= new Map()).set(f.ref.topic, f.to);
    out.push({
      topic: f.ref.topic,
      weight: f.ref.weight,
      term: f.ref.term,
      start: tokens.start[f.from],
      end: tokens.end[f.to - 1],
      boost,
      source,
    });
  }
}

/** whether a cancel of f's topic overlaps f (cancels sorted by start; none is longer than `longest` tokens) */
function cancelled(f: Found, cancels: Found[], longest: number): boolean {
  // only cancels starting in (f.from - longest, f.to) can overlap f
  const hi = upperBound(cancels, f.to - 1);
  for (let k = hi - 1; k >= 0 && cancels[k].from > f.from - longest; k--) {
    const c = cancels[k];
    if (c.ref.topic === f.ref.topic && c.from < f.to && f.from < c.to) return true;
  }
  return false;
}

/** index of the first cancel starting after token `at` */
function upperBound(sorted: Found[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].from <= at) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}
