/**
 * The database cached for an output folder, so `verbatim query DIR` does not re-read the JSON
 * each time. It lives inside the folder (DIR/.verbatim-query.db), so a new `verbatim extract`,
 * which replaces DIR, drops it; when DIR is read-only it goes to the OS temp folder instead.
 * It is rebuilt when the sizes or modification times of the folder's source files change.
 */
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { buildDatabase } from "./build.ts";
import { checkOutputFolder, SOURCE_FILES } from "./read-output.ts";
import { isCurrentDatabase } from "./open.ts";

export const CACHE_FILE = ".verbatim-query.db";

/** The path of an up-to-date database of `dir`, building it first when missing or stale. */
export async function cachedDatabaseFor(dir: string): Promise<string> {
  await checkOutputFolder(dir);
  const file = await cachePath(dir);
  const key = await sourceKey(dir);
  if (storedKey(file) !== key) await buildDatabase(dir, file, { sourceKey: key });
  return file;
}

/** Sizes and modification times of the files a database is built from. */
export async function sourceKey(dir: string): Promise<string> {
  const parts = await Promise.all(
    SOURCE_FILES.map(async (name) => {
      const s = await stat(join(dir, name));
      return [name, s.size, s.mtimeMs];
    }),
  );
  return JSON.stringify(parts);
}

async function cachePath(dir: string): Promise<string> {
  const writable = await access(dir, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (writable) return join(dir, CACHE_FILE);
  const hash = createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 16);
  return join(tmpdir(), `verbatim-query-${process.getuid?.() ?? "user"}-${hash}.db`);
}

/** The source key a cached database was built for, or null when it is missing or outdated. */
function storedKey(file: string): string | null {
  if (!isCurrentDatabase(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare<{ value: string }>("SELECT value FROM meta WHERE key = 'source_key'").get();
    return row?.value ?? null;
  } finally {
    db.close();
  }
}
