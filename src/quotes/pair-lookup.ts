/** Finds the outermost quotation-mark pair at an offset (binary search over disjoint pairs). */
import type { MarkPair } from "./marks.ts";

export class PairLookup {
  readonly pairs: readonly MarkPair[];

  /** top-level pairs are disjoint: sorted by opening mark, their closing marks are sorted too */
  constructor(topLevel: readonly MarkPair[]) {
    this.pairs = [...topLevel].sort((a, b) => a.open - b.open);
  }

  openingAt(offset: number): MarkPair | null {
    const i = this.firstOpeningAtOrAfter(offset);
    return i < this.pairs.length && this.pairs[i].open === offset ? this.pairs[i] : null;
  }

  closingAt(offset: number): MarkPair | null {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid].close < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.pairs.length && this.pairs[lo].close === offset ? this.pairs[lo] : null;
  }

  private firstOpeningAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid].open < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** pairs that open in [from, to), wherever they close */
  openingIn(from: number, to: number): MarkPair[] {
    const out: MarkPair[] = [];
    for (let i = this.firstOpeningAtOrAfter(from); i < this.pairs.length && this.pairs[i].open < to; i++) out.push(this.pairs[i]);
    return out;
  }

  /** pairs that open at or after `from` and close before `to` */
  within(from: number, to: number): MarkPair[] {
    const lo = this.firstOpeningAtOrAfter(from);
    const out: MarkPair[] = [];
    for (let i = lo; i < this.pairs.length && this.pairs[i].open < to; i++) if (this.pairs[i].close < to) out.push(this.pairs[i]);
    return out;
  }

  /** the pair whose content (strictly between its marks) holds the offset */
  around(offset: number): MarkPair | null {
    let lo = 0;
    let hi = this.pairs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid].open < offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return null;
    const p = this.pairs[best];
    return offset < p.close ? p : null;
  }
}
