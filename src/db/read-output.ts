/**
 * Reading a Verbatim output folder for the database: checks that the folder is one, then
 * streams its records, each validated against the zod schemas of src/schema.ts.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { z } from "zod";
import {
  ArticleSchema,
  QuoteSchema,
  SCHEMA_VERSION,
  SpeakerSchema,
  SummarySchema,
  type Summary,
  type SpeakerRecord,
} from "../schema.ts";
import { OUTPUT_FILES } from "../io/write.ts";
import { JsonArrayError, readJsonArray } from "../io/json-array.ts";
import { DbInputError } from "./errors.ts";

/** The files a database is built from; their sizes and times key the query cache. */
export const SOURCE_FILES = [OUTPUT_FILES.summary, OUTPUT_FILES.articles, OUTPUT_FILES.quotes, OUTPUT_FILES.speakers];

/** Throws a DbInputError unless `dir` is a folder written by `verbatim extract` with a schema we read. */
export async function checkOutputFolder(dir: string): Promise<Summary> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new DbInputError(`"${dir}" does not exist; give an output folder of "verbatim extract" or a .db file`);
  if (!info.isDirectory()) throw new DbInputError(`"${dir}" is not a folder`);
  const summary = await readSummary(dir);
  for (const name of SOURCE_FILES) {
    const f = await stat(join(dir, name)).catch(() => null);
    if (!f?.isFile()) throw new DbInputError(`"${dir}" is not a complete Verbatim output folder: ${name} is missing`);
  }
  const major = (v: string) => v.split(".")[0];
  if (major(summary.schemaVersion) !== major(SCHEMA_VERSION))
    throw new DbInputError(
      `"${dir}" was written with output schema ${summary.schemaVersion} and this Verbatim reads ${SCHEMA_VERSION}; ` +
        `run "verbatim extract" again to rewrite it`,
    );
  return summary;
}

async function readSummary(dir: string): Promise<Summary> {
  const notOutput = `"${dir}" is not a Verbatim output folder (no valid ${OUTPUT_FILES.summary}); run "verbatim extract INPUT --out ${dir}" first`;
  const raw = await readFile(join(dir, OUTPUT_FILES.summary), "utf8").catch(() => null);
  if (raw === null) throw new DbInputError(notOutput);
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch {
    throw new DbInputError(notOutput);
  }
  const parsed = SummarySchema.safeParse(obj);
  if (!parsed.success) throw new DbInputError(notOutput);
  return parsed.data;
}

/** Every article of DIR/articles.jsonl, in file order. */
export function readArticles(dir: string) {
  return readJsonLines(join(dir, OUTPUT_FILES.articles), ArticleSchema, "article");
}

/** Every quote of DIR/quotes.jsonl, in file order. */
export function readQuotes(dir: string) {
  return readJsonLines(join(dir, OUTPUT_FILES.quotes), QuoteSchema, "quote");
}

/**
 * The entries of DIR/speakers.json, read one at a time (a long run's index can be larger than
 * the longest string V8 makes), each validated against the speaker schema.
 */
export async function readSpeakers(dir: string): Promise<SpeakerRecord[]> {
  const file = join(dir, OUTPUT_FILES.speakers);
  const out: SpeakerRecord[] = [];
  try {
    for await (const obj of readJsonArray(file))
      out.push(validated(SpeakerSchema, obj, `${file} does not match the Verbatim speaker index schema`, `${out.length}.`));
  } catch (e) {
    if (e instanceof JsonArrayError) throw new DbInputError(`${file} is not valid JSON (${e.message}, at character ${e.at}); run "verbatim extract" again to rewrite it`);
    throw e;
  }
  return out;
}

async function* readJsonLines<S extends z.ZodType>(file: string, schema: S, what: string): AsyncGenerator<z.infer<S>> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new DbInputError(`${file} line ${lineNo} is not JSON; run "verbatim extract" again to rewrite it`);
    }
    yield validated(schema, obj, `${file} line ${lineNo} does not match the Verbatim ${what} schema`);
  }
}

/** obj as the schema reads it, else a DbInputError naming the first problem; `path` prefixes its place */
function validated<S extends z.ZodType>(schema: S, obj: unknown, problem: string, path = ""): z.infer<S> {
  const parsed = schema.safeParse(obj);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? ` (${path + first.path.join(".") || "top level"}: ${first.message})` : "";
  throw new DbInputError(`${problem}${where}`);
}
