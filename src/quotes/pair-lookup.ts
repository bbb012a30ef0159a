/**
 * Finds the outermost quotation-mark pair at an offset (binary search over disjoint pairs). The
 * searches read copies of the pairs' offsets in two typed arrays: on a text of thousands of
 * pairs each step then reads one contiguous array instead of a pair object far from the last.
 */
import type { MarkPair } from "./marks.ts";

export class PairLookup {
  readonly pairs: readonly MarkPair[];

  /** top-level pairs are disjoint: sorted by opening mark, their closing marks are sorted too */
  private readonly opens: Int32Array;
  private readonly closes: Int32Array;

  constructor(topLevel: readonly MarkPair[]) {
    this.pairs = [...topLevel].sort((a, b) => a.open - b.open);
    this.opens = new Int32Array(this.pairs.length);
    this.closes = new Int32Array(this.pairs.length);
    for (let i = 0; i < this.pairs.length; i++) {
      this.opens[i] = this.pairs[i].open;
      this.closes[i] = this.pairs[i].close;
    }
  }

  openingAt(offset: number): MarkPair | null {
    const i = this.firstOpeningAtOrAfter(offset);
    return i < this.pairs.length && this.opens[i] === offset ? this.pairs[i] : null;
  }

  closingAt(offset: number): MarkPair | null {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.closes[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.pairs.length && this.closes[lo] === offset ? this.pairs[lo] : null;
  }

  private firstOpeningAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.opens[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** pairs that open in [from, to), wherever they close */
  openingIn(from: number, to: number): MarkPair[] {
    const out: MarkPair[] = [];
    for (let i = this.firstOpeningAtOrAfter(from); i < this.pairs.length && this.opens[i] < to; i++) out.push(this.pairs[i]);
    return out;
  }

  /** pairs that open at or after `from` and close before `to` */
  within(from: number, to: number): MarkPair[] {
    const lo = this.firstOpeningAtOrAfter(from);
    const out: MarkPair[] = [];
    for (let i = lo; i < this.pairs.length && this.opens[i] < to; i++) if (this.closes[i] < to) out.push(this.pairs[i]);
    return out;
  }

  /** the pair whose content (strictly between its marks) holds the offset */
  around(offset: number): MarkPair | null {
    let lo = 0;
    let hi = this.pairs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.opens[mid] < offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return null;
    return offset < this.closes[best] ? this.pairs[best] : null;
  }
}
