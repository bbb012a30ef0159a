import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonArrayError, readJsonArray, writeJsonArray } from "../src/io/json-array.ts";

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "verbatim-json-array-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
const fileWith = async (text: string) => {
  const file = join(dir, `f${n++}.json`);
  await writeFile(file, text);
  return file;
};
const readAll = async (file: string, chunkBytes?: number) => {
  const out: unknown[] = [];
  for await (const item of readJsonArray(file, { chunkBytes })) out.push(item);
  return out;
};

const speaker = { id: "michael-intrator", name: "Michael Intrator", aliases: ["Intrator", "le PDG"], kind: "person", roles: [], quoteCount: 3, articles: ["a.txt", "b.txt"] };
const tables: Array<[string, unknown[]]> = [
  ["no items", []],
  ["one speaker", [speaker]],
  ["speakers with empty and nested lists", [speaker, { ...speaker, id: "x", aliases: [], meta: { deep: [[1, 2], { k: null }] } }]],
  ["strings with brackets, commas, escaped quotes and line breaks", [{ name: 'ligne\nsuivante « "cité" » ], [ }, {', other: "a\\b\\\"c" }]],
  ["non-Latin letters and emoji, split across chunks", [{ name: "Ελλάδα 🙂 東京", roles: ["président·e"] }, "🙂🙂🙂"]],
  ["scalars and an empty object", [1, "deux", null, true, {}, -2.5e-3]],
];

describe("writeJsonArray: the bytes of JSON.stringify(items, null, 1), written item by item", () => {
  it.each(tables)("%s", async (_, items) => {
    const file = join(dir, `w${n++}.json`);
    await writeJsonArray(file, items);
    expect(await readFile(file, "utf8")).toBe(JSON.stringify(items, null, 1) + "\n");
  });
});

describe("readJsonArray: the items of a JSON array file, one at a time", () => {
  it.each(tables)("%s, read back in chunks of 1, 3, 7 and 64 kB", async (_, items) => {
    const file = join(dir, `r${n++}.json`);
    await writeJsonArray(file, items);
    for (const chunkBytes of [1, 3, 7, 65536]) expect(await readAll(file, chunkBytes)).toEqual(items);
  });

  it.each([
    ["on one line", JSON.stringify(tables[2][1])],
    ["indented by four spaces, with CRLF line ends", JSON.stringify(tables[2][1], null, 4).replace(/\n/g, "\r\n")],
  ])("reads any layout of white space: %s", async (_, text) => {
    expect(await readAll(await fileWith(text), 5)).toEqual(tables[2][1]);
  });

  it.each([
    ["an empty file", ""],
    ["an object", '{"id": "x"}'],
    ["a trailing comma", "[1, 2,]"],
    ["a leading comma", "[, 1]"],
    ["text after the array", "[1] [2]"],
    ["no closing bracket", '[{"id": "x"}'],
    ["an item that is not JSON", '[{"id": x}]'],
    ["an unbalanced brace", "[1}]"],
    ["an unclosed string", '["a]'],
  ])("refuses %s", async (_, text) => {
    await expect(readAll(await fileWith(text), 4)).rejects.toThrow(JsonArrayError);
  });
});
