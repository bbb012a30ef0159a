/**
 * A quick "certainly not in this set" test for token forms, read before a Map or Set look-up:
 * most tokens are no cue form and no source-marker word, and hashing a fresh token string for
 * the look-up costs more than reading three of its characters. One 32-bit word per bucket (a
 * hash of the first, second and last code units), one bit per length (31 for 31 and more).
 * A form of the set always passes (no false negative), so the look-up after it decides as before.
 */
export type WordFilter = Uint32Array;

const BUCKET_BITS = 12;

function bucketOf(word: string): number {
  const n = word.length;
  return bucketOfUnits(word.charCodeAt(0), word.charCodeAt(n > 1 ? 1 : 0), word.charCodeAt(n - 1));
}

/** the bucket of a word given its first, second (the first again for one unit) and last code units */
function bucketOfUnits(first: number, second: number, last: number): number {
  const mix = first * 961 + second * 31 + last;
  return Math.imul(mix, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

const lengthBit = (word: string): number => 1 << Math.min(word.length, 31);

/**
 * A word's place in any filter as one number (bucket and length), computed once per token by the
 * tokenizer and read by mayHoldKey: the same answer as mayHold for that word.
 */
export type FilterKey = number;

export function filterKey(word: string): FilterKey {
  return word.length === 0 ? -1 : (bucketOf(word) << 5) | Math.min(word.length, 31);
}

/** filterKey of a word of `length` units whose first, second and last units are given (no string needed) */
export function filterKeyOfUnits(first: number, second: number, last: number, length: number): FilterKey {
  return (bucketOfUnits(first, second, last) << 5) | Math.min(length, 31);
}

/** mayHold, for a word's filterKey */
export function mayHoldKey(filter: WordFilter, key: FilterKey): boolean {
  return key >= 0 && (filter[key >>> 5] & (1 << (key & 31))) !== 0;
}

export function wordFilter(words: Iterable<string>): WordFilter {
  const filter = new Uint32Array(1 << BUCKET_BITS);
  for (const w of words) if (w.length > 0) filter[bucketOf(w)] |= lengthBit(w);
  return filter;
}

/** False when `word` is certainly not in the filter's set; true when it may be. */
export function mayHold(filter: WordFilter, word: string): boolean {
  return word.length > 0 && (filter[bucketOf(word)] & lengthBit(word)) !== 0;
}
