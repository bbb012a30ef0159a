import { describe, expect, it } from "vitest";
import { BoundedMemo } from "../src/bounded-memo.ts";

// the memo keeps two generations: what is used again stays, what is not leaves, and its size
// never passes two generations however many keys go through it
describe("BoundedMemo", () => {
  it("gives back what was set, and nothing for a key never set", () => {
    const memo = new BoundedMemo<string>(4);
    memo.set("Élisabeth Borne", "elisabeth borne");
    expect(memo.get("Élisabeth Borne")).toBe("elisabeth borne");
    expect(memo.get("élisabeth borne")).toBeUndefined();
  });

  it.each([
    ["a key set in the last generation", 0, true],
    ["a key set in the generation before the last", 7, true],
    ["a key set two generations ago and never used since", 8, false],
  ])("%s is kept: %s", (_, otherKeysAfter, kept) => {
    const memo = new BoundedMemo<number>(4);
    memo.set("il", 1);
    for (let i = 0; i < otherKeysAfter; i++) memo.set(`name ${i}`, i);
    expect(memo.get("il") !== undefined).toBe(kept);
  });

  it("keeps a key that is used in every generation, through a thousand generations", () => {
    const memo = new BoundedMemo<number>(8);
    memo.set("a-t-il", 1);
    for (let i = 0; i < 8_000; i++) {
      memo.set(`name ${i}`, i);
      if (i % 5 === 0) expect(memo.get("a-t-il")).toBe(1);
    }
    expect(memo.get("name 3")).toBeUndefined();
    expect(memo.get("name 7999")).toBe(7999);
  });

  it("never holds more than two generations", () => {
    const memo = new BoundedMemo<number>(100);
    let most = 0;
    for (let i = 0; i < 10_000; i++) {
      memo.set(`word ${i}`, i);
      memo.get(`word ${i >> 1}`);
      most = Math.max(most, memo.size);
    }
    expect(most).toBeLessThanOrEqual(200);
    expect(most).toBeGreaterThan(100);
  });
});
