/**
 * The `verbatim` bin, spawned as a user runs it: exit codes, output validity, atomicity,
 * determinism, the streaming mode and what goes to stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import {
  ArticleSchema,
  ErrorRecordSchema,
  QuoteSchema,
  SpeakersFileSchema,
  SummarySchema,
  type ArticleRecord,
  type ErrorRecord,
} from "../src/schema.ts";
import { COMMANDS } from "../src/cli.ts";
import { duration } from "../src/commands/progress.ts";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "verbatim.mjs");
const SLOW = 120_000; // each spawn pays for tsx start-up on a busy machine

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function verbatim(args: string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: "0" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const readJsonl = async (file: string): Promise<unknown[]> =>
  (await readFile(file, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

function expectValid<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  expect(r.error?.issues).toBeUndefined();
  return r.data as T;
}

const GOOD = [
  "Le conseil régional adopte son plan climat",
  "« Nous avons enfin un calendrier clair », a déclaré jeudi Mme Claire Vasseur, vice-présidente chargée de l'environnement.",
  "Le plan prévoit 1,2 milliard d'euros d'investissements d'ici 2030.",
].join("\n");
const LATIN1_TEXT = "Le député de Besançon a été réélu dès le premier tour.\nÇa ne s'était pas vu depuis 1997.\n";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "verbatim-cli-"));
  const input = join(work, "in");
  await mkdir(join(input, "sub"), { recursive: true });
  await writeFile(join(input, "good.txt"), GOOD);
  await writeFile(join(input, "sub", "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(input, "empty.txt"), "  \r\n\n");
  await writeFile(join(input, "latin1.txt"), Buffer.from(LATIN1_TEXT.replace(/\n/g, "\r\n"), "latin1"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("verbatim extract on a folder with bad inputs", () => {
  let run: Run;
  let out: string;
  beforeAll(async () => {
    out = join(work, "out");
    run = await verbatim(["extract", join(work, "in"), "--out", out]);
  }, SLOW);

  it("exits 1 because some inputs failed", () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
  });

  it("writes every file of the output contract, each valid against its schema", async () => {
    expect((await readdir(out)).sort()).toEqual(
      ["articles.jsonl", "errors.jsonl", "quotes.jsonl", "schema", "speakers.json", "summary.json"].sort(),
    );
    const articles = (await readJsonl(join(out, "articles.jsonl"))).map((a) => expectValid(ArticleSchema, a));
    expect(articles.map((a) => a.id)).toEqual(["good.txt", "latin1.txt"]);
    for (const q of await readJsonl(join(out, "quotes.jsonl"))) expectValid(QuoteSchema, q);
    expectValid(SpeakersFileSchema, JSON.parse(await readFile(join(out, "speakers.json"), "utf8")));
    const summary = expectValid(SummarySchema, JSON.parse(await readFile(join(out, "summary.json"), "utf8")));
    expect(summary.counts).toMatchObject({ inputs: 4, articles: 2, errors: 2 });
  });

  it("decodes the Latin-1 file and records its encoding", async () => {
    const articles = (await readJsonl(join(out, "articles.jsonl"))) as ArticleRecord[];
    const latin1 = articles.find((a) => a.id === "latin1.txt")!;
    expect(latin1.encoding).toBe("windows-1252");
    expect(latin1.text).toBe(LATIN1_TEXT);
    expect(articles.find((a) => a.id === "good.txt")!.encoding).toBe("utf-8");
  });

  it("lists exactly the two bad inputs in errors.jsonl, each with a message that says what to do", async () => {
    const errors = (await readJsonl(join(out, "errors.jsonl"))).map((e) => expectValid(ErrorRecordSchema, e)) as ErrorRecord[];
    expect(errors.map((e) => [e.path, e.error]).sort()).toEqual([
      ["empty.txt", "empty"],
      ["sub/binary.txt", "binary"],
    ]);
    for (const e of errors) expect(e.message).toMatch(/;/);
  });

  it("writes the JSON Schemas as JSON Schema documents", async () => {
    const names = (await readdir(join(out, "schema"))).sort();
    expect(names).toEqual(["article.json", "error.json", "quote.json", "speakers.json", "summary.json"]);
    for (const name of names) {
      const schema = JSON.parse(await readFile(join(out, "schema", name), "utf8"));
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(() => z.fromJSONSchema(schema)).not.toThrow();
    }
  });

  it("leaves no temporary folder behind", async () => {
    expect((await readdir(work)).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("prints one summary line on stderr when stderr is not a terminal, with no progress", () => {
    expect(run.stderr).not.toMatch(/\r|\x1b/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^verbatim: 2 articles, .* 2 errors/);
  });

  it(
    "writes byte-identical files on a second run",
    async () => {
      const again = join(work, "again");
      expect((await verbatim(["extract", join(work, "in"), "--out", again, "--quiet"])).code).toBe(1);
      for (const f of ["articles.jsonl", "quotes.jsonl", "speakers.json", "errors.jsonl"])
        expect(await readFile(join(again, f), "utf8"), f).toBe(await readFile(join(out, f), "utf8"));
    },
    SLOW,
  );
});

describe("exit codes and messages", () => {
  it(
    "exits 0 when every input is processed, and --quiet silences stderr",
    async () => {
      const run = await verbatim(["extract", join(work, "in", "good.txt"), "--out", join(work, "one"), "--quiet"]);
      expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    },
    SLOW,
  );

  it.each([
    ["no --out", ["extract", "corpus"]],
    ["no input", ["extract", "--out", "x"]],
    ["an unknown option", ["extract", "corpus", "--out", "x", "--colour"]],
    ["an option without its value", ["extract", "corpus", "--out"]],
    ["a bad number", ["extract", "corpus", "--out", "x", "--max-bytes", "lots"]],
    ["stdin with a folder output", ["extract", "-", "--out", "x"]],
    ["an unknown command", ["extrakt", "corpus"]],
  ])(
    "exits 2 with a one-sentence message and no stack trace on %s",
    async (_name, args) => {
      const run = await verbatim(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      const first = run.stderr.split("\n")[0];
      expect(first).toMatch(/^verbatim( \w+)?: \S/);
      expect(first).not.toMatch(/[.!?] +\p{Lu}/u); // one sentence
      expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2); // and at most a pointer to --help
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toMatch(/Error:/);
      expect(existsSync(join(ROOT, "x"))).toBe(false);
    },
    SLOW,
  );

  it(
    "prints the list of commands with --help, and on stderr with exit 2 when no command is given",
    async () => {
      const help = await verbatim(["--help"]);
      expect(help.code).toBe(0);
      for (const c of COMMANDS) expect(help.stdout).toContain(c.name);
      const helpExtract = await verbatim(["help", "extract"]);
      expect(helpExtract.stdout).toMatch(/^Usage: verbatim extract/);
      const none = await verbatim([]);
      expect(none.code).toBe(2);
      expect(none.stdout).toBe("");
      expect(none.stderr).toContain("Usage:");
    },
    SLOW,
  );

  it.each(COMMANDS.map((c) => [c.name]))(
    "%s rejects an unknown option with exit 2 and one line naming it",
    async (name) => {
      const run = await verbatim([name, "--no-such-option"]);
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n")[0]).toBe(`verbatim ${name}: unknown option --no-such-option`);
    },
    SLOW,
  );

  it.each(COMMANDS.map((c) => [c.name]))(
    "%s --help prints its usage and exits 0",
    async (name) => {
      const run = await verbatim([name, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Usage: verbatim ${name}`));
      expect(run.stderr).toBe("");
    },
    SLOW,
  );
});

describe("atomic output", () => {
  it(
    "leaves the previous DIR untouched when a run is refused or killed",
    async () => {
      const out = join(work, "kept");
      expect((await verbatim(["extract", join(work, "in", "good.txt"), "--out", out, "--quiet"])).code).toBe(0);
      const before = await readFile(join(out, "articles.jsonl"), "utf8");

      // refused: a usage error after the output folder exists
      expect((await verbatim(["extract", join(work, "in"), "--out", out, "--max-bytes", "0"])).code).toBe(2);
      expect(await readFile(join(out, "articles.jsonl"), "utf8")).toBe(before);

      // refused: DIR holds something Verbatim did not write (the run must also end, workers and all)
      const precious = join(work, "precious");
      await mkdir(precious);
      await writeFile(join(precious, "thesis.tex"), "do not delete");
      const refused = await verbatim(["extract", join(work, "in"), "--out", precious, "--jobs", "2"]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/did not write/);
      expect(await readdir(precious)).toEqual(["thesis.tex"]);

      // killed half-way through a long run
      const many = join(work, "many");
      await mkdir(many);
      for (let i = 0; i < 1500; i++) await writeFile(join(many, `a${String(i).padStart(4, "0")}.txt`), GOOD);
      const child = spawn(process.execPath, [BIN, "extract", many, "--out", out, "--jobs", "1", "--quiet"], { cwd: ROOT });
      const started = Date.now();
      while (!(await readdir(work)).some((n) => n.startsWith(".kept.tmp-")) && Date.now() - started < 60_000)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("close", r));
      expect(await readFile(join(out, "articles.jsonl"), "utf8")).toBe(before);
      expect(JSON.parse(await readFile(join(out, "summary.json"), "utf8")).counts.articles).toBe(1);

      // the next complete run replaces DIR and removes what the killed run left
      expect((await verbatim(["extract", join(work, "in", "good.txt"), "--out", out, "--quiet"])).code).toBe(0);
      expect((await readdir(work)).filter((n) => n.startsWith(".kept."))).toEqual([]);
    },
    SLOW * 2,
  );
});

describe("streaming mode", () => {
  it(
    "reads JSON Lines on stdin and writes one article per line on stdout, and nothing else",
    async () => {
      const lines = [
        "\uFEFF" + JSON.stringify({ id: "shard/1", text: GOOD }), // a JSON Lines file saved with a BOM
        "{ not json",
        JSON.stringify({ id: "shard/2", text: "\uFEFFThe mayor said the bridge would reopen in May.\r\nTraffic is expected to double." }),
        "",
      ];
      const run = await verbatim(["extract", "-", "--out", "-", "--jobs", "1"], lines.join("\n") + "\n");
      const out = run.stdout.split("\n");
      expect(out.pop()).toBe(""); // ends with a newline
      expect(out).toHaveLength(2);
      const articles = out.map((l) => expectValid(ArticleSchema, JSON.parse(l)));
      expect(articles.map((a) => a.id)).toEqual(["shard/1", "shard/2"]);
      expect(articles[1].text).toBe("The mayor said the bridge would reopen in May.\nTraffic is expected to double.");
      expect(run.stderr).toMatch(/line 2/);
      expect(run.code).toBe(1);
    },
    SLOW,
  );
});

describe("streaming mode with a reader that goes away", () => {
  it(
    "stops quietly, with no stack trace, when stdout closes early (| head -1)",
    async () => {
      const input = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: GOOD })).join("\n") + "\n";
      const child = spawn(process.execPath, [BIN, "extract", "-", "--out", "-", "--jobs", "1"], { cwd: ROOT });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.stdin.on("error", () => {}); // the child may stop reading before all of it is written
      child.stdin.end(input);
      await new Promise<void>((r) => child.stdout.once("data", () => r()));
      child.stdout.destroy();
      const code = await new Promise((r) => child.once("close", r));
      expect(stderr).not.toMatch(/^\s+at |EPIPE|Error/m);
      expect(code).toBe(0);
    },
    SLOW,
  );
});

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("progress", () => {
  it.skipIf(!hasScript)(
    "draws done/total, a rate and an ETA when stderr is a terminal",
    async () => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract ${JSON.stringify(join(work, "in"))} --out ${JSON.stringify(join(work, "tty"))}`;
      const run = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8", timeout: SLOW });
      expect(run.stdout).toMatch(/\d+\/4 articles, [\d.]+ articles\/s, ETA \d+(s|m\d+s)/);
      expect(run.stdout).toMatch(/verbatim: 2 articles/);
    },
    SLOW,
  );
});

describe("progress durations", () => {
  it.each([
    [0, "0s"],
    [42, "42s"],
    [310, "5m10s"],
    [3720, "1h02m"],
    [90061, "25h01m"],
  ])("writes %i seconds as %s", (seconds, want) => expect(duration(seconds)).toBe(want));
});

describe("README", () => {
  it("lists every command in its CLI reference", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## CLI reference"), readme.indexOf("\n## ", readme.indexOf("## CLI reference") + 1));
    for (const c of COMMANDS) expect(section, c.name).toContain(`| \`${c.name}\` |`);
  });
});
