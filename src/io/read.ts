/**
 * Reading inputs: walking files and folders in sorted order, and decoding bytes into text.
 * A bad input is never thrown: it comes back as an error record, and the run goes on.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
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

/** Lists the files under each input (files and folders, recursive), sorted by id. */
export async function listInputs(inputs: string[]): Promise<{ files: InputFile[]; missing: string[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const info = await stat(abs).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) await walk(abs, abs, files);
    else files.push({ file: abs, id: basename(abs) });
  }
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: dedupe(files), missing };
}

async function walk(root: string, dir: string, out: InputFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".")) continue; // .git, .DS_Store and friends
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(root, full, out);
    else if (e.isFile() && SUPPORTED_EXTENSIONS.has(extname(e.name).toLowerCase()))
      out.push({ file: full, id: relative(root, full).split(sep).join("/") });
  }
}

function dedupe(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.file) ? false : (seen.add(f.file), true)));
}

export async function readInput(file: string, maxBytes: number): Promise<Decoded> {
  try {
    const info = await stat(file);
    if (info.size > maxBytes)
      return {
        ok: false,
        error: "too-large",
        message: `${info.size} bytes is over the limit of ${maxBytes}; split the file or raise --max-bytes`,
      };
    return decodeBytes(await readFile(file));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, error: "unreadable", message: `could not read the file (${why}); check that it exists and is readable` };
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** Decodes raw bytes: UTF-8 (BOM dropped), else Windows-1252; line endings become "\n". */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.includes(0))
    return { ok: false, error: "binary", message: "the file holds NUL bytes, so it is not text; convert it to plain text first" };
  let text: string;
  let encoding = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    // not valid UTF-8: older French sites wrote Windows-1252 (a superset of Latin-1)
    text = cp1252.decode(bytes);
    encoding = "windows-1252";
  }
  text = normalizeLineEndings(text.replace(/^\uFEFF/, ""));
  if (!/\S/.test(text)) return { ok: false, error: "empty", message: "the file is empty or holds only white space" };
  return { ok: true, text, encoding, sha256, bytes: bytes.length };
}

export const normalizeLineEndings = (text: string): string => text.replace(/\r\n?/g, "\n");

export const isHtmlPath = (path: string): boolean => HTML_EXTENSIONS.has(extname(path).toLowerCase());

/** The folder an input id is relative to: used by rules that work per source folder. */
export const folderOf = (id: string): string => dirname(id);
