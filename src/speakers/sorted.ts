/** Binary searches over arrays sorted by `start`, so per-quote lookups stay logarithmic on long articles. */
import { firstAtOrAfter } from "../doc.ts";

export { firstAtOrAfter };

/** Items that start in [from, to). */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, from); i < items.length && items[i].start < to; i++) out.push(items[i]);
  return out;
}

/** Items overlapping [from, to), for items no longer than `maxLength`. */
export function overlapping<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number, maxLength: number): T[] {
  return startingIn(items, from - maxLength, to).filter((x) => x.start < to && from < x.end);
}
