/** Binary searches over arrays sorted by `start`, so per-quote lookups stay logarithmic on long articles. */
import { firstAtOrAfter, inStartOrder } from "../doc.ts";

export { firstAtOrAfter, inStartOrder };

/** Items that start in [from, to). */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, from); i < items.length && items[i].start < to; i++) out.push(items[i]);
  return out;
}

/** The first item that starts in [from, to), if any (what `startingIn(…)[0]` gives, with no list made). */
export function firstStartingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T | undefined {
  const i = firstAtOrAfter(items, from);
  return i < items.length && items[i].start < to ? items[i] : undefined;
}

/** Items overlapping [from, to), for items no longer than `maxLength`. */
export function overlapping<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number, maxLength: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, from - maxLength); i < items.length && items[i].start < to; i++) if (from < items[i].end) out.push(items[i]);
  return out;
}
