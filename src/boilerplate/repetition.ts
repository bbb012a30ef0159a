/**
 * Repetition across a batch: a line that recurs in many articles of one source folder is
 * template text (a newsletter box, a site's footer). Counting is a cheap first pass over the
 * inputs that yields plain JSON line statistics, so a worker pool, a resumed run or a shard on
 * another machine given the same statistics flags the same lines.
 */
import { folderOf } from "../io/read.ts";
import { fnv1a, foldLine, lineCore } from "./text.ts";
import { normalizeText } from "../stages/normalize.ts";

export const LINE_STATS_VERSION = 1;

export interface FolderLineStats {
  /** articles counted in this folder */
  articles: number;
  /** line key → number of articles of the folder that hold the line (at least once) */
  lines: Record<string, number>;
}

/** Plain JSON: written by `verbatim line-stats`, carried in ContextOptions.lineStats. */
export interface LineStats {
  version: number;
  folders: Record<string, FolderLineStats>;
}

/** Lines longer than this are article prose, never counted. */
const MAX_LINE_CHARS = 500;

/** The key of a line: folded, digits as 0, hashed (64 bits as 16 hex digits); null for empty or long lines. */
export function lineKey(line: string): string | null {
  return line.length > MAX_LINE_CHARS ? null : keyOfFolded(foldLine(line, MAX_LINE_CHARS));
}

/** The key of a line already folded by foldLine (the classifier folds each line once). */
export function keyOfFolded(folded: string): string | null {
  const core = lineCore(folded).replace(/\d/g, "0");
  if (!core) return null;
  return fnv1a(core) + fnv1a(core, 0x01000193);
}

/**
 * Distinct line keys of one text, one line = one paragraph. The text is first normalised as the
 * pipeline's normalize stage does (typographic quotes, spaces), since the classifier reads doc.norm.
 */
export function articleKeys(raw: string): Set<string> {
  const text = normalizeText(raw);
  const keys = new Set<string>();
  // each line up to the next "\n" (found natively, no one-character string per character), the last one too
  for (let start = 0; start <= text.length; ) {
    let i = text.indexOf("\n", start);
    if (i < 0) i = text.length;
    const line = text.slice(start, i).trim();
    start = i + 1;
    const key = line ? lineKey(line) : null;
    if (key) keys.add(key);
  }
  return keys;
}

export const emptyLineStats = (): LineStats => ({ version: LINE_STATS_VERSION, folders: {} });

/** Adds one article (its id says its folder) to the statistics. */
export function addArticle(stats: LineStats, id: string, text: string): void {
  const folder = folderOf(id);
  const f = (stats.folders[folder] ??= { articles: 0, lines: {} });
  f.articles++;
  for (const key of articleKeys(text)) f.lines[key] = (f.lines[key] ?? 0) + 1;
}

/** Statistics of a list of already decoded articles. */
export function computeLineStats(articles: Iterable<{ id: string; text: string }>, options: { keepSingletons?: boolean } = {}): LineStats {
  const stats = emptyLineStats();
  for (const a of articles) addArticle(stats, a.id, a.text);
  return options.keepSingletons ? stats : pruneLineStats(stats);
}

/** Drops the lines seen in one article only: they can never count as repeated. */
export function pruneLineStats(stats: LineStats): LineStats {
  const folders: Record<string, FolderLineStats> = {};
  for (const [name, f] of Object.entries(stats.folders)) {
    const copy = { articles: f.articles, lines: { ...f.lines } };
    pruneFolder(copy);
    folders[name] = copy;
  }
  return { version: stats.version, folders };
}

/** Drops, in place, the lines of one folder seen in one article only. */
export function pruneFolder(f: FolderLineStats): void {
  const lines: Record<string, number> = {};
  for (const [k, n] of Object.entries(f.lines)) if (n > 1) lines[k] = n;
  f.lines = lines;
}

/** Sums statistics computed on disjoint parts of a batch (computed with keepSingletons). */
export function mergeLineStats(parts: LineStats[]): LineStats {
  const out = emptyLineStats();
  for (const p of parts)
    for (const [name, f] of Object.entries(p.folders)) {
      const into = (out.folders[name] ??= { articles: 0, lines: {} });
      into.articles += f.articles;
      for (const [k, n] of Object.entries(f.lines)) into.lines[k] = (into.lines[k] ?? 0) + n;
    }
  return out;
}

/** Checks that a parsed JSON value is line statistics; throws a message that says how to fix it. */
export function parseLineStats(value: unknown, from = "the line statistics"): LineStats {
  const v = value as LineStats;
  if (!v || typeof v !== "object" || v.version !== LINE_STATS_VERSION || typeof v.folders !== "object" || v.folders === null)
    throw new Error(`${from} is not a version ${LINE_STATS_VERSION} line-statistics file; write one with "verbatim line-stats INPUT... --out FILE"`);
  return v;
}

/** In how many articles of this article's folder the line occurs (0 when unknown). */
export function repeatCount(stats: LineStats | null, id: string, line: string): number {
  return line.length > MAX_LINE_CHARS ? 0 : repeatCountFolded(stats, id, foldLine(line, MAX_LINE_CHARS));
}

/** repeatCount for a line already folded by foldLine. */
export function repeatCountFolded(stats: LineStats | null, id: string, folded: string): number {
  if (!stats) return 0;
  const f = stats.folders[folderOf(id)];
  if (!f) return 0;
  const key = keyOfFolded(folded);
  return key ? (f.lines[key] ?? 0) : 0;
}

/** Lines longer than this many characters are never counted. */
export const MAX_COUNTED_LINE = MAX_LINE_CHARS;
