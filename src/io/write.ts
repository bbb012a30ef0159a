/**
 * Writing an output folder atomically: everything is built in a temporary sibling folder and
 * renamed over DIR at the end, so a run that crashes or is killed leaves the previous DIR intact.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { jsonSchemas, type ArticleRecord, type ErrorRecord, type Summary } from "../schema.ts";
import { articleLines, type ArticleLines } from "../record.ts";
import { SpeakerIndex } from "../speaker-index.ts";
import { writeJsonArray } from "./json-array.ts";
import { end, put } from "./streams.ts";
import { UsageError } from "../commands/usage.ts";
import { deadTempFolders } from "../run/resume.ts";

export const OUTPUT_FILES = {
  articles: "articles.jsonl",
  quotes: "quotes.jsonl",
  speakers: "speakers.json",
  summary: "summary.json",
  errors: "errors.jsonl",
  schemaDir: "schema",
} as const;

/**
 * What a record file's stream buffers before the writer waits for the disk. With the default
 * 16 kB, two articles filled it, so the run waited on a write every article or two.
 */
const WRITE_BUFFER_BYTES = 1 << 20;

export class OutputWriter {
  readonly dir: string;
  private readonly tmp: string;
  private articles!: WriteStream;
  private quotes!: WriteStream;
  private errors!: WriteStream;
  readonly speakers = new SpeakerIndex();
  counts = { articles: 0, errors: 0, quotes: 0, paragraphs: 0, boilerplateParagraphs: 0, characters: 0 };
  languages: Record<string, number> = {};

  constructor(dir: string) {
    this.dir = resolve(dir);
    this.tmp = join(dirname(this.dir), `.${basename(this.dir)}.tmp-${process.pid}-${Date.now()}`);
  }

  async open(): Promise<void> {
    await assertReplaceable(this.dir);
    await mkdir(join(this.tmp, OUTPUT_FILES.schemaDir), { recursive: true });
    this.articles = createWriteStream(join(this.tmp, OUTPUT_FILES.articles), { highWaterMark: WRITE_BUFFER_BYTES });
    this.quotes = createWriteStream(join(this.tmp, OUTPUT_FILES.quotes), { highWaterMark: WRITE_BUFFER_BYTES });
    this.errors = createWriteStream(join(this.tmp, OUTPUT_FILES.errors));
  }

  async writeArticle(a: ArticleRecord): Promise<void> {
    await this.writeLines(articleLines(a));
  }

  /** An article already serialised (by a worker): the same bytes as writeArticle of its record. */
  async writeLines(a: ArticleLines): Promise<void> {
    await put(this.articles, a.json + "\n");
    if (a.quotes) await put(this.quotes, a.quotes);
    this.speakers.addArticle(a);
    this.counts.articles++;
    this.counts.quotes += a.quoteCount;
    this.counts.paragraphs += a.paragraphs;
    this.counts.boilerplateParagraphs += a.boilerplateParagraphs;
    this.counts.characters += a.characters;
    this.languages[a.language] = (this.languages[a.language] ?? 0) + 1;
  }

  async writeError(e: ErrorRecord): Promise<void> {
    await put(this.errors, JSON.stringify(e) + "\n");
    this.counts.errors++;
  }

  /** Writes the run-level files and swaps the folder into place. */
  async commit(summary: Summary): Promise<void> {
    await Promise.all([end(this.articles), end(this.quotes), end(this.errors)]);
    await writeJsonArray(join(this.tmp, OUTPUT_FILES.speakers), this.speakers.records());
    await writeFile(join(this.tmp, OUTPUT_FILES.summary), JSON.stringify(summary, null, 1) + "\n");
    await writeSchemas(join(this.tmp, OUTPUT_FILES.schemaDir));
    await swapInto(this.tmp, this.dir);
    // temporary folders of killed runs (kept until now for --resume) are stale once DIR is whole
    for (const leftover of await deadTempFolders(this.dir)) await rm(leftover, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await Promise.all([end(this.articles), end(this.quotes), end(this.errors)]).catch(() => {});
    await rm(this.tmp, { recursive: true, force: true });
  }
}

/**
 * DIR is replaced whole at the end of the run: refuse to start when DIR holds something that is
 * not a Verbatim output (a file, or a non-empty folder without summary.json or articles.jsonl),
 * so that "--out ." or "--out src" cannot wipe a user's folder.
 */
export async function assertReplaceable(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(`--out ${dir} is a file; give a folder for the output`);
  const names = await readdir(dir);
  if (names.length === 0 || names.includes(OUTPUT_FILES.summary) || names.includes(OUTPUT_FILES.articles)) return;
  throw new UsageError(
    `--out ${dir} is a folder that Verbatim did not write, and it would be replaced; give a new or empty folder`,
  );
}

export async function writeSchemas(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas()))
    await writeFile(join(dir, `${name}.json`), JSON.stringify(schema, null, 1) + "\n");
}

/** Renames `tmp` to `dir`, moving any previous `dir` aside first and deleting it after. */
export async function swapInto(tmp: string, dir: string): Promise<void> {
  const old = `${tmp}.old`;
  const hadOld = await rename(dir, old).then(
    () => true,
    () => false,
  );
  await rename(tmp, dir);
  if (hadOld) await rm(old, { recursive: true, force: true });
}


