/**
 * A set of strings for the few each cluster holds (its aliases, its role nouns): a plain array
 * while it is small, which costs far less to make than a Set (most clusters hold one or two
 * strings, and an article makes dozens of clusters); it moves to a Set when it grows, so a
 * cluster with thousands of aliases stays linear.
 */

/** past this many strings, look-ups go through a Set */
const MAX_LINEAR = 8;

export class SmallSet {
  private items: string[] = [];
  private index: Set<string> | null = null;

  get size(): number {
    return this.items.length;
  }

  has(s: string): boolean {
    return this.index ? this.index.has(s) : this.items.includes(s);
  }

  add(s: string): void {
    if (this.has(s)) return;
    this.items.push(s);
    if (this.index) this.index.add(s);
    else if (this.items.length > MAX_LINEAR) this.index = new Set(this.items);
  }

  /** the strings in the order they were first added (read-only) */
  values(): readonly string[] {
    return this.items;
  }
}
