/**
 * Reading inputs: walking files and folders in sorted order, and decoding bytes into text.
 * A bad input is never thrown: it comes back as an error record, and the run goes on.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { ErrorCode } from "../schema.ts";

/** Extensions read as plain text, one paragraph per line. */
export const TEXT_EXTENSIONS = new Set([".txt", ".md"]);
/** Extensions read as saved web pages. */
export const HTML_EXTENSIONS = new Set([".html", ".htm"]);
export const SUPPORTED_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS]);

export interface InputFile {
  /** absolute path on disk */
  file: string;
  /** path relative to the input root, POSIX separators: the article id */
  id: string;
}

export type Decoded =
  | { ok: true; text: string; encoding: string; sha256: string; bytes: number }
  | { ok: false; error: ErrorCode; message: string };

/**
 * Lists the files under each input (files and folders, recursive), sorted by id. An id is the
 * path relative to the input root, with "/": the folder itself for one folder, the file's folder
 * for one file, and the inputs' closest common folder when there are several, so that two inputs
 * never give the same id (`extract a b` gives "a/x.txt" and "b/x.txt").
 */
export async function listInputs(inputs: string[]): Promise<{ files: InputFile[]; missing: string[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const found: Array<{ abs: string; isDir: boolean }> = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const info = await stat(abs).catch(() => null);
    if (!info) missing.push(input);
    else found.push({ abs, isDir: info.isDirectory() });
  }
  const root = commonFolder(found.map((f) => (f.isDir ? f.abs : dirname(f.abs))));
  const seen = new Set<string>();
  for (const { abs, isDir } of found) {
    if (!isDir) files.push({ file: abs, id: idFrom(root, abs) });
    else {
      seen.add(await realpath(abs).catch(() => abs));
      await walk(root, abs, files, seen);
    }
  }
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: dedupe(files), missing };
}

const idFrom = (root: string, full: string): string => relative(root, full).split(sep).join("/") || basename(full);

/** The deepest folder that holds every one of `folders` (absolute paths). */
export function commonFolder(folders: string[]): string {
  if (folders.length === 0) return resolve(".");
  let common = folders[0].split(sep);
  for (const f of folders.slice(1)) {
    const parts = f.split(sep);
    let k = 0;
    while (k < common.length && k < parts.length && common[k] === parts[k]) k++;
    common = common.slice(0, k);
  }
  return common.join(sep) || sep;
}

/**
 * Adds the supported files under `dir`. Symbolic links are followed (a folder reached twice is
 * read once); a dangling link is kept, so that it is reported as unreadable; a folder that
 * cannot be listed is kept as an input too, and reported the same way.
 */
async function walk(root: string, dir: string, out: InputFile[], seen: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    out.push({ file: dir, id: idFrom(root, dir) });
    return;
  }
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)); // which link to a folder wins must not depend on the disk
  for (const e of entries) {
    if (e.name.startsWith(".")) continue; // .git, .DS_Store and friends
    const full = join(dir, e.name);
    const info = e.isSymbolicLink() ? await stat(full).catch(() => null) : e;
    if (info?.isDirectory()) {
      const real = await realpath(full).catch(() => full);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(root, full, out, seen);
    } else if ((info === null || info.isFile()) && SUPPORTED_EXTENSIONS.has(extname(e.name).toLowerCase()))
      out.push({ file: full, id: idFrom(root, full) });
  }
}

function dedupe(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.file) ? false : (seen.add(f.file), true)));
}

/**
 * Reads and decodes one input. The reads are synchronous: an article is a few kilobytes, and
 * fs/promises' stat and readFile each went through the thread pool and back, several times per
 * file, with the thread idle meanwhile (12,000 files: the first pass 5.5 s → 1.9 s, the extract
 * run 27.6 → 20.7 s). A worker blocks only itself; the main thread of --jobs 1 reads between articles.
 */
export async function readInput(file: string, maxBytes: number): Promise<Decoded> {
  try {
    const info = statSync(file);
    if (info.isDirectory())
      return { ok: false, error: "unreadable", message: "this folder could not be listed; check its permissions" };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    const bytes = readFileSync(file);
    return bytes.length > maxBytes ? tooLarge(bytes.length, maxBytes) : decodeBytes(bytes); // it may have grown
  } catch (err) {
    return { ok: false, error: "unreadable", message: unreadableMessage(err) };
  }
}

const tooLarge = (size: number, maxBytes: number): Decoded => ({
  ok: false,
  error: "too-large",
  message: `${size} bytes is over the limit of ${maxBytes}; split the file or raise --max-bytes`,
});

/** Why a file could not be read, without machine-specific paths (errors.jsonl must not depend on where it ran). */
function unreadableMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "the file is gone or is a link to nothing; check the path";
  if (code === "EACCES" || code === "EPERM") return "permission denied; make the file readable";
  return `could not read the file (${code ?? (err instanceof Error ? err.message : String(err))}); check that it exists and is readable`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1, one byte per code point). Written out here
 * because Node's TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters.
 * From the WHATWG Encoding Standard's index-windows-1252; undefined bytes map to the C1 control.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** UTF-16 files (Windows "Unicode" text) announce themselves with a byte order mark. */
const UTF16_BOMS: ReadonlyArray<[bytes: [number, number], encoding: "utf-16le" | "utf-16be"]> = [
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** Share of the sampled code units whose high byte is NUL above which BOM-less bytes are UTF-16 (Latin text: most). */
const MIN_UTF16_NUL_SHARE = 0.3;
/** ...provided the other byte of each pair is almost never NUL (binary files have NULs anywhere) */
const MAX_UTF16_OTHER_NUL_SHARE = 0.02;
/** how many leading bytes the UTF-16 guess looks at */
const UTF16_SAMPLE = 8192;

/**
 * UTF-16 without a byte order mark (some Windows exports): in Latin-script text nearly every
 * code unit has a NUL high byte, at odd offsets for little-endian and even ones for big-endian.
 */
export function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 2 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  const looksLike = (high: number, low: number) => high / units >= MIN_UTF16_NUL_SHARE && low / units <= MAX_UTF16_OTHER_NUL_SHARE;
  if (looksLike(oddNul, evenNul)) return "utf-16le";
  if (looksLike(evenNul, oddNul)) return "utf-16be";
  return null;
}

/** Decodes UTF-16 strictly: lone surrogates mean the guess was wrong. */
function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of control characters (other than tab, line feed, form feed, carriage return) above which text is binary. */
const MAX_CONTROL_SHARE = 0.05;
/** how many leading characters the control-character check looks at */
const CONTROL_SAMPLE = 4096;

/**
 * Decodes raw bytes: UTF-16 with a BOM (or plainly UTF-16 without one), else UTF-8 (BOM dropped), else Windows-1252 (older
 * French sites; a superset of Latin-1). Line endings become "\n". Never throws.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const bom = UTF16_BOMS.find(([[a, b]]) => bytes[0] === a && bytes[1] === b)?.[1];
  const guessed = !bom && bytes.includes(0) ? guessBomlessUtf16(bytes) : null;
  const utf16Text = guessed ? decodeUtf16(bytes, guessed) : null;
  const utf16 = bom ?? (utf16Text !== null ? guessed : null);
  if (!utf16 && bytes.includes(0))
    return {
      ok: false,
      error: "binary",
      message: "the file holds NUL bytes, so it is not text; convert it to plain text (UTF-8) or leave it out of the input",
    };
  const { text: raw, encoding } = utf16 ? { text: utf16Text ?? new TextDecoder(utf16).decode(bytes), encoding: utf16 } : decodeText(bytes);
  const text = normalizeLineEndings(raw.replace(/^\uFEFF/, ""));
  if (!/\S/.test(text))
    return {
      ok: false,
      error: "empty",
      message: "the file is empty or holds only white space; fill it or leave it out of the input",
    };
  if (controlShare(text) > MAX_CONTROL_SHARE)
    return {
      ok: false,
      error: "binary",
      message: "the file is mostly control characters, so it is not text; convert it to plain text (UTF-8) first",
    };
  return { ok: true, text, encoding, sha256, bytes: bytes.length };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return decodeMixed(bytes);
  }
}

/**
 * Bytes that are not valid UTF-8: Windows-1252, unless the file also holds valid multi-byte
 * UTF-8 sequences (text pasted together from two sources), in which case those stay UTF-8 and
 * only the stray bytes are read as Windows-1252 ("utf-8+windows-1252").
 */
function decodeMixed(bytes: Uint8Array): { text: string; encoding: string } {
  const parts: string[] = [];
  let runStart = 0;
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      multiByte++;
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), decodeWindows1252(bytes.subarray(i, i + 1)));
    runStart = ++i;
  }
  if (multiByte === 0) return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(""), encoding: "utf-8+windows-1252" };
}

/** Length of the well-formed UTF-8 sequence of 2 to 4 bytes at i (RFC 3629), or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const second = b[i + 1];
    if (c === 0xe0 && !(second >= 0xa0)) return 0; // overlong
    if (c === 0xed && !(second < 0xa0)) return 0; // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const second = b[i + 1];
    if (c === 0xf0 && !(second >= 0x90)) return 0;
    if (c === 0xf4 && !(second < 0x90)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function controlShare(text: string): number {
  const n = Math.min(text.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  return n ? controls / n : 0;
}

export const normalizeLineEndings = (text: string): string => text.replace(/\r\n?/g, "\n");

export const isHtmlPath = (path: string): boolean => HTML_EXTENSIONS.has(extname(path).toLowerCase());

export const isMarkdownPath = (path: string): boolean => extname(path).toLowerCase() === ".md";

/** The folder an input id is relative to: used by rules that work per source folder. */
export const folderOf = (id: string): string => dirname(id);
