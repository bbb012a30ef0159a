import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialise, eldSourceDir, loadEldTable, type EldTable } from "../src/language/eld-table.ts";

const source = eldSourceDir();
const fresh = () => mkdtempSync(join(tmpdir(), "verbatim-eld-table-test-"));
const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("eld-medium-"));

function expectSameTable(a: EldTable, b: EldTable): void {
  expect(a.codes).toEqual(b.codes);
  expect(a.table.length).toBe(b.table.length);
  expect(Buffer.from(a.table.buffer, a.table.byteOffset, a.table.byteLength).equals(Buffer.from(b.table.buffer, b.table.byteOffset, b.table.byteLength))).toBe(true);
  expect(Array.from(a.pairs)).toEqual(Array.from(b.pairs));
}

describe("eld's table cache", () => {
  it("writes the built table on a miss and reads the very same table back", async () => {
    const dir = fresh();
    try {
      const built = await loadEldTable(source, [dir]);
      expect(cacheFiles(dir)).toHaveLength(1);
      expect(built.codes).toContain("fr");
      expect(built.pairs.length).toBeGreaterThan(0);
      const read = await loadEldTable(source, [dir]);
      expectSameTable(read, built);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ignores a corrupt, truncated or stale copy, and rebuilds over it", async () => {
    const dir = fresh();
    try {
      const built = await loadEldTable(source, [dir]);
      const [name] = cacheFiles(dir);
      const file = join(dir, name);
      const key = name.slice("eld-medium-".length);
      const good = readFileSync(file);
      expect(deserialise(good, key)).not.toBeNull();
      const flipped = Buffer.from(good);
      flipped[flipped.length - 5] ^= 1;
      expect(deserialise(flipped, key)).toBeNull();
      expect(deserialise(good.subarray(0, good.length - 4), key)).toBeNull();
      expect(deserialise(good.subarray(0, 3), key)).toBeNull();
      expect(deserialise(Buffer.from("not a table at all"), key)).toBeNull();
      expect(deserialise(good, "another key")).toBeNull();
      writeFileSync(file, flipped);
      expectSameTable(await loadEldTable(source, [dir]), built);
      expect(readFileSync(file).equals(good)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the copies of other versions (checkouts sharing one folder), the newest few only", async () => {
    const dir = fresh();
    try {
      const others = ["a", "b", "c", "d", "e"].map((k, i) => {
        const file = join(dir, `eld-medium-other-${k}`);
        writeFileSync(file, "another version's table");
        const time = new Date(Date.UTC(2020, 0, 1 + i));
        utimesSync(file, time, time);
        return `eld-medium-other-${k}`;
      });
      await loadEldTable(source, [dir]);
      const left = cacheFiles(dir);
      expect(left).toHaveLength(4);
      expect(left).toEqual(expect.arrayContaining(others.slice(2)));
      expect(left.filter((n) => !n.startsWith("eld-medium-other-"))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("still gives the table when no cache folder can be written (a read-only install)", async () => {
    const dir = fresh();
    try {
      const blocker = join(dir, "a-file");
      writeFileSync(blocker, "");
      const table = await loadEldTable(source, [join(blocker, "cache")]);
      const reference = await loadEldTable(source, [join(dir, "cache")]);
      expectSameTable(table, reference);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
