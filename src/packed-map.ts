/**
 * `items.map(fn)` as a push loop, so the new array has the same shape however hot the caller is.
 * V8 inlines `.map()` in optimised code as `new Array(n)` filled in place, a HOLEY array, while the
 * interpreter's `.map()` makes a PACKED one: code that reads arrays from a `.map()` sees both
 * kinds as its producer is optimised, thrown away and optimised again, and each kind it was not
 * compiled for throws that code away too ("wrong map"), a chain of recompilations. A pushed array
 * is PACKED in every tier. Same elements, same order as `.map()` over a packed array.
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i], i));
  return out;
}
