/**
 * Stop words looked up by the code units of a word in a buffer (no word string sliced): an
 * open-addressing table of the vocabulary's stop words, with a first/last-unit and length filter
 * read before it. Answers exactly as `stopwords.has(word)` would.
 */

const FILTER_BUCKETS = 1024;

export class StopTable {
  /** one bit per length in a bucket of the first and last code units: every stop word passes */
  readonly filter = new Uint32Array(FILTER_BUCKETS);
  /** the length of the longest stop word */
  readonly maxLength: number;
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly mask: number;

  constructor(stopwords: Iterable<string>) {
    const list = [...new Set(stopwords)].filter((w) => w.length > 0);
    let size = 64;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    let max = 0;
    for (const w of list) {
      max = Math.max(max, w.length);
      this.filter[bucketOf(w.charCodeAt(0), w.charCodeAt(w.length - 1))] |= 1 << Math.min(w.length, 31);
      let h = hashString(w) & this.mask;
      while (this.slots[h] >= 0) h = (h + 1) & this.mask;
      this.slots[h] = this.words.length;
      this.words.push(w);
    }
    this.maxLength = max;
  }

  /** Whether units[start, end) spell a stop word. */
  has(units: Uint16Array, start: number, end: number): boolean {
    const size = end - start;
    if (size <= 0 || size > this.maxLength) return false;
    if ((this.filter[bucketOf(units[start], units[end - 1])] & (1 << (size < 31 ? size : 31))) === 0) return false;
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + units[i]) | 0;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const at = this.slots[k];
      if (at < 0) return false;
      const w = this.words[at];
      if (w.length === size && sameUnits(w, units, start)) return true;
    }
  }
}

const bucketOf = (first: number, last: number): number => (first * 31 + last) & (FILTER_BUCKETS - 1);

function hashString(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

function sameUnits(w: string, units: Uint16Array, start: number): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== units[start + i]) return false;
  return true;
}
