/**
 * `--resume`: reuse the records of inputs already done.
 *
 * Records come from two places: DIR/articles.jsonl of a finished run, and the temporary
 * sibling folders (`.DIR.tmp-PID-TIME`, see src/io/write.ts) that killed runs leave behind,
 * whose articles.jsonl holds every article completed before the kill (a cut last line is
 * ignored). An input is reused when a record has its id (path) and its sha256: same bytes at
 * the same place give the same record, so a resumed run writes the same files as an
 * uninterrupted one. Only positions are kept in memory; records are read back when needed.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { OUTPUT_FILES } from "../io/write.ts";
import type { ArticleRecord } from "../schema.ts";
import { completeLines, readLine, type LineRef } from "./lines.ts";

interface Known extends LineRef {
  file: string;
  sha256: string;
}

export class PreviousRecords {
  private readonly byId = new Map<string, Known>();

  private constructor(
    /** temporary folders of dead runs, removed once the new run has committed */
    readonly leftovers: string[],
    /** options recorded in DIR/summary.json, when there is one */
    readonly previousOptions: Record<string, unknown> | null,
  ) {}

  static async load(outDir: string): Promise<PreviousRecords> {
    const dir = resolve(outDir);
    const leftovers = await deadTempFolders(dir);
    const summary = await readFile(join(dir, OUTPUT_FILES.summary), "utf8").then(
      (s) => JSON.parse(s) as { options?: Record<string, unknown> },
      () => null,
    );
    const prev = new PreviousRecords(leftovers, summary?.options ?? null);
    for (const folder of [dir, ...leftovers]) await prev.scan(join(folder, OUTPUT_FILES.articles));
    return prev;
  }

  private async scan(file: string): Promise<void> {
    if (!(await stat(file).catch(() => null))) return;
    for await (const { line, offset, length } of completeLines(file)) {
      let rec: { id?: unknown; sha256?: unknown };
      try {
        rec = JSON.parse(line);
      } catch {
        continue; // a damaged line: that input is simply processed again
      }
      if (typeof rec.id === "string" && typeof rec.sha256 === "string")
        this.byId.set(rec.id, { file, offset, length, sha256: rec.sha256 });
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** The earlier record of this input, when its content has not changed. */
  async find(id: string, sha256: string): Promise<ArticleRecord | null> {
    const known = this.byId.get(id);
    if (!known || known.sha256 !== sha256) return null;
    return JSON.parse(await readLine(known.file, known)) as ArticleRecord;
  }

  async removeLeftovers(): Promise<void> {
    for (const folder of this.leftovers) await rm(folder, { recursive: true, force: true });
  }
}

/** sha256 of a file's raw bytes, as the reader computes it. */
export async function fileSha256(file: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file); // synchronously, as readInput reads (a few kilobytes per input)
  } catch {
    return null;
  }
  return createHash("sha256").update(bytes).digest("hex");
}

/** Temporary output folders of runs whose process is gone. */
export async function deadTempFolders(dir: string): Promise<string[]> {
  const parent = dirname(dir);
  const prefix = `.${basename(dir)}.tmp-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  const out: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)-\d+(\.old)?$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[1]))) continue;
    out.push(join(parent, name));
  }
  return out;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // an earlier run of this same process ended
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
