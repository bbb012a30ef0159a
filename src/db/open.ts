/**
 * Opening the quote database the user points at: a .db file written by `verbatim export`, or an
 * output folder, whose database is built once and cached (see cache.ts).
 */
import { stat } from "node:fs/promises";
import Database from "better-sqlite3";
import { DbInputError } from "./errors.ts";
import { DB_APPLICATION_ID, DB_SCHEMA_VERSION } from "./schema.ts";
import { cachedDatabaseFor } from "./cache.ts";

/** Opens DIR_OR_DB read-only, building the folder's cached database when needed. */
export async function openSource(path: string): Promise<Database.Database> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new DbInputError(`"${path}" does not exist; give an output folder of "verbatim extract" or a .db file`);
  if (info.isDirectory()) return openDatabase(await cachedDatabaseFor(path));
  return openDatabase(path);
}

/** Opens a database file read-only after checking it is a Verbatim database of our schema version. */
export function openDatabase(file: string): Database.Database {
  let db: Database.Database;
  let appId: number;
  let version: number;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new DbInputError(`"${file}" cannot be opened as a SQLite database`);
  }
  try {
    appId = db.pragma("application_id", { simple: true }) as number;
    version = db.pragma("user_version", { simple: true }) as number;
  } catch {
    db.close();
    throw new DbInputError(`"${file}" is not a SQLite database; give a file written by "verbatim export" or an output folder`);
  }
  if (appId !== DB_APPLICATION_ID) {
    db.close();
    throw new DbInputError(`"${file}" is a SQLite database but not one written by "verbatim export"`);
  }
  if (version !== DB_SCHEMA_VERSION) {
    db.close();
    throw new DbInputError(
      `"${file}" has database schema version ${version} and this Verbatim reads version ${DB_SCHEMA_VERSION}; ` +
        `export it again with "verbatim export DIR --sqlite ${file}"`,
    );
  }
  return db;
}

/** The version checks of openDatabase, as a yes/no (for the cache). */
export function isCurrentDatabase(file: string): boolean {
  try {
    openDatabase(file).close();
    return true;
  } catch {
    return false;
  }
}

/** True when `file` is a database written by `verbatim export`, whatever its schema version. */
export function isVerbatimDatabase(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma("application_id", { simple: true }) === DB_APPLICATION_ID;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
