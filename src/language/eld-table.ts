/**
 * eld's "medium" n-gram database as the flat hash table eld.ts scores with, and a binary cache
 * of that table. Importing eld's data module (a 2 MB object literal) and re-keying it costs each
 * process or worker thread ~0.45 s of CPU and ~200 MB of peak memory, and the module's object
 * stays on the heap for good; the cached table is read back in a few milliseconds and is all that
 * stays (about 5 MB).
 * The cache is only a copy: it is looked for in node_modules/.cache/verbatim (beside eld), then
 * in the OS temp folder; a missing, stale (another eld data file or another version of this
 * file), truncated or corrupt copy is ignored and the table is rebuilt from eld's data, then
 * written back (atomically: a temporary file renamed) where that is allowed. A read-only install
 * just rebuilds every time.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { endianness, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

interface NgramsData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

/** eld subtracts this from every stored n-gram score to shrink its database; we add it back. */
const BASE_NGRAM_SCORE = 53;

/**
 * The table (see eld.ts): an n-gram (at most 6 characters, each under 256) is the number whose
 * base-256 digits are its character codes. Open addressing, four Int32 per slot:
 * - LO: the number's low 32 bits;
 * - HI: its high 16 bits (LO and HI both 0 = empty), and the n-gram's first [language, score]
 *   pair (score << 16 | language << 25), so an n-gram of one language (most rare ones) is read
 *   from its slot alone;
 * - AT: `start * 64 + count`: its `count` other pairs at `start` in `pairs`;
 * - SEEN: free for the scorer (0 as built).
 */
export const SLOT_BITS = 18;
export const SLOT_MASK = (1 << SLOT_BITS) - 1;
export const LO = 0;
export const HI = 1;
export const AT = 2;
export const SEEN = 3;

export function slotHash(lo: number, hi: number): number {
  return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - SLOT_BITS)) & SLOT_MASK;
}

export interface EldTable {
  /** the languages, by index (eld's numbering) */
  codes: string[];
  /** the hash table, 4 << SLOT_BITS entries */
  table: Int32Array;
  /** the pairs beyond each n-gram's first: language, score, language, score, … */
  pairs: Int32Array;
}

/** Where eld's sources are: node_modules/eld/src above this file. */
export function eldSourceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", "eld", "src");
    try {
      if (statSync(join(candidate, "ngrams", "medium.js")).isFile()) return candidate;
    } catch {
      // not here: look in the parent folder
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("eld is not installed: run `npm ci` in the project folder");
    dir = parent;
  }
}

const DATA_FILE = join("ngrams", "medium.js");
const CACHE_PREFIX = "eld-medium-";
const MAGIC = "verbatim eld table";

/**
 * What a cached table must have been built from: this file's code, eld's version and data file
 * (size and modification time), and the machine's byte order (the arrays are stored as they lie
 * in memory).
 */
function cacheKey(source: string): string {
  const data = statSync(join(source, DATA_FILE));
  return createHash("sha256")
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(dirname(source), "package.json")))
    .update(`\0${data.size}\0${data.mtimeMs}\0${endianness()}`)
    .digest("hex")
    .slice(0, 24);
}

/** The folders a cached table may be in, best first. */
function cacheDirs(source: string): string[] {
  const uid = process.getuid?.() ?? "user";
  return [join(dirname(dirname(source)), ".cache", "verbatim"), join(tmpdir(), `verbatim-cache-${uid}`)];
}

/** A checksum of the arrays' bytes (native: the cache is read at every start). */
function checksum(data: Uint8Array): string {
  return createHash("sha1").update(data).digest("hex");
}

interface Header {
  magic: string;
  key: string;
  codes: string[];
  tableLength: number;
  pairsLength: number;
  checksum: string;
}

/**
 * File layout: the header's JSON length (uint32, little-endian), the header JSON, zero padding to
 * a multiple of 4 bytes, then the table's and the pairs' Int32 words.
 */
function serialise(t: EldTable, key: string): Buffer {
  const header: Header = {
    magic: MAGIC,
    key,
    codes: t.codes,
    tableLength: t.table.length,
    pairsLength: t.pairs.length,
    checksum: "",
  };
  const data = Buffer.alloc(4 * (t.table.length + t.pairs.length));
  Buffer.from(t.table.buffer, t.table.byteOffset, t.table.byteLength).copy(data, 0);
  Buffer.from(t.pairs.buffer, t.pairs.byteOffset, t.pairs.byteLength).copy(data, t.table.byteLength);
  header.checksum = checksum(data);
  const json = Buffer.from(JSON.stringify(header));
  const dataAt = (4 + json.length + 3) & ~3;
  const out = Buffer.alloc(dataAt + data.length);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  data.copy(out, dataAt);
  return out;
}

/** The table in `bytes` when they hold a sound copy built for `key`, else null. */
export function deserialise(bytes: Buffer, key: string): EldTable | null {
  if (bytes.length < 4) return null;
  const jsonLength = bytes.readUInt32LE(0);
  if (4 + jsonLength > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8", 4, 4 + jsonLength)) as Header;
  } catch {
    return null;
  }
  if (header.magic !== MAGIC || header.key !== key || header.tableLength !== 4 << SLOT_BITS) return null;
  if (!Array.isArray(header.codes) || !Number.isInteger(header.pairsLength) || header.pairsLength < 0) return null;
  const dataAt = (4 + jsonLength + 3) & ~3;
  if (bytes.length !== dataAt + 4 * (header.tableLength + header.pairsLength)) return null;
  const data = bytes.subarray(dataAt);
  if (checksum(data) !== header.checksum) return null;
  // copied into fresh arrays: aligned, and the table's SEEN column is written by the scorer
  const words = new Int32Array(header.tableLength + header.pairsLength);
  new Uint8Array(words.buffer).set(data);
  const table = words.subarray(0, header.tableLength);
  const pairs = words.subarray(header.tableLength);
  return { codes: header.codes, table, pairs };
}

function readCache(dirs: string[], key: string): EldTable | null {
  for (const dir of dirs) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, CACHE_PREFIX + key));
    } catch {
      continue;
    }
    const found = deserialise(bytes, key);
    if (found) return found;
  }
  return null;
}

/** Writes the table to the first folder that takes it, replacing older copies there; never throws. */
function writeCache(dirs: string[], key: string, t: EldTable): void {
  const bytes = serialise(t, key);
  for (const dir of dirs) {
    const file = join(dir, CACHE_PREFIX + key);
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temporary, bytes);
      renameSync(temporary, file);
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // never written
      }
      continue;
    }
    removeOlderCopies(dir, file);
    return;
  }
}

/**
 * Copies kept per folder: checkouts that share one node_modules (or the temp folder) may run
 * different versions of this file at once, and each must find its own copy.
 */
const KEPT_COPIES = 4;
/** a temporary file this old was left by a writer that died */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/** Removes all but the KEPT_COPIES newest copies in `dir`, and dead writers' temporary files. */
function removeOlderCopies(dir: string, keep: string): void {
  try {
    const copies: Array<{ path: string; mtime: number }> = [];
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(CACHE_PREFIX)) continue;
      const path = join(dir, name);
      const mtime = statSync(path).mtimeMs;
      if (!name.endsWith(".tmp")) copies.push({ path, mtime });
      else if (Date.now() - mtime > STALE_TEMPORARY_MS) unlinkSync(path);
    }
    copies.sort((a, b) => b.mtime - a.mtime);
    for (const old of copies.slice(KEPT_COPIES)) if (old.path !== keep) unlinkSync(old.path);
  } catch {
    // another process may be cleaning up too
  }
}

/** Sets key[0], key[1] to the number of `ngram`; false when a character is 0 or over 255 (never in the table). */
function keyOfString(ngram: string, key: Int32Array): boolean {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < ngram.length; i++) {
    const code = ngram.charCodeAt(i);
    if (code === 0 || code > 255) return false;
    hi = (hi << 8) | (lo >>> 24);
    lo = (lo << 8) | code;
  }
  key[0] = lo;
  key[1] = hi;
  return lo !== 0 || hi !== 0;
}

/** Builds the table from eld's data (the slow way: ~0.45 s and ~200 MB at peak). */
export function buildTable(data: NgramsData): EldTable {
  const codes = Object.keys(data.languages)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => data.languages[i]);
  const table = new Int32Array(4 << SLOT_BITS);
  const pairs: number[] = [];
  const key = new Int32Array(2);
  for (const ngram in data.ngrams) {
    if (!keyOfString(ngram, key)) continue;
    const stored = data.ngrams[ngram];
    const langs = Object.keys(stored).map(Number);
    if (langs.length === 0) continue;
    const first = langs[0];
    const start = pairs.length;
    for (const lang of langs.slice(1)) pairs.push(lang, stored[lang] + BASE_NGRAM_SCORE);
    const [lo, hi] = key;
    let slot = slotHash(lo, hi);
    while (table[(slot << 2) + LO] !== 0 || (table[(slot << 2) + HI] & 0xffff) !== 0) slot = (slot + 1) & SLOT_MASK;
    table[(slot << 2) + LO] = lo;
    table[(slot << 2) + HI] = hi | ((stored[first] + BASE_NGRAM_SCORE) << 16) | (first << 25);
    table[(slot << 2) + AT] = start * 64 + (pairs.length - start) / 2;
  }
  return { codes, table, pairs: Int32Array.from(pairs) };
}

/** The table: from the cache when a sound copy is there, else built from eld's data and cached. */
export async function loadEldTable(source: string = eldSourceDir(), dirs: string[] = cacheDirs(source)): Promise<EldTable> {
  let key: string | null = null;
  try {
    key = cacheKey(source);
  } catch {
    // cannot tell what a cached copy was built from: build
  }
  const cached = key === null ? null : readCache(dirs, key);
  if (cached) return cached;
  const { ngramsData } = (await import(pathToFileURL(join(source, DATA_FILE)).href)) as { ngramsData: NgramsData };
  const built = buildTable(ngramsData);
  if (key !== null) writeCache(dirs, key, built);
  return built;
}
