/**
 * The cheap first pass of a batch: read every input once (HTML pages through the same
 * extractor as the pipeline) and count its lines per folder. Used by `extract` before the worker
 * pool starts, and by `verbatim line-stats` to write the file that streaming and sharded runs load.
 */
import { readFile } from "node:fs/promises";
import { listInputs, readInput, type InputFile } from "../io/read.ts";
import { docInitFrom } from "../io/formats.ts";
import { addArticle, emptyLineStats, parseLineStats, pruneLineStats, type LineStats } from "./repetition.ts";

/** Line statistics of files already listed (unreadable files are skipped: the main pass reports them). */
export async function lineStatsOfFiles(files: InputFile[], maxBytes: number, options: { keepSingletons?: boolean } = {}): Promise<LineStats> {
  const stats = emptyLineStats();
  for (const f of files) {
    const decoded = await readInput(f.file, maxBytes);
    if (!decoded.ok) continue;
    let text: string;
    try {
      text = docInitFrom({ id: f.id, text: decoded.text, encoding: decoded.encoding, sha256: decoded.sha256 }).text;
    } catch {
      continue; // the main pass records the internal error
    }
    addArticle(stats, f.id, text);
  }
  return options.keepSingletons ? stats : pruneLineStats(stats);
}

/** Line statistics of files and folders given as on the command line. */
export async function lineStatsOfInputs(inputs: string[], maxBytes: number, options: { keepSingletons?: boolean } = {}): Promise<LineStats> {
  const { files } = await listInputs(inputs);
  return lineStatsOfFiles(files, maxBytes, options);
}

/** Loads a file written by `verbatim line-stats`; the error says how to make a good one. */
export async function loadLineStats(path: string): Promise<LineStats> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (err) {
    throw new Error(`cannot read the line statistics ${path} (${err instanceof Error ? err.message : err})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`${path} is not JSON; write it with "verbatim line-stats INPUT... --out ${path}"`);
  }
  return parseLineStats(value, path);
}
