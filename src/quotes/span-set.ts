/** Disjoint spans kept sorted by start: overlap checks and inserts by binary search. */
export interface Spanned {
  start: number;
  end: number;
}

export class SpanSet<T extends Spanned> {
  readonly items: T[] = [];

  /** index of the first item whose start is >= offset */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(s: Spanned): boolean {
    return this.overlapsSpan(s.start, s.end);
  }

  /** overlaps({ start, end }), with no span object made */
  overlapsSpan(start: number, end: number): boolean {
    // asked past the last start (spans are mostly read in text order): only the last one can overlap
    const last = this.items.length - 1;
    if (last >= 0 && this.items[last].start < start) return this.items[last].end > start;
    const i = this.lowerBound(start);
    if (i < this.items.length && this.items[i].start < end) return true;
    return i > 0 && this.items[i - 1].end > start;
  }

  /** adds the span unless it overlaps one already there; says whether it was added */
  add(s: T): boolean {
    const items = this.items;
    const last = items[items.length - 1];
    // spans mostly come in text order: after the last one, only the last one can overlap
    if (!last || s.start > last.start) {
      if (last && last.end > s.start) return false;
      items.push(s);
      return true;
    }
    if (this.overlaps(s)) return false;
    this.items.splice(this.lowerBound(s.start), 0, s);
    return true;
  }

  /** the last item that starts before an offset, or null */
  before(offset: number): T | null {
    const last = this.items.length - 1;
    if (last >= 0 && this.items[last].start < offset) return this.items[last];
    const i = this.lowerBound(offset);
    return i > 0 ? this.items[i - 1] : null;
  }
}
