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
  const mix = word.charCodeAt(0) * 961 + word.charCodeAt(n > 1 ? 1 : 0) * 31 + word.charCodeAt(n - 1);
  return Math.imul(mix, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

const lengthBit = (word: string): number => 1 << Math.min(word.length, 31);

export function wordFilter(words: Iterable<string>): WordFilter {
  const filter = new Uint32Array(1 << BUCKET_BITS);
  for (const w of words) if (w.length > 0) filter[bucketOf(w)] |= lengthBit(w);
  return filter;
}

/** False when `word` is certainly not in the filter's set; true when it may be. */
export function mayHold(filter: WordFilter, word: string): boolean {
  return word.length > 0 && (filter[bucketOf(word)] & lengthBit(word)) !== 0;
}
