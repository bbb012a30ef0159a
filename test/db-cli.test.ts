/** The database commands end to end through main(): output, exit codes, one-sentence errors. */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.ts";
import { DB_SCHEMA_VERSION } from "../src/db/schema.ts";
import { FIXTURE_ARTICLES, writeFixtureOutput } from "./fixtures/query-output.ts";

let root: string;
let out: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "verbatim-dbcli-"));
  out = join(root, "out");
  await writeFixtureOutput(out);
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("export", () => {
  it("writes the database and says what it holds", async () => {
    const r = await run("export", out, "--sqlite", join(root, "q.db"));
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(r.stderr).toMatch(/^4 articles, 13 quotes, 5 speakers, 6 topics → /);
  });

  it("refuses to overwrite a file that is not a Verbatim database", async () => {
    const f = join(root, "notes.txt");
    await writeFile(f, "my notes\n");
    const r = await run("export", out, "--sqlite", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists and is not a Verbatim database/);
  });
});

describe("query and speakers", () => {
  it.each([
    [["query", "OUT", "--speaker", "intrator", "--format", "json"], (s: string) => JSON.parse(s).length === 4],
    [["query", "DB", "--speaker", "intrator", "--format", "json"], (s: string) => JSON.parse(s).length === 4],
    [["query", "OUT", "--text", "CIRCULAIRE"], (s: string) => s.includes("Circulaire est la mauvaise") && s.endsWith("(1 quote)\n")],
    [["query", "OUT", "--lang", "EN", "--type", "direct", "--format", "csv"], (s: string) => s.trim().split("\r\n").length === 5],
    [["query", "OUT", "--topic", "policy", "--limit", "1", "--format", "json"], (s: string) => JSON.parse(s).length === 1],
    [["query", "OUT", "--article", "nvidia-deals.txt", "--format", "json"], (s: string) => JSON.parse(s).length === 4],
    [["query", "OUT", "--speaker", "nobody"], (s: string) => s === "(no quotes match)\n"],
    [["speakers", "OUT", "--min-quotes", "3"], (s: string) => /^name\s+kind\s+roles\s+quotes\s+articles\n/.test(s) && s.endsWith("(3 speakers)\n")],
    [["speakers", "DB", "--format", "json"], (s: string) => JSON.parse(s).length === 5],
  ])("%j", async (argv, check) => {
    const args = argv.map((a) => (a === "OUT" ? out : a === "DB" ? join(root, "q.db") : a));
    if (args.includes(join(root, "q.db"))) await run("export", out, "--sqlite", join(root, "q.db"));
    const r = await run(...args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(check(r.stdout), r.stdout).toBe(true);
  });
});

describe("the table width", () => {
  it.each([
    ["60", 60],
    ["", 100],
    ["wide", 100],
  ])("follows $COLUMNS=%j when stdout is not a terminal", async (columns, width) => {
    const saved = process.env.COLUMNS;
    process.env.COLUMNS = columns;
    try {
      expect(process.stdout.isTTY).toBeFalsy();
      const r = await run("query", out);
      const lines = r.stdout.trimEnd().split("\n");
      expect(Math.max(...lines.map((l) => Array.from(l).length))).toBe(width);
    } finally {
      if (saved === undefined) delete process.env.COLUMNS;
      else process.env.COLUMNS = saved;
    }
  });
});

describe("bad input: one sentence on stderr, exit 2, no stack trace", () => {
  it.each([
    ["a folder that is not an output", () => ["query", root], /is not a Verbatim output folder/],
    ["a missing path", () => ["speakers", join(root, "missing")], /does not exist/],
    ["an unknown topic id", () => ["query", out, "--topic", "sport"], /unknown topic id "sport"; the topics of this database are: circularity, compute, energy/],
    ["a bad type", () => ["query", out, "--type", "quoted"], /--type takes one of direct, indirect, mixed/],
    ["a bad language", () => ["query", out, "--lang", "french"], /--lang takes a language code such as fr or en, not "french"/],
    ["a bad format", () => ["speakers", out, "--format", "xml"], /--format takes one of table, json, csv/],
    ["a bad limit", () => ["query", out, "--limit", "0"], /--limit takes a whole number above 0/],
    ["an unknown option", () => ["query", out, "--who", "x"], /unknown option .*--who/i],
    ["no --sqlite", () => ["export", out], /--sqlite FILE.db is required/],
    ["an export into a missing folder", () => ["export", out, "--sqlite", join(root, "no", "q.db")], /folder .* does not exist/],
    ["a text file as database", () => ["query", join(out, "summary.json")], /is not a SQLite database/],
    ["a database of another schema version", () => ["query", join(root, "old.db")], new RegExp(`schema version 0 and this Verbatim reads version ${DB_SCHEMA_VERSION}`)],
  ])("%s", async (_label, argv, message) => {
    const old = new Database(join(root, "old.db"));
    old.pragma("application_id = 0x56524254");
    old.close();
    const r = await run(...argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const [first, ...rest] = r.stderr.trimEnd().split("\n");
    expect(first).toMatch(message);
    expect(rest).toEqual([expect.stringMatching(/^Run "verbatim \w+ --help" for usage\.$/)]);
    expect(r.stderr).not.toMatch(/\s+at /);
  });
});

describe("a reader that stops early (verbatim query … | head -1)", () => {
  it.each(["csv", "json", "table"])("ends --format %s quietly with exit 0", async (format) => {
    const big = join(root, "big");
    const specs = Array.from({ length: 400 }, (_, i) => FIXTURE_ARTICLES.map((a) => ({ ...a, id: `${i}/${a.id}` }))).flat();
    if (format === "csv") await writeFixtureOutput(big, specs);
    const child = spawn(process.execPath, [fileURLToPath(new URL("../bin/verbatim.mjs", import.meta.url)), "query", big, "--format", format], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const firstLine = await new Promise<string>((resolve) => child.stdout.once("data", (d) => resolve(String(d).split("\n")[0])));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(firstLine.length).toBeGreaterThan(0);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
