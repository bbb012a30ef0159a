/**
 * The cheap first pass of a batch: read every input once (HTML pages through the same
 * extractor as the pipeline) and count its lines per folder. Used by `extract` before the worker
 * pool starts, and by `verbatim line-stats` to write the file that streaming and sharded runs load.
 */
import { readFile } from "node:fs/promises";
import { folderOf, listInputs, readInput, type InputFile } from "../io/read.ts";
import { docInitFrom } from "../io/formats.ts";
import { addArticle, emptyLineStats, parseLineStats, pruneFolder, type LineStats } from "./repetition.ts";

/** Line statistics of files already listed, in their order (unreadable files are skipped: the main pass reports them). */
export async function lineStatsOfFiles(files: InputFile[], maxBytes: number, options: { keepSingletons?: boolean } = {}): Promise<LineStats> {
  const stats = emptyLineStats();
  // once a folder's last file is counted, its single-article lines are dropped: memory stays
  // bounded by the largest folder, not the whole corpus
  const left = new Map<string, number>();
  for (const f of files) left.set(folderOf(f.id), (left.get(folderOf(f.id)) ?? 0) + 1);
  for (const f of files) {
    const folder = folderOf(f.id);
    left.set(folder, left.get(folder)! - 1);
    await countFile(stats, f, maxBytes);
    if (!options.keepSingletons && left.get(folder) === 0 && stats.folders[folder]) pruneFolder(stats.folders[folder]);
  }
  return stats;
}

/** Adds one file's lines; an unreadable file is skipped (the main pass reports it). */
async function countFile(stats: LineStats, f: InputFile, maxBytes: number): Promise<void> {
  const decoded = await readInput(f.file, maxBytes);
  if (!decoded.ok) return;
  let text: string;
  try {
    text = docInitFrom({ id: f.id, text: decoded.text, encoding: decoded.encoding, sha256: decoded.sha256 }).text;
  } catch {
    return; // the main pass records the internal error
  }
  addArticle(stats, f.id, text);
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
