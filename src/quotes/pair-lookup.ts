/** Finds the outermost quotation-mark pair at an offset (binary search over disjoint pairs). */
import type { MarkPair } from "./marks.ts";

export class PairLookup {
  readonly pairs: readonly MarkPair[];
  private readonly byOpen = new Map<number, MarkPair>();
  private readonly byClose = new Map<number, MarkPair>();

  constructor(topLevel: readonly MarkPair[]) {
    this.pairs = [...topLevel].sort((a, b) => a.open - b.open);
    for (const p of this.pairs) {
      this.byOpen.set(p.open, p);
      this.byClose.set(p.close, p);
    }
  }

  openingAt(offset: number): MarkPair | null {
    return this.byOpen.get(offset) ?? null;
  }

  closingAt(offset: number): MarkPair | null {
    return this.byClose.get(offset) ?? null;
  }

  /** pairs that open at or after `from` and close before `to` */
  within(from: number, to: number): MarkPair[] {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid].open < from) lo = mid + 1;
      else hi = mid;
    }
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
